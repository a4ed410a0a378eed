import { formatEraTimestamp } from '../../ui/era-time';
import { ListTable } from '../../ui/ListTable';
import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { WebhookDeliveryStatus } from '../../gql/graphql';
import classes from './webhooks.module.css';

export const WebhookDeliveryRowFragment = graphql(`
  fragment WebhookDeliveryRow on WebhookDelivery {
    id
    event
    status
    attempts
    lastStatusCode
    lastError
    createdAt
    deliveredAt
    nextAttemptAt
    eventId
    redeliveryOf
  }
`);

const colours: Record<WebhookDeliveryStatus, string> = { DELIVERED: 'green', PENDING: 'yellow', FAILED: 'red' };

interface WebhookDeliveryTableProps {
  deliveries: FragmentType<typeof WebhookDeliveryRowFragment>[];
  labelledBy: string;
  /** 再送 on a delivery that is no longer waiting; absent when the endpoint can't be sent to. */
  onRedeliver?: (deliveryId: string) => void;
  busy?: string | null;
}

/**
 * Deliveries to one endpoint, newest first: status in words, attempts, last HTTP status and
 * error, and 再送 on those no longer waiting.
 */
export function WebhookDeliveryTable({ deliveries, labelledBy, onRedeliver, busy }: WebhookDeliveryTableProps) {
  const { t } = useTranslation();
  const rows = deliveries.map((delivery) => getFragmentData(WebhookDeliveryRowFragment, delivery));

  return (
    <ListTable
      labelledBy={labelledBy}
      minWidth={1000}
      columns={[
        { label: t('webhooks.deliveries.createdAt') },
        { label: t('webhooks.deliveries.event'), className: classes.noWrap },
        { label: t('webhooks.deliveries.status') },
        { label: t('webhooks.deliveries.attempts'), numeric: true },
        { label: t('webhooks.deliveries.statusCode'), numeric: true },
        { label: t('webhooks.deliveries.error') },
        { label: t('webhooks.deliveries.deliveredAt') },
        { label: t('webhooks.deliveries.actions'), className: classes.noWrap },
      ]}
      rows={rows}
      empty={t('webhooks.deliveries.empty')}
      renderRow={(d) => (
        <Table.Tr key={d.id}>
          <Table.Td className={classes.noWrap}>{formatEraTimestamp(d.createdAt)}</Table.Td>
          <Table.Td className={classes.noWrap}>
            {t(`webhooks.event.${d.event}`)}
            {d.redeliveryOf && (
              <Text size="sm" c="dimmed">
                {t('webhooks.deliveries.redelivery')}
              </Text>
            )}
          </Table.Td>
          <Table.Td className={classes.noWrap}>
            <Badge className={classes.badge} color={colours[d.status]} variant="light" tt="none" size="lg" radius="sm">
              {t(`webhooks.deliveryStatus.${d.status}`)}
            </Badge>
          </Table.Td>
          <Table.Td ta="right">{d.attempts}</Table.Td>
          <Table.Td ta="right">{d.lastStatusCode ?? ''}</Table.Td>
          <Table.Td className={classes.breakAll}>{d.lastError ?? ''}</Table.Td>
          <Table.Td className={classes.noWrap}>
            {d.deliveredAt
              ? formatEraTimestamp(d.deliveredAt)
              : d.status === 'PENDING'
                ? t('webhooks.deliveries.nextAttemptAt', { at: formatEraTimestamp(d.nextAttemptAt) })
                : ''}
          </Table.Td>
          <Table.Td>
            {onRedeliver && d.status !== 'PENDING' && (
              <Button
                variant="default"
                size="compact-sm"
                loading={busy === d.id}
                aria-label={t('webhooks.deliveries.redeliverLabel', { at: formatEraTimestamp(d.createdAt) })}
                onClick={() => onRedeliver(d.id)}
              >
                {t('webhooks.deliveries.redeliver')}
              </Button>
            )}
          </Table.Td>
        </Table.Tr>
      )}
    />
  );
}
