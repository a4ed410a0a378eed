import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { showFieldErrors } from '../../ui/field-errors';
import { focusFirstError } from '../../ui/form-rules';
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
    <Modal
      opened={branch !== null}
      onClose={onClose}
      title={t('organisations.branches.editTitle', { name: branch?.name ?? '' })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('organisations.close') }}
    >
      {branch && <EditForm key={branch.id} branch={branch} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function EditForm({ branch, onClose, onSaved }: { branch: BranchDetails; onClose: () => void; onSaved: (name: string) => void }) {
  const { t } = useTranslation();
  const form = useBranchForm(branch);
  const [error, setError] = useState<unknown>(null);
  const [update, { loading }] = useMutation(UpdateBranchMutation);

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
        {error !== null && <ErrorAlert error={error} title={t('organisations.failedTitle')} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={loading}>
            {t('organisations.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('organisations.branches.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
