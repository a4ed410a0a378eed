import { Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { AuditEventRowFragment as AuditEventRow } from '../../gql/graphql';
import { formatEraTimestamp } from '../../ui/era-time';
import { auditActionLabel, auditObjectTypeLabel, auditOutcomeLabel, auditViaLabel } from './audit-labels';
import classes from './audit.module.css';

export const AuditEventRowFragment = graphql(`
  fragment AuditEventRow on AuditEvent {
    id
    at
    action
    actorId
    actorEmail
    organisationName
    via
    address
    outcome
    objectType
    objectId
    detail
  }
`);

interface AuditEventTableProps {
  events: FragmentType<typeof AuditEventRowFragment>[];
  labelledBy: string;
  /** the 対象 column: on the audit log page, not under one guarantee */
  showObject?: boolean;
}

/** Audit events, one row each: when, what, who, how, from where, and how it ended. */
export function AuditEventTable({ events, labelledBy, showObject = false }: AuditEventTableProps) {
  const { t } = useTranslation();
  const rows = events.map((event) => getFragmentData(AuditEventRowFragment, event));
  if (rows.length === 0) return <Text py="md">{t('audit.empty')}</Text>;

  return (
    <Table.ScrollContainer minWidth={showObject ? 1080 : 900}>
      <Table withTableBorder verticalSpacing="sm" aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.at')}</Table.Th>
            <Table.Th scope="col">{t('audit.action')}</Table.Th>
            {showObject && <Table.Th scope="col">{t('audit.object')}</Table.Th>}
            <Table.Th scope="col">{t('audit.actor')}</Table.Th>
            <Table.Th scope="col">{t('audit.via')}</Table.Th>
            <Table.Th scope="col">{t('audit.address')}</Table.Th>
            <Table.Th scope="col">{t('audit.outcome')}</Table.Th>
            <Table.Th scope="col">{t('audit.detail')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td className={classes.noWrap}>{formatEraTimestamp(event.at)}</Table.Td>
              <Table.Td>{auditActionLabel(t, event.action)}</Table.Td>
              {showObject && (
                <Table.Td className={classes.breakAll}>
                  <ObjectCell event={event} />
                </Table.Td>
              )}
              <Table.Td className={classes.breakAll}>
                <ActorCell event={event} />
              </Table.Td>
              <Table.Td className={classes.noWrap}>{auditViaLabel(t, event.via)}</Table.Td>
              <Table.Td className={classes.breakAll}>{event.address ?? ''}</Table.Td>
              <Table.Td>
                <Badge
                  color={event.outcome === 'SUCCESS' ? 'green' : 'red'}
                  variant="light"
                  tt="none"
                  size="lg"
                  radius="sm"
                  maw="none"
                  title={event.outcome}
                >
                  {auditOutcomeLabel(t, event.outcome)}
                </Badge>
              </Table.Td>
              <Table.Td className={classes.breakAll}>{event.detail ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ActorCell({ event }: { event: AuditEventRow }) {
  const { t } = useTranslation();
  if (!event.actorEmail && !event.organisationName) return <>{t('audit.none')}</>;
  return (
    <Stack gap={0}>
      {event.actorEmail && <span>{event.actorEmail}</span>}
      {event.organisationName && (
        <Text span size="sm" c="dimmed">
          {event.organisationName}
        </Text>
      )}
    </Stack>
  );
}

function ObjectCell({ event }: { event: AuditEventRow }) {
  const { t } = useTranslation();
  if (!event.objectType && !event.objectId) return <>{t('audit.none')}</>;
  return (
    <Stack gap={0}>
      {event.objectType && <span>{auditObjectTypeLabel(t, event.objectType)}</span>}
      {event.objectId && (
        <Text span size="sm" c="dimmed">
          {event.objectId}
        </Text>
      )}
    </Stack>
  );
}
