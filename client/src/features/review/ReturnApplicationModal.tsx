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

export const ReturnApplicationMutation = graphql(`
  mutation ReturnApplication($input: ReturnApplicationInput!) {
    returnApplication(input: $input) {
      application {
        id
        status
        returnedAt
        messageFromBranch
      }
    }
  }
`);

interface ReturnApplicationModalProps {
  applicationId: string;
  opened: boolean;
  onClose: () => void;
  onReturned: () => void;
}

/** 差戻し: the message the contractor will read as 弊社からお客様へのお知らせ is required. */
export function ReturnApplicationModal({ applicationId, opened, onClose, onReturned }: ReturnApplicationModalProps) {
  const { t } = useTranslation();
  const [returnApplication, { loading }] = useMutation(ReturnApplicationMutation);
  const form = useForm({
    initialValues: { message: '' },
    validate: { message: (message) => (message.trim() ? null : t('review.actions.returnMessageRequired')) },
  });
  const [error, setError] = useState<unknown>(null);
  // Leaving the page with a message typed in the open dialog asks first.
  const guard = useUnsavedChangesGuard(opened && form.isDirty());

  async function submit({ message }: typeof form.values) {
    setError(null);
    try {
      await returnApplication({ variables: { input: { applicationId, message } } });
      form.reset();
      onReturned();
    } catch (e) {
      if (!showFieldErrors(form, e)) setError(e);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('review.actions.returnTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('review.actions.close') }}
    >
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack gap="md">
          <Text>{t('review.actions.returnBody')}</Text>
          {error !== null && <ErrorAlert error={error} title={t('review.actions.failedTitle')} />}
          <Textarea
            label={<RequiredLabel>{t('review.actions.returnMessage')}</RequiredLabel>}
            withAsterisk={false}
            required
            rows={4}
            resize="vertical"
            {...form.getInputProps('message')}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={loading}>
              {t('review.actions.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading}>
              {t('review.actions.returnConfirm')}
            </Button>
          </Group>
        </Stack>
        {guard.dialog}
      </form>
    </Modal>
  );
}
