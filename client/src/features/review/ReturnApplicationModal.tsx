import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { fieldErrors } from '../../ui/field-errors';
import { RequiredLabel } from '../../ui/RequiredLabel';

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
  const [message, setMessage] = useState('');
  const [messageError, setMessageError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (!message.trim()) {
      setMessageError(t('review.actions.returnMessageRequired'));
      return;
    }
    setMessageError(null);
    try {
      await returnApplication({ variables: { input: { applicationId, message } } });
      setMessage('');
      onReturned();
    } catch (e) {
      const byField = fieldErrors(e);
      if (byField.message) setMessageError(byField.message);
      else setError(e);
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
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <Text>{t('review.actions.returnBody')}</Text>
          {error !== null && <ErrorAlert error={error} title={t('review.actions.failedTitle')} />}
          <Textarea
            label={<RequiredLabel>{t('review.actions.returnMessage')}</RequiredLabel>}
            withAsterisk={false}
            required
            rows={4}
            resize="vertical"
            value={message}
            error={messageError}
            onChange={(e) => {
              setMessage(e.currentTarget.value);
              setMessageError(null);
            }}
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
      </form>
    </Modal>
  );
}
