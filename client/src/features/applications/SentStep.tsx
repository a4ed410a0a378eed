import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ApplicationDetailsFragment } from '../../gql/graphql';
import { DetailTable } from '../../ui/DetailTable';
import { statusLabelKey } from './status';
import { formatEraTimestamp } from './timestamps';
import { NONE } from './work-rows';

/** Step 3, 送信完了: the application went to its branch; here is its status. */
export function SentStep({ application }: { application: ApplicationDetailsFragment }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const tableHeading = useId();
  useEffect(() => heading.current?.focus(), []);
  const branch = application.destinationBranch?.name ?? NONE;
  return (
    <Stack gap="lg">
      <Title order={2} ref={heading} tabIndex={-1}>
        {t('applications.sent.heading')}
      </Title>
      <Alert color="green" variant="light" title={t('applications.sent.title')}>
        {t('applications.sent.body', { branch })}
      </Alert>
      <section aria-labelledby={tableHeading}>
        <Title order={3} id={tableHeading} mb="xs">
          {t('applications.sent.details')}
        </Title>
        <DetailTable
          labelledBy={tableHeading}
          rows={[
            { label: t('applications.list.workName'), value: application.workName ?? NONE },
            { label: t('applications.information.destinationBranch'), value: branch },
            { label: t('applications.list.status'), value: t(statusLabelKey(application.status)) },
            {
              label: t('applications.sent.submittedAt'),
              value: application.submittedAt ? formatEraTimestamp(application.submittedAt) : NONE,
            },
          ]}
        />
      </section>
      <Group gap="md">
        <Button component={Link} to={`/applications/${application.id}`} variant="outline">
          {t('applications.sent.toDetail')}
        </Button>
        <Button component={Link} to="/applications">
          {t('applications.sent.toList')}
        </Button>
      </Group>
    </Stack>
  );
}
