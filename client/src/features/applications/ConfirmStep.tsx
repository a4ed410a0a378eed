import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetailsFragment } from '../../gql/graphql';
import { ApplicationSummary } from './ApplicationSummary';

interface ConfirmStepProps {
  application: ApplicationDetailsFragment;
  sending: boolean;
  onBack: () => void;
  onSend: () => void;
  error?: ReactNode;
}

/** Step 2, 申込確認: the application exactly as the server saved it (預託金融機関 in full-width). */
export function ConfirmStep({ application, sending, onBack, onSend, error }: ConfirmStepProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Stack gap="lg">
      <div>
        <Title order={2} ref={heading} tabIndex={-1} mb="xs">
          {t('applications.confirm.heading')}
        </Title>
        <Text>{t('applications.confirm.lead')}</Text>
      </div>
      {error}
      <ApplicationSummary application={application} headingOrder={3} />
      <Group justify="center" gap="md">
        <Button variant="outline" size="md" onClick={onBack} disabled={sending}>
          {t('applications.confirm.back')}
        </Button>
        <Button size="md" onClick={onSend} loading={sending}>
          {t('applications.confirm.send')}
        </Button>
      </Group>
    </Stack>
  );
}
