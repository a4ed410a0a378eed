import { useApolloClient, useQuery } from '@apollo/client/react';
import { Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeading } from '../../ui/PageHeading';
import { ShownOnceSecret } from '../../ui/ShownOnceSecret';
import { DeleteWebhookModal, type DeleteTarget } from './DeleteWebhookModal';
import { RegisterWebhookForm, type RegisteredWebhookEndpoint } from './RegisterWebhookForm';
import { WebhookEndpointTable } from './WebhookEndpointTable';
import { WEBHOOK_ENDPOINTS_PAGE, WebhookEndpointsQuery } from './endpoints-query';

/** Webhook: the organisation's endpoints; a new one's signing secret is shown once. */
export function WebhooksPage() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [registered, setRegistered] = useState<{ url: string; secret: string } | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);

  function onRegistered(result: RegisteredWebhookEndpoint, url: string) {
    // Newest first, as the server lists them.
    client.cache.updateQuery(
      { query: WebhookEndpointsQuery, variables: WEBHOOK_ENDPOINTS_PAGE },
      (data) =>
        data && {
          ...data,
          webhookEndpoints: {
            ...data.webhookEndpoints,
            totalCount: data.webhookEndpoints.totalCount + 1,
            edges: [{ __typename: 'WebhookEndpointEdge' as const, node: result.webhookEndpoint }, ...data.webhookEndpoints.edges],
          },
        },
    );
    setDeleted(null);
    setRegistered({ url, secret: result.secret });
  }

  return (
    <>
      <PageHeading>{t('webhooks.title')}</PageHeading>
      <Text mb="lg">{t('webhooks.lead')}</Text>
      <RegisterWebhookForm onRegistered={onRegistered} />
      {registered && (
        <ShownOnceSecret
          key={registered.secret}
          heading={t('webhooks.secret.heading')}
          lead={t('webhooks.secret.lead', { url: registered.url })}
          warning={t('webhooks.secret.warning')}
          label={t('webhooks.secret.label')}
          value={registered.secret}
          copyLabel={t('webhooks.secret.copy')}
          copiedLabel={t('webhooks.secret.copied')}
          dismissLabel={t('webhooks.secret.dismiss')}
          onDismiss={() => setRegistered(null)}
        />
      )}
      <WebhookEndpointList deleted={deleted} onDeleted={setDeleted} />
    </>
  );
}

function WebhookEndpointList({ deleted, onDeleted }: { deleted: string | null; onDeleted: (url: string) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [target, setTarget] = useState<DeleteTarget | null>(null);
  const { data, loading, error } = useQuery(WebhookEndpointsQuery, { variables: WEBHOOK_ENDPOINTS_PAGE, fetchPolicy: 'cache-and-network' });

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} id={headingId} mb="sm">
        {t('webhooks.list.heading')}
      </Title>
      <Text role="status" mb={deleted ? 'sm' : 0} c="green.9" fw={700} style={{ wordBreak: 'break-all' }}>
        {deleted ? t('webhooks.delete.done', { url: deleted }) : ''}
      </Text>
      {error && <ErrorAlert error={error} />}
      {!data && loading && <LoadingState />}
      {data && (
        <WebhookEndpointTable
          endpoints={data.webhookEndpoints.edges.map((edge) => edge.node)}
          labelledBy={headingId}
          onDelete={setTarget}
        />
      )}
      <DeleteWebhookModal
        endpoint={target}
        onClose={() => setTarget(null)}
        onDeleted={(endpoint) => {
          setTarget(null);
          onDeleted(endpoint.url);
        }}
      />
    </section>
  );
}
