import { isIsoDate } from '@esurety/schema';
import { useMutation } from '@apollo/client/react';
import { Alert, Checkbox, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ElectronicGuaranteeRule } from '../../gql/graphql';
import { EraDateInput } from '../../ui/EraDateInput';
import { showFieldErrors } from '../../ui/field-errors';
import { focusFirstError } from '../../ui/form-rules';
import { useUnsavedChangesGuard } from '../../ui/UnsavedChangesGuard';
import { EditDialog, EditDialogActions } from './EditDialog';

export const SetOrdererElectronicRuleMutation = graphql(`
  mutation SetOrdererElectronicRule($input: SetOrdererElectronicRuleInput!) {
    setOrdererElectronicRule(input: $input) {
      orderer {
        id
        acceptsElectronic
        electronicFrom
        electronicRule
        electronicRuleDescription
      }
    }
  }
`);

const RULES = ['WORKS_ALLOWED_BY_ORDERER', 'ANNOUNCED_OR_NOMINATED_FROM'] as const satisfies readonly ElectronicGuaranteeRule[];

/** An orderer's electronic guarantee rule as the form edits it (`electronicFrom` YYYY-MM-DD, '' when none). */
export interface ElectronicRule {
  id: string;
  name: string;
  acceptsElectronic: boolean;
  electronicFrom: string;
  electronicRule: ElectronicGuaranteeRule;
  electronicRuleDescription: string;
}

/**
 * 電子保証の条件 of one orderer (`null`: closed): whether it accepts electronic guarantees, from
 * which day, for which works, in the words contractors read. `onSaved` gets the orderer's name.
 */
export function ElectronicRuleModal({
  orderer,
  onClose,
  onSaved,
}: {
  orderer: ElectronicRule | null;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <EditDialog
      item={orderer}
      itemKey={(o) => o.id}
      title={t('organisations.orderers.editTitle', { name: orderer?.name ?? '' })}
      size="lg"
      onClose={onClose}
    >
      {(o) => <RuleForm orderer={o} onClose={onClose} onSaved={onSaved} />}
    </EditDialog>
  );
}

function RuleForm({ orderer, onClose, onSaved }: { orderer: ElectronicRule; onClose: () => void; onSaved: (name: string) => void }) {
  const { t } = useTranslation();
  const [save, { loading }] = useMutation(SetOrdererElectronicRuleMutation);
  const [error, setError] = useState<unknown>(null);
  const { id, name, ...initialValues } = orderer;
  const form = useForm({
    initialValues,
    validate: {
      electronicFrom: (day, values) => (values.acceptsElectronic && day && !isIsoDate(day) ? t('form.dateInvalid') : null),
    },
  });

  const guard = useUnsavedChangesGuard(form.isDirty());

  async function submit(values: typeof form.values) {
    setError(null);
    const accepts = values.acceptsElectronic;
    try {
      await save({
        variables: {
          input: {
            ordererId: id,
            acceptsElectronic: accepts,
            electronicFrom: accepts ? values.electronicFrom || null : null,
            electronicRule: accepts ? values.electronicRule : null,
            electronicRuleDescription: accepts ? values.electronicRuleDescription : null,
          },
        },
      });
      onSaved(name);
    } catch (e) {
      if (!showFieldErrors(form, e)) setError(e);
    }
  }

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values), focusFirstError)} noValidate>
      <Stack gap="md">
        <Alert color="blue" variant="light">
          {t('organisations.orderers.note')}
        </Alert>
        <Checkbox label={t('organisations.orderers.accepts')} {...form.getInputProps('acceptsElectronic', { type: 'checkbox' })} />
        {form.values.acceptsElectronic && (
          <>
            <EraDateInput label={t('organisations.orderers.from')} {...form.getInputProps('electronicFrom')} />
            <NativeSelect
              label={t('organisations.orderers.rule')}
              data={RULES.map((r) => ({ value: r, label: t(`electronicRule.${r}`) }))}
              {...form.getInputProps('electronicRule')}
            />
            <Textarea
              label={t('organisations.orderers.description')}
              description={t('organisations.orderers.descriptionHelp')}
              autosize
              minRows={2}
              {...form.getInputProps('electronicRuleDescription')}
            />
          </>
        )}
        <EditDialogActions error={error} loading={loading} onCancel={onClose} submitLabel={t('organisations.orderers.submit')} />
      </Stack>
      {guard.dialog}
    </form>
  );
}
