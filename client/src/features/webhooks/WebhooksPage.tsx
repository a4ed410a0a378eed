import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
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
import { PauseWebhookEndpointMutation, PingWebhookEndpointMutation, ResumeWebhookEndpointMutation } from './endpoint-actions';
import { RotateSecretModal, type RotateTarget } from './RotateSecretModal';
import type { WebhookEndpointRowFragment as WebhookEndpointRow } from '../../gql/graphql';

/**
 * Webhook: the organisation's endpoints; a new one's signing secret, or a rotated one's new
 * secret, is shown once.
 */
export function WebhooksPage() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [registered, setRegistered] = useState<{ url: string; secret: string; rotated: boolean } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

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
    setNotice(null);
    setRegistered({ url, secret: result.secret, rotated: false });
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
          lead={t(registered.rotated ? 'webhooks.secret.rotatedLead' : 'webhooks.secret.lead', { url: registered.url })}
          warning={t('webhooks.secret.warning')}
          label={t('webhooks.secret.label')}
          value={registered.secret}
          copyLabel={t('webhooks.secret.copy')}
          copiedLabel={t('webhooks.secret.copied')}
          dismissLabel={t('webhooks.secret.dismiss')}
          onDismiss={() => setRegistered(null)}
        />
      )}
      <WebhookEndpointList
        notice={notice}
        onNotice={setNotice}
        onRotated={(url, secret) => {
          setNotice(null);
          setRegistered({ url, secret, rotated: true });
        }}
      />
    </>
  );
}

interface WebhookEndpointListProps {
  notice: string | null;
  onNotice: (notice: string) => void;
  onRotated: (url: string, secret: string) => void;
}

function WebhookEndpointList({ notice, onNotice, onRotated }: WebhookEndpointListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [target, setTarget] = useState<DeleteTarget | null>(null);
  const [rotating, setRotating] = useState<RotateTarget | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const { data, loading, error } = useQuery(WebhookEndpointsQuery, { variables: WEBHOOK_ENDPOINTS_PAGE, fetchPolicy: 'cache-and-network' });
  const [ping] = useMutation(PingWebhookEndpointMutation);
  const [pause] = useMutation(PauseWebhookEndpointMutation);
  const [resume] = useMutation(ResumeWebhookEndpointMutation);

  /** Runs one button's mutation on `endpoint`, then says what happened (or what went wrong). */
  async function act(endpoint: WebhookEndpointRow, run: () => Promise<unknown>, done: string) {
    setBusy(endpoint.id);
    setActionError(null);
    try {
      await run();
      onNotice(done);
    } catch (e) {
      setActionError(e);
    } finally {
      setBusy(null);
    }
  }

  const variables = (endpoint: WebhookEndpointRow) => ({ variables: { input: { webhookEndpointId: endpoint.id } } });

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} id={headingId} mb="sm">
        {t('webhooks.list.heading')}
      </Title>
      <Text role="status" mb={notice ? 'sm' : 0} c="green.9" fw={700} style={{ wordBreak: 'break-all' }}>
        {notice ?? ''}
      </Text>
      {error && <ErrorAlert error={error} />}
      {actionError !== null && <ErrorAlert error={actionError} title={t('webhooks.list.actionFailedTitle')} />}
      {!data && loading && <LoadingState />}
      {data && (
        <WebhookEndpointTable
          endpoints={data.webhookEndpoints.edges.map((edge) => edge.node)}
          labelledBy={headingId}
          busy={busy}
          onDelete={setTarget}
          onRotate={setRotating}
          onPing={(endpoint) => void act(endpoint, () => ping(variables(endpoint)), t('webhooks.ping.done', { url: endpoint.url }))}
          onTogglePause={(endpoint) =>
            void (endpoint.pausedAt
              ? act(endpoint, () => resume(variables(endpoint)), t('webhooks.pause.resumed', { url: endpoint.url }))
              : act(endpoint, () => pause(variables(endpoint)), t('webhooks.pause.paused', { url: endpoint.url })))
          }
        />
      )}
      <RotateSecretModal
        endpoint={rotating}
        onClose={() => setRotating(null)}
        onRotated={(endpoint, secret) => {
          setRotating(null);
          onRotated(endpoint.url, secret);
        }}
      />
      <DeleteWebhookModal
        endpoint={target}
        onClose={() => setTarget(null)}
        onDeleted={(endpoint) => {
          setTarget(null);
          onNotice(t('webhooks.delete.done', { url: endpoint.url }));
        }}
      />
    </section>
  );
}
