import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { fieldErrors } from '../../ui/field-errors';
import { RequiredLabel } from '../../ui/RequiredLabel';

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

const FIELDS = ['name', 'address', 'tel', 'fax', 'email'] as const;
type Field = (typeof FIELDS)[number];

export type BranchDetails = { id: string; officeCode: string } & Record<Field, string>;

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
  const [values, setValues] = useState<Record<Field, string>>(
    () => Object.fromEntries(FIELDS.map((f) => [f, branch[f]])) as Record<Field, string>,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [update, { loading }] = useMutation(UpdateBranchMutation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const missing = FIELDS.filter((f) => !values[f].trim());
    if (missing.length) {
      setErrors(Object.fromEntries(missing.map((f) => [f, t('register.requiredField')])));
      return;
    }
    try {
      await update({ variables: { input: { branchId: branch.id, officeCode: branch.officeCode, ...values } } });
      onSaved(values.name.trim());
    } catch (e) {
      const byField = fieldErrors(e);
      if (Object.keys(byField).length) setErrors(byField);
      else setError(e);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('organisations.branches.officeCode')}
          description={t('organisations.branches.officeCodeFixed')}
          value={branch.officeCode}
          readOnly
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {FIELDS.map((f) => (
            <TextInput
              key={f}
              label={<RequiredLabel>{t(`organisations.branches.${f}`)}</RequiredLabel>}
              withAsterisk={false}
              required
              value={values[f]}
              error={errors[f] || undefined}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setValues((v) => ({ ...v, [f]: value }));
                setErrors((x) => ({ ...x, [f]: '' }));
              }}
            />
          ))}
        </SimpleGrid>
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
