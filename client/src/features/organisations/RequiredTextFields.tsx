import { TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { filledInRules } from '../../ui/form-rules';
import { RequiredLabel } from '../../ui/RequiredLabel';

/** The part of the catalogue's `organisations` whose fields these forms show. */
export type OrganisationSection = 'guarantor' | 'branches' | 'orderers';

/** A form of required text fields, as the organisations page edits its organisations with. */
export type RequiredTextForm<F extends string> = UseFormReturnType<Record<F, string>>;

/**
 * A `@mantine/form` form of the text fields `fields`, all required, each labelled
 * `organisations.<section>.<field>`; an empty one is named in its message ("支店名を入力してください。").
 */
export function useRequiredTextForm<F extends string>(
  section: OrganisationSection,
  fields: readonly F[],
  initialValues: Record<F, string>,
) {
  const { t } = useTranslation();
  const rules = filledInRules(t, fields, (field) => t(`organisations.${section}.${field}` as 'organisations.branches.name'));
  return useForm<Record<F, string>>({
    initialValues,
    validate: (values) => Object.fromEntries(fields.map((f) => [f, rules[f](values[f])])),
  });
}

/**
 * One required text input per field of `fields`, labelled `organisations.<section>.<field>` (and
 * described by `<field>Help` when `withHelp`), bound to `form`. The caller lays them out.
 */
export function RequiredTextFields<F extends string>({
  form,
  section,
  fields,
  withHelp = false,
}: {
  form: RequiredTextForm<F>;
  section: OrganisationSection;
  fields: readonly F[];
  withHelp?: boolean;
}) {
  const { t } = useTranslation();
  const text = (key: string) => t(`organisations.${section}.${key}` as 'organisations.branches.name');
  return fields.map((field) => (
    <TextInput
      key={field}
      label={<RequiredLabel>{text(field)}</RequiredLabel>}
      description={withHelp ? text(`${field}Help`) : undefined}
      withAsterisk={false}
      required
      {...form.getInputProps(field)}
    />
  ));
}
