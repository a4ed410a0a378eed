import { formatEraTimestamp } from '../../ui/era-time';
import { ListTable } from '../../ui/ListTable';
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { WebhookEndpointRowFragment as WebhookEndpointRow } from '../../gql/graphql';
import { sortEvents } from './webhook-events';
import classes from './webhooks.module.css';

export const WebhookEndpointRowFragment = graphql(`
  fragment WebhookEndpointRow on WebhookEndpoint {
    id
    url
    events
    createdAt
    active
    pausedAt
    previousSecretExpiresAt
  }
`);

/** What the table's buttons do with an endpoint; `busy` is the id of the one being changed. */
export interface EndpointActions {
  onPing: (endpoint: WebhookEndpointRow) => void;
  onTogglePause: (endpoint: WebhookEndpointRow) => void;
  onRotate: (endpoint: WebhookEndpointRow) => void;
  onDelete: (endpoint: WebhookEndpointRow) => void;
  busy: string | null;
}

interface WebhookEndpointTableProps extends EndpointActions {
  endpoints: FragmentType<typeof WebhookEndpointRowFragment>[];
  labelledBy: string;
}

/**
 * The organisation's endpoints: URL, events in words, state, when registered; 配信状況, テスト送信,
 * 一時停止/再開, 秘密の更新 and 削除.
 */
export function WebhookEndpointTable({
  endpoints,
  labelledBy,
  onPing,
  onTogglePause,
  onRotate,
  onDelete,
  busy,
}: WebhookEndpointTableProps) {
  const { t } = useTranslation();
  const rows = endpoints.map((endpoint) => getFragmentData(WebhookEndpointRowFragment, endpoint));

  return (
    <ListTable
      labelledBy={labelledBy}
      minWidth={1080}
      columns={[
        { label: t('webhooks.list.url') },
        { label: t('webhooks.list.events') },
        { label: t('webhooks.list.state') },
        { label: t('webhooks.list.createdAt') },
        { label: t('webhooks.list.actions') },
      ]}
      rows={rows}
      empty={t('webhooks.list.empty')}
      renderRow={(endpoint) => (
        <Table.Tr key={endpoint.id}>
          <Table.Td className={classes.breakAll}>{endpoint.url}</Table.Td>
          <Table.Td>
            {sortEvents(endpoint.events)
              .map((e) => t(`webhooks.event.${e}`))
              .join('、')}
          </Table.Td>
          <Table.Td className={classes.noWrap}>
            <Badge className={classes.badge} color={endpoint.active ? 'green' : 'gray'} variant="light" tt="none" size="lg" radius="sm">
              {endpoint.active ? t('webhooks.list.active') : t('webhooks.list.paused')}
            </Badge>
            {endpoint.previousSecretExpiresAt && new Date(endpoint.previousSecretExpiresAt) > new Date() && (
              <Text size="sm" mt={4}>
                {t('webhooks.list.overlapUntil', { at: formatEraTimestamp(endpoint.previousSecretExpiresAt) })}
              </Text>
            )}
          </Table.Td>
          <Table.Td className={classes.noWrap}>{formatEraTimestamp(endpoint.createdAt)}</Table.Td>
          <Table.Td>
            <Group gap="xs">
              <Button
                component={Link}
                to={`/settings/webhooks/${encodeURIComponent(endpoint.id)}/deliveries`}
                variant="default"
                size="compact-sm"
                aria-label={t('webhooks.list.deliveriesLabel', { url: endpoint.url })}
              >
                {t('webhooks.list.deliveries')}
              </Button>
              <Button
                variant="default"
                size="compact-sm"
                disabled={!endpoint.active || busy === endpoint.id}
                aria-label={t('webhooks.ping.actionLabel', { url: endpoint.url })}
                onClick={() => onPing(endpoint)}
              >
                {t('webhooks.ping.action')}
              </Button>
              <Button
                variant="default"
                size="compact-sm"
                loading={busy === endpoint.id}
                aria-label={t(endpoint.pausedAt ? 'webhooks.pause.resumeLabel' : 'webhooks.pause.pauseLabel', { url: endpoint.url })}
                onClick={() => onTogglePause(endpoint)}
              >
                {endpoint.pausedAt ? t('webhooks.pause.resume') : t('webhooks.pause.pause')}
              </Button>
              <Button
                variant="default"
                size="compact-sm"
                aria-label={t('webhooks.rotate.actionLabel', { url: endpoint.url })}
                onClick={() => onRotate(endpoint)}
              >
                {t('webhooks.rotate.action')}
              </Button>
              <Button
                variant="outline"
                color="red"
                size="compact-sm"
                aria-label={t('webhooks.delete.actionLabel', { url: endpoint.url })}
                onClick={() => onDelete(endpoint)}
              >
                {t('webhooks.delete.action')}
              </Button>
            </Group>
          </Table.Td>
        </Table.Tr>
      )}
    />
  );
}
