import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, NativeSelect, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import type { ApplicationStatus, ApplicationsQuery } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeading } from '../../ui/PageHeading';
import { useCursorPages } from '../../ui/use-cursor-pages';
import { CurrentUserQueryDocument } from '../session/current-user';
import { DeleteDraftButton } from './DeleteDraftButton';
import { ApplicationsQueryDocument } from './documents';
import { applicationStatuses, statusColor, statusLabelKey } from './status';
import { formatEraTimestamp, latestEvent } from './timestamps';
import { NONE } from './work-rows';

const PAGE_SIZE = 20;

type Row = ApplicationsQuery['applications']['edges'][number]['node'];

/**
 * /applications: a contractor's own applications, or, for branch staff, those sent to their
 * branch (the server decides which). Newest first, filtered by status, paged by cursor.
 */
export function ApplicationsPage() {
  const { t } = useTranslation();
  const me = useQuery(CurrentUserQueryDocument);
  const staff = me.data?.me?.role === 'BRANCH_STAFF';
  const contractor = me.data?.me?.role === 'CONTRACTOR';
  const [status, setStatus] = useState<ApplicationStatus | ''>('');
  const pages = useCursorPages();
  // A draft deleted from its own page comes back here with the news.
  const location = useLocation();
  const [deleted, setDeleted] = useState(Boolean((location.state as { deleted?: boolean } | null)?.deleted));
  const { data, previousData, loading, error, refetch } = useQuery(ApplicationsQueryDocument, {
    variables: { filter: status ? { status } : null, after: pages.after, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const connection = shown?.applications;
  const link = (row: Row) => (staff ? `/review/applications/${row.id}` : `/applications/${row.id}`);
  // Branch staff never see drafts: the filter does not offer them.
  const statuses = applicationStatuses.filter((s) => !(staff && s === 'DRAFT'));

  return (
    <>
      <PageHeading>{staff ? t('applications.list.staffTitle') : t('applications.list.title')}</PageHeading>
      <Group justify="space-between" align="flex-end" mb="md" wrap="wrap">
        <NativeSelect
          label={t('applications.list.filter')}
          w="16rem"
          value={status}
          onChange={(e) => {
            setStatus(e.currentTarget.value as ApplicationStatus | '');
            pages.reset();
          }}
          data={[{ value: '', label: t('applications.list.all') }, ...statuses.map((s) => ({ value: s, label: t(statusLabelKey(s)) }))]}
        />
        {contractor && (
          <Button component={Link} to="/applications/new" size="md">
            {t('applications.list.new')}
          </Button>
        )}
      </Group>

      {deleted && (
        <Alert color="green" variant="light" role="status" mb="md" withCloseButton onClose={() => setDeleted(false)}>
          {t('applications.draft.deleted')}
        </Alert>
      )}
      {error && !shown && <ErrorAlert error={error} />}
      {!connection && loading && <LoadingState />}
      {connection && (
        <>
          <Text role="status" mb="xs" fw={700}>
            {connection.boundedCount.isExact
              ? t('applications.list.total', { count: connection.boundedCount.count })
              : t('applications.list.totalAtLeast', { count: connection.boundedCount.count })}
          </Text>
          {connection.edges.length === 0 ? (
            <Text>{t('applications.list.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth="56rem">
              <Table withTableBorder striped highlightOnHover verticalSpacing="sm" aria-label={t('applications.list.tableLabel')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('applications.list.workName')}</Table.Th>
                    <Table.Th scope="col">{t('applications.list.orderer')}</Table.Th>
                    <Table.Th scope="col">{t('applications.list.kinds')}</Table.Th>
                    <Table.Th scope="col">{t('applications.list.branch')}</Table.Th>
                    <Table.Th scope="col">{t('applications.list.status')}</Table.Th>
                    <Table.Th scope="col">{t('applications.list.updatedAt')}</Table.Th>
                    {contractor && <Table.Th scope="col">{t('applications.list.actions')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {connection.edges.map(({ node }) => (
                    <ApplicationRow
                      key={node.id}
                      row={node}
                      to={link(node)}
                      actions={contractor}
                      onDeleted={() => {
                        setDeleted(true);
                        void refetch();
                      }}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {(pages.page > 1 || connection.pageInfo.hasNextPage) && (
            <Group component="nav" aria-label={t('applications.list.pages')} gap="xs" mt="sm">
              <Button variant="default" disabled={pages.page <= 1} onClick={pages.previous}>
                {t('applications.list.previous')}
              </Button>
              <Text size="sm">{t('applications.list.page', { page: pages.page })}</Text>
              <Button
                variant="default"
                disabled={!connection.pageInfo.hasNextPage}
                onClick={() => pages.next(connection.pageInfo.endCursor)}
              >
                {t('applications.list.next')}
              </Button>
            </Group>
          )}
        </>
      )}
    </>
  );
}

interface ApplicationRowProps {
  row: Row;
  to: string;
  /** the contractor's column of what can be done (削除 for a draft) */
  actions: boolean;
  onDeleted: () => void;
}

function ApplicationRow({ row, to, actions, onDeleted }: ApplicationRowProps) {
  const { t } = useTranslation();
  const kinds = [row.advancePayment && t('applications.kind.ADVANCE_PAYMENT'), row.contractGuarantee && t('applications.kind.CONTRACT')]
    .filter(Boolean)
    .join('・');
  const event = latestEvent(row);
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={to}>
          {row.workName ?? t('applications.list.noWorkName')}
        </Anchor>
      </Table.Td>
      <Table.Td>{row.orderer?.name ?? NONE}</Table.Td>
      <Table.Td>{kinds || NONE}</Table.Td>
      <Table.Td>{row.destinationBranch?.name ?? NONE}</Table.Td>
      <Table.Td>
        <Badge color={statusColor[row.status]} variant="light" tt="none" size="lg" radius="sm">
          {t(statusLabelKey(row.status))}
        </Badge>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {event ? (
          <>
            <Text span size="xs" c="gray.7" mr={4}>
              {t(`applications.event.${event.kind}`)}
            </Text>
            {formatEraTimestamp(event.at)}
          </>
        ) : (
          NONE
        )}
      </Table.Td>
      {actions && (
        <Table.Td>
          {row.status === 'DRAFT' && (
            <DeleteDraftButton
              applicationId={row.id}
              workName={row.workName ?? t('applications.list.noWorkName')}
              onDeleted={onDeleted}
              size="compact-sm"
            />
          )}
        </Table.Td>
      )}
    </Table.Tr>
  );
}
