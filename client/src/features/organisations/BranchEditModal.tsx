import { useMutation } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { showFieldErrors } from '../../ui/field-errors';
import { focusFirstError } from '../../ui/form-rules';
import { useUnsavedChangesGuard } from '../../ui/UnsavedChangesGuard';
import { EditDialog, EditDialogActions } from './EditDialog';
import { BranchFields, useBranchForm, type BranchValues } from './BranchFields';

export const UpdateBranchMutation = graphql(`
  mutation UpdateBranch($input: UpdateBranchInput!) {
    updateBranch(input: $input) {
      branch {
        id
        officeCode
        name
        address
        tel
        fax
        email
      }
    }
  }
`);

export type BranchDetails = { id: string } & BranchValues;

/** Changes a branch's name, address, TEL, FAX and e-mail; its office code is shown, never changed. */
export function BranchEditModal({
  branch,
  onClose,
  onSaved,
}: {
  branch: BranchDetails | null;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <EditDialog
      item={branch}
      itemKey={(b) => b.id}
      title={t('organisations.branches.editTitle', { name: branch?.name ?? '' })}
      size="lg"
      onClose={onClose}
    >
      {(b) => <EditForm branch={b} onClose={onClose} onSaved={onSaved} />}
    </EditDialog>
  );
}

function EditForm({ branch, onClose, onSaved }: { branch: BranchDetails; onClose: () => void; onSaved: (name: string) => void }) {
  const { t } = useTranslation();
  const form = useBranchForm(branch);
  const [error, setError] = useState<unknown>(null);
  const [update, { loading }] = useMutation(UpdateBranchMutation);

  const guard = useUnsavedChangesGuard(form.isDirty());

  async function submit(values: BranchValues) {
    setError(null);
    try {
      await update({ variables: { input: { branchId: branch.id, ...values, officeCode: branch.officeCode } } });
      onSaved(values.name.trim());
    } catch (e) {
      if (!showFieldErrors(form, e)) setError(e);
    }
  }

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values), focusFirstError)} noValidate>
      <Stack gap="md">
        <BranchFields form={form} officeCodeFixed cols={2} />
        <EditDialogActions error={error} loading={loading} onCancel={onClose} submitLabel={t('organisations.branches.save')} />
      </Stack>
      {guard.dialog}
    </form>
  );
}
