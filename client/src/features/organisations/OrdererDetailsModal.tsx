import { useMutation } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { showFieldErrors } from '../../ui/field-errors';
import { focusFirstError } from '../../ui/form-rules';
import { useUnsavedChangesGuard } from '../../ui/UnsavedChangesGuard';
import { EditDialog, EditDialogActions } from './EditDialog';
import { RequiredTextFields, useRequiredTextForm } from './RequiredTextFields';

export const CreateOrdererMutation = graphql(`
  mutation CreateOrderer($input: CreateOrdererInput!) {
    createOrderer(input: $input) {
      orderer {
        id
        name
        certificateTitle
      }
    }
  }
`);

export const UpdateOrdererMutation = graphql(`
  mutation UpdateOrderer($input: UpdateOrdererInput!) {
    updateOrderer(input: $input) {
      orderer {
        id
        name
        certificateTitle
      }
    }
  }
`);

const FIELDS = ['name', 'certificateTitle'] as const;
type Field = (typeof FIELDS)[number];

/** The orderer to edit, or `null` to register a new one. */
export interface OrdererDetails {
  id: string | null;
  name: string;
  certificateTitle: string;
}

/** 発注者名 and 宛名 of a new orderer or of one to change; `onSaved` gets the saved name. */
export function OrdererDetailsModal({
  orderer,
  onClose,
  onSaved,
}: {
  orderer: OrdererDetails | null;
  onClose: () => void;
  onSaved: (name: string, created: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <EditDialog
      item={orderer}
      itemKey={(o) => o.id ?? 'new'}
      title={orderer?.id ? t('organisations.orderers.detailsEditTitle', { name: orderer.name }) : t('organisations.orderers.newHeading')}
      onClose={onClose}
    >
      {(o) => <DetailsForm orderer={o} onClose={onClose} onSaved={onSaved} />}
    </EditDialog>
  );
}

function DetailsForm({
  orderer,
  onClose,
  onSaved,
}: {
  orderer: OrdererDetails;
  onClose: () => void;
  onSaved: (name: string, created: boolean) => void;
}) {
  const { t } = useTranslation();
  const form = useRequiredTextForm('orderers', FIELDS, { name: orderer.name, certificateTitle: orderer.certificateTitle });
  const [error, setError] = useState<unknown>(null);
  const [create, creating] = useMutation(CreateOrdererMutation, { refetchQueries: ['AdminOrderers'], awaitRefetchQueries: true });
  const [update, updating] = useMutation(UpdateOrdererMutation);

  const guard = useUnsavedChangesGuard(form.isDirty());

  async function submit(values: Record<Field, string>) {
    setError(null);
    try {
      if (orderer.id) await update({ variables: { input: { ordererId: orderer.id, ...values } } });
      else await create({ variables: { input: values } });
      onSaved(values.name.trim(), !orderer.id);
    } catch (e) {
      if (!showFieldErrors(form, e)) setError(e);
    }
  }

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values), focusFirstError)} noValidate>
      <Stack gap="md">
        <RequiredTextFields form={form} section="orderers" fields={FIELDS} withHelp />
        <EditDialogActions
          error={error}
          loading={creating.loading || updating.loading}
          onCancel={onClose}
          submitLabel={orderer.id ? t('organisations.orderers.submit') : t('organisations.orderers.create')}
        />
      </Stack>
      {guard.dialog}
    </form>
  );
}
