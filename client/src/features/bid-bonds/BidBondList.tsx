import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { formatEraDate, formatYen } from '@esurety/schema';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getFragmentData } from '../../gql';
import type { BidBondStatus } from '../../gql/graphql';
import { ConnectionPager } from '../../ui/ConnectionPager';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingState } from '../../ui/LoadingState';
import { useCursorPages } from '../../ui/use-cursor-pages';
import { BidBondActions } from './BidBondActions';
import { BidBondRowFragment, BidBondsQueryDocument } from './documents';
import { bidBondStatusColor, bidBondStatuses } from './status';

export const BID_BOND_PAGE_SIZE = 20;

interface BidBondListProps {
  role: 'CONTRACTOR' | 'BRANCH_STAFF' | 'OTHER';
}

/**
 * The 契約保証予約（入札ボンド） a user may see, newest first, with their state: a contractor's
 * own (the tab of 保証契約一覧), or those sent to a branch (its staff's page). Filtered by state,
 * paged by cursor; each row offers what the user may do with it.
 */
export function BidBondList({ role }: BidBondListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [status, setStatus] = useState<BidBondStatus | ''>('');
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const pages = useCursorPages();
  const { data, previousData, loading, error, refetch } = useQuery(BidBondsQueryDocument, {
    variables: { filter: status ? { status } : null, first: BID_BOND_PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.bidBonds;

  return (
    <section aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-end" mt="md" mb="sm" wrap="wrap">
        <Title order={2} id={headingId}>
          {t('bidBonds.tableHeading')}
        </Title>
        {role === 'CONTRACTOR' && (
          <Button component={Link} to="/bid-bonds/new">
            {t('bidBonds.apply')}
          </Button>
        )}
      </Group>
      <NativeSelect
        label={t('bidBonds.filter')}
        w="16rem"
        mb="md"
        value={status}
        onChange={(e) => {
          setStatus(e.currentTarget.value as BidBondStatus | '');
          pages.reset();
        }}
        data={[{ value: '', label: t('bidBonds.all') }, ...bidBondStatuses.map((s) => ({ value: s, label: t(`bidBonds.status.${s}`) }))]}
      />
      <Stack gap="xs" mb="sm">
        {done && (
          <Text role="status" fw={700} c="green.9">
            {done}
          </Text>
        )}
        {failure !== null && <ErrorAlert error={failure} title={t('bidBonds.failedTitle')} />}
      </Stack>
      {error && !connection && <ErrorAlert error={error} />}
      {!connection && loading && <LoadingState />}
      {connection && (
        <>
          {connection.edges.length === 0 ? (
            <Text>{t('bidBonds.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth="60rem">
              <Table withTableBorder striped verticalSpacing="sm" aria-labelledby={headingId}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('bidBonds.number')}</Table.Th>
                    <Table.Th scope="col">{t('bidBonds.ordererWork')}</Table.Th>
                    <Table.Th scope="col">{t('bidBonds.bidDate')}</Table.Th>
                    <Table.Th scope="col" style={{ textAlign: 'right' }}>
                      {t('bidBonds.expectedContractAmount')}
                    </Table.Th>
                    <Table.Th scope="col">{role === 'CONTRACTOR' ? t('bidBonds.branch') : t('bidBonds.contractor')}</Table.Th>
                    <Table.Th scope="col">{t('bidBonds.statusColumn')}</Table.Th>
                    <Table.Th scope="col">{t('bidBonds.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {connection.edges.map(({ node }) => {
                    const row = getFragmentData(BidBondRowFragment, node);
                    return (
                      <Table.Tr key={row.id}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.bidBondNumber ?? t('bidBonds.noNumber')}</Table.Td>
                        <Table.Td>
                          <Text size="sm">{row.orderer.name}</Text>
                          <Text>{row.workName}</Text>
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatEraDate(row.bidDate)}</Table.Td>
                        <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{formatYen(row.expectedContractAmount)}</Table.Td>
                        <Table.Td>{role === 'CONTRACTOR' ? row.destinationBranch.name : row.contractor.name}</Table.Td>
                        <Table.Td>
                          <Badge color={bidBondStatusColor[row.status]} variant="light" tt="none" size="lg" radius="sm">
                            {t(`bidBonds.status.${row.status}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          {row.status === 'CONVERTED' && row.application && role === 'CONTRACTOR' ? (
                            <Button component={Link} to={`/applications/${row.application.id}`} variant="subtle" size="compact-md">
                              {t('bidBonds.openApplication')}
                            </Button>
                          ) : (
                            <BidBondActions
                              bidBond={row}
                              role={role}
                              onDone={(message) => {
                                setFailure(null);
                                setDone(message);
                                void refetch();
                              }}
                              onFailed={(e) => {
                                setDone(null);
                                setFailure(e);
                                void refetch();
                              }}
                            />
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <ConnectionPager connection={connection} pages={pages} pageSize={BID_BOND_PAGE_SIZE} />
        </>
      )}
    </section>
  );
}
