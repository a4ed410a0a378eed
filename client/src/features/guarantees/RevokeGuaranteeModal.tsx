import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { showFieldErrors } from '../../ui/field-errors';
import { RequiredLabel } from '../../ui/RequiredLabel';
import { useUnsavedChangesGuard } from '../../ui/UnsavedChangesGuard';

export const RevokeGuaranteeMutation = graphql(`
  mutation RevokeGuarantee($input: RevokeGuaranteeInput!) {
    revokeGuarantee(input: $input) {
      guarantee {
        id
        ...GuaranteeViewFields
      }
    }
  }
`);

interface RevokeGuaranteeModalProps {
  guarantee: { id: string; contractNumber: string };
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}

/** 取消: a required reason, and a button that says what it does. */
export function RevokeGuaranteeModal({ guarantee, opened, onClose, onDone }: RevokeGuaranteeModalProps) {
  const { t } = useTranslation();
  const [revoke, { loading }] = useMutation(RevokeGuaranteeMutation);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (reason) => (reason.trim() ? null : t('guarantee.revoke.reasonRequired')) },
  });
  const [error, setError] = useState<unknown>(null);
  // Leaving the page with a reason typed in the open dialog asks first.
  const guard = useUnsavedChangesGuard(opened && form.isDirty());

  function close() {
    setError(null);
    form.clearErrors();
    onClose();
  }

  async function submit({ reason }: typeof form.values) {
    setError(null);
    try {
      await revoke({ variables: { input: { guaranteeId: guarantee.id, reason } } });
      form.reset();
      close();
      onDone();
    } catch (e) {
      if (!showFieldErrors(form, e)) setError(e);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('guarantee.revoke.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('guarantee.actions.close') }}
    >
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack gap="md">
          <Text>{t('guarantee.revoke.body', { contractNumber: guarantee.contractNumber })}</Text>
          {error !== null && <ErrorAlert error={error} title={t('review.actions.failedTitle')} />}
          <Textarea
            label={<RequiredLabel>{t('guarantee.revoke.reason')}</RequiredLabel>}
            withAsterisk={false}
            required
            rows={3}
            resize="vertical"
            {...form.getInputProps('reason')}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={loading}>
              {t('guarantee.actions.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading}>
              {t('guarantee.revoke.confirm')}
            </Button>
          </Group>
        </Stack>
        {guard.dialog}
      </form>
    </Modal>
  );
}
