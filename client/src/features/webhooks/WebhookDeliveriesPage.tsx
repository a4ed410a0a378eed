import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { getFragmentData, graphql } from '../../gql';
import { DetailTable } from '../../ui/DetailTable';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { PagedTableSection } from '../../ui/PagedTableSection';
import { useCursorPages } from '../../ui/use-cursor-pages';
import { WebhookDeliveryTable } from './WebhookDeliveryTable';
import { WebhookEndpointRowFragment } from './WebhookEndpointTable';
import { sortEvents } from './webhook-events';
import { WEBHOOK_ENDPOINTS_PAGE, WebhookEndpointsQuery } from './endpoints-query';
import { RedeliverWebhookDeliveryMutation } from './endpoint-actions';

export const WEBHOOK_DELIVERY_PAGE_SIZE = 20;

export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($webhookEndpointId: ID!, $first: Int!, $after: String) {
    webhookDeliveries(filter: { webhookEndpointId: $webhookEndpointId }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...WebhookDeliveryRow
        }
      }
    }
  }
`);

/** 配信状況: what was sent to one endpoint and how it went, newest first, page by page. */
export function WebhookDeliveriesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const endpointHeadingId = useId();
  const endpoints = useQuery(WebhookEndpointsQuery, { variables: WEBHOOK_ENDPOINTS_PAGE });
  const endpoint = endpoints.data?.webhookEndpoints.edges
    .map((e) => getFragmentData(WebhookEndpointRowFragment, e.node))
    .find((e) => e.id === id);

  return (
    <>
      <PageHeading>{t('webhooks.deliveries.title')}</PageHeading>
      <Anchor component={Link} to="/settings/webhooks" mb="md" display="inline-block">
        {t('webhooks.deliveries.back')}
      </Anchor>
      {endpoints.error && <ErrorAlert error={endpoints.error} />}
      {endpoints.data && !endpoint && <Text mb="md">{t('webhooks.deliveries.notFound')}</Text>}
      {endpoint && (
        <section aria-labelledby={endpointHeadingId}>
          <Title order={2} size="h3" id={endpointHeadingId} mb="sm">
            {t('webhooks.deliveries.endpoint')}
          </Title>
          <DetailTable
            labelledBy={endpointHeadingId}
            rows={[
              { label: t('webhooks.list.url'), value: endpoint.url },
              {
                label: t('webhooks.list.events'),
                value: sortEvents(endpoint.events)
                  .map((e) => t(`webhooks.event.${e}`))
                  .join('、'),
              },
            ]}
          />
        </section>
      )}
      {(!endpoints.data || endpoint) && <DeliveryResults key={id} endpointId={id} canRedeliver={endpoint?.active ?? false} />}
    </>
  );
}

/** The deliveries, page by page; 再送 (while the endpoint is active) queues a delivery again and shows it. */
function DeliveryResults({ endpointId, canRedeliver }: { endpointId: string; canRedeliver: boolean }) {
  const { t } = useTranslation();
  const pages = useCursorPages();
  const { data, previousData, loading, error, refetch } = useQuery(WebhookDeliveriesQuery, {
    variables: { webhookEndpointId: endpointId, first: WEBHOOK_DELIVERY_PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.webhookDeliveries;
  const [redeliver] = useMutation(RedeliverWebhookDeliveryMutation);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [actionError, setActionError] = useState<unknown>(null);

  async function send(deliveryId: string) {
    setBusy(deliveryId);
    setActionError(null);
    setNotice('');
    try {
      await redeliver({ variables: { input: { webhookDeliveryId: deliveryId } } });
      setNotice(t('webhooks.deliveries.redelivered'));
      await refetch();
    } catch (e) {
      setActionError(e);
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <Text role="status" mt="md" c="green.9" fw={700}>
        {notice}
      </Text>
      {actionError !== null && <ErrorAlert error={actionError} title={t('webhooks.deliveries.redeliverFailedTitle')} />}
      <PagedTableSection
        heading={t('webhooks.deliveries.tableHeading')}
        headingMt="xl"
        connection={connection}
        loading={loading}
        error={error}
        pages={pages}
        pageSize={WEBHOOK_DELIVERY_PAGE_SIZE}
      >
        {(nodes, labelledBy) => (
          <WebhookDeliveryTable
            deliveries={nodes}
            labelledBy={labelledBy}
            busy={busy}
            onRedeliver={canRedeliver ? (deliveryId) => void send(deliveryId) : undefined}
          />
        )}
      </PagedTableSection>
    </>
  );
}
