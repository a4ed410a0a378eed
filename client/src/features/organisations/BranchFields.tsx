import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequiredTextFields, useRequiredTextForm, type RequiredTextForm } from './RequiredTextFields';

/** A branch's fields as the API names them: 店番, 支店名, 所在地, TEL, FAX, メールアドレス. */
export const BRANCH_FIELDS = ['officeCode', 'name', 'address', 'tel', 'fax', 'email'] as const;
export type BranchField = (typeof BRANCH_FIELDS)[number];
export type BranchValues = Record<BranchField, string>;

const EDITABLE = BRANCH_FIELDS.filter((f) => f !== 'officeCode');

/** The form of a branch's fields, all required, starting from those of `branch` (anything else it carries is left out). */
export function useBranchForm(branch: BranchValues) {
  return useRequiredTextForm('branches', BRANCH_FIELDS, Object.fromEntries(BRANCH_FIELDS.map((f) => [f, branch[f]])) as BranchValues);
}

/**
 * A branch's fields in a grid of `cols` columns (from the small breakpoint). The 店番 is typed for
 * a new branch; once registered it begins every contract number, so with `officeCodeFixed` it is
 * shown, read-only, with the reason.
 */
export function BranchFields({
  form,
  officeCodeFixed,
  cols,
}: {
  form: RequiredTextForm<BranchField>;
  officeCodeFixed: boolean;
  cols: number;
}) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: cols }}>
      {officeCodeFixed ? (
        <TextInput
          label={t('organisations.branches.officeCode')}
          description={t('organisations.branches.officeCodeFixed')}
          value={form.values.officeCode}
          readOnly
        />
      ) : (
        <RequiredTextFields form={form} section="branches" fields={['officeCode']} />
      )}
      <RequiredTextFields form={form} section="branches" fields={EDITABLE} />
    </SimpleGrid>
  );
}
