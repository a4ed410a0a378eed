import { formatEraTimestamp } from '../../ui/era-time';
import { Button, Group, Table, Text } from '@mantine/core';
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
  }
`);

interface WebhookEndpointTableProps {
  endpoints: FragmentType<typeof WebhookEndpointRowFragment>[];
  labelledBy: string;
  onDelete: (endpoint: WebhookEndpointRow) => void;
}

/** The organisation's endpoints: URL, events in words, when registered; 配信状況 and 削除. */
export function WebhookEndpointTable({ endpoints, labelledBy, onDelete }: WebhookEndpointTableProps) {
  const { t } = useTranslation();
  const rows = endpoints.map((endpoint) => getFragmentData(WebhookEndpointRowFragment, endpoint));
  if (rows.length === 0) return <Text py="md">{t('webhooks.list.empty')}</Text>;

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder verticalSpacing="sm" aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('webhooks.list.url')}</Table.Th>
            <Table.Th scope="col">{t('webhooks.list.events')}</Table.Th>
            <Table.Th scope="col">{t('webhooks.list.createdAt')}</Table.Th>
            <Table.Th scope="col">{t('webhooks.list.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((endpoint) => (
            <Table.Tr key={endpoint.id}>
              <Table.Td className={classes.breakAll}>{endpoint.url}</Table.Td>
              <Table.Td>
                {sortEvents(endpoint.events)
                  .map((e) => t(`webhooks.event.${e}`))
                  .join('、')}
              </Table.Td>
              <Table.Td className={classes.noWrap}>{formatEraTimestamp(endpoint.createdAt)}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
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
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
