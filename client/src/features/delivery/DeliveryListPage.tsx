import { useQuery } from '@apollo/client/react';
import { Button, Group, Tabs, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { graphql } from '../../gql';
import { ConnectionPager } from '../../ui/ConnectionPager';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { fieldErrors } from '../../ui/field-errors';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeading } from '../../ui/PageHeading';
import { BidBondList } from '../bid-bonds/BidBondList';
import { useCursorPages } from '../../ui/use-cursor-pages';
import { ContractNumberSearch } from './ContractNumberSearch';
import { DeliverySearchForm } from './DeliverySearchForm';
import { DeliveryTable } from './DeliveryTable';
import {
  deliveryTabs,
  guaranteesCsvUrl,
  readDeliverySearch,
  toGuaranteeFilter,
  writeDeliverySearch,
  type DeliverySearch,
  type DeliveryTab,
} from './delivery-search';

export const DELIVERY_PAGE_SIZE = 20;

export const DeliveryGuaranteesQuery = graphql(`
  query DeliveryGuarantees($filter: GuaranteeFilter, $first: Int!, $after: String) {
    guarantees(filter: $filter, first: $first, after: $after) {
      boundedCount {
        count
        isExact
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...DeliveryRow
        }
      }
    }
  }
`);

const APPLICATIONS_TAB = 'applications';

interface DeliveryListPageProps {
  /** Branch staff (and the administrator): the branch's guarantees, with their contractors, and no 保証申込 tab. */
  staff?: boolean;
}

/**
 * ①保証契約一覧: the contractor's guarantees (or, for staff, the branch's), searched, in tabs,
 * paged as Net Desk pages them, and downloadable as CSV as searched.
 */
export function DeliveryListPage({ staff = false }: DeliveryListPageProps) {
  const [params, setParams] = useSearchParams();
  const search = readDeliverySearch(params);
  const key = writeDeliverySearch(search).toString();
  // A new search starts again from the first page, with the forms showing what was searched.
  return <DeliveryList key={key} search={search} staff={staff} onSearch={(next) => setParams(writeDeliverySearch(next))} />;
}

interface DeliveryListProps {
  search: DeliverySearch;
  staff: boolean;
  onSearch: (search: DeliverySearch) => void;
}

function DeliveryList({ search, staff, onSearch }: DeliveryListProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const headingId = useId();
  const pages = useCursorPages();
  const { data, previousData, loading, error } = useQuery(DeliveryGuaranteesQuery, {
    variables: { filter: toGuaranteeFilter(search), first: DELIVERY_PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
    skip: search.tab === 'BID_BONDS',
  });
  const bidBonds = search.tab === 'BID_BONDS';
  // Staff have their own 契約保証予約 page (/bid-bonds); the tab is the contractor's.
  const tabs = staff ? deliveryTabs.filter((tab) => tab !== 'BID_BONDS') : deliveryTabs;
  const connection = (data ?? previousData)?.guarantees;
  const numberError = fieldErrors(error)['filter.contractNumber'];
  const listSearch = `?${writeDeliverySearch(search).toString()}`;

  function changeTab(value: string | null) {
    if (value === APPLICATIONS_TAB) void navigate('/applications');
    else if ((deliveryTabs as readonly string[]).includes(value ?? '')) onSearch({ ...search, tab: value as DeliveryTab });
  }

  const results = (
    <section aria-labelledby={headingId}>
      <Title order={2} id={headingId} mb="sm" mt="md">
        {t('delivery.list.tableHeading')}
      </Title>
      {search.contractNumber && (
        <Group gap="sm" mb="sm">
          <Text>{t('delivery.list.pinpointResult', { contractNumber: search.contractNumber })}</Text>
          <Button variant="subtle" size="compact-sm" onClick={() => onSearch({ ...search, contractNumber: null })}>
            {t('delivery.list.showAll')}
          </Button>
        </Group>
      )}
      {error && !numberError && <ErrorAlert error={error} />}
      {!connection && loading && <LoadingState />}
      {connection && !numberError && (
        <>
          {connection.boundedCount.count > 0 && (
            <Group justify="flex-end" mb="sm">
              {connection.boundedCount.isExact ? (
                <Button component="a" href={guaranteesCsvUrl(search)} download variant="default">
                  {t('delivery.list.csv', { count: connection.boundedCount.count })}
                </Button>
              ) : (
                // More than the count's bound, which is also the CSV's limit (server: CSV_ROW_LIMIT).
                <Text size="sm">{t('delivery.list.csvTooMany', { limit: connection.boundedCount.count })}</Text>
              )}
            </Group>
          )}
          <DeliveryTable
            guarantees={connection.edges.map((e) => e.node)}
            firstNumber={(pages.page - 1) * DELIVERY_PAGE_SIZE + 1}
            labelledBy={headingId}
            listSearch={listSearch}
            showContractor={staff}
          />
          <ConnectionPager connection={connection} pages={pages} pageSize={DELIVERY_PAGE_SIZE} />
        </>
      )}
    </section>
  );

  return (
    <>
      <PageHeading>{t('delivery.list.title')}</PageHeading>
      <Text mb="md">{t(staff ? 'delivery.list.staffLead' : 'delivery.list.lead')}</Text>
      {/* The searches are the guarantees' (契約保証予約 is the last tab's, with its own filter). */}
      {!bidBonds && (
        <>
          <DeliverySearchForm
            conditions={search.conditions}
            showContractor={staff}
            onSearch={(conditions) => onSearch({ ...search, conditions, contractNumber: null })}
          />
          <ContractNumberSearch
            contractNumber={search.contractNumber}
            serverError={numberError}
            onSearch={(contractNumber) => onSearch({ ...search, contractNumber })}
          />
        </>
      )}
      <Tabs value={search.tab} onChange={changeTab} keepMounted={false}>
        <Tabs.List aria-label={t('delivery.list.tabsLabel')}>
          {!staff && <Tabs.Tab value={APPLICATIONS_TAB}>{t('delivery.list.tabs.applications')}</Tabs.Tab>}
          {tabs.map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {t(`delivery.list.tabs.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={APPLICATIONS_TAB}>
          <Button component={Link} to="/applications" variant="subtle" mt="md">
            {t('delivery.list.tabs.applications')}
          </Button>
        </Tabs.Panel>
        {tabs.map((tab) => (
          <Tabs.Panel key={tab} value={tab}>
            {tab === search.tab && (tab === 'BID_BONDS' ? <BidBondList role="CONTRACTOR" /> : results)}
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
