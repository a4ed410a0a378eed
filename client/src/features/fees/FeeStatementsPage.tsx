import { useQuery } from '@apollo/client/react';
import { formatEraDate, formatYen } from '@esurety/schema';
import { Anchor, Checkbox, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { PageHeading } from '../../ui/PageHeading';
import { PagedTableSection } from '../../ui/PagedTableSection';
import { useCursorPages } from '../../ui/use-cursor-pages';
import { CurrentUserQueryDocument } from '../session/current-user';
import { kindLabel, reasonLabel, settlementLabel } from './fee-labels';
import { PaperCopyCell } from './PaperCopyCell';

export const FEE_STATEMENT_PAGE_SIZE = 20;

export const FeeStatementsQuery = graphql(`
  query FeeStatements($filter: FeeStatementFilter, $first: Int!, $after: String) {
    feeStatements(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          statementNumber
          issuedOn
          reason
          kind
          contractNumber
          workName
          amount
          fee
          charge
          refund
          feeBillingParty
          paperWanted
          mailedAt
          pdfUrl
        }
      }
    }
  }
`);

/** 保証料計算書一覧: newest first; staff can narrow it to the paper copies still to be mailed. */
export function FeeStatementsPage() {
  const { t } = useTranslation();
  const { data: me } = useQuery(CurrentUserQueryDocument);
  const staff = me?.me?.role === 'BRANCH_STAFF';
  const [pendingOnly, setPendingOnly] = useState(false);
  const pages = useCursorPages();
  const { data, previousData, loading, error } = useQuery(FeeStatementsQuery, {
    variables: { filter: pendingOnly ? { mailingPending: true } : null, first: FEE_STATEMENT_PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.feeStatements;

  return (
    <>
      <PageHeading>{t('fees.list.title')}</PageHeading>
      <Text mb="md">{t(staff ? 'fees.list.leadStaff' : 'fees.list.lead')}</Text>
      {staff && (
        <Checkbox
          mb="md"
          label={t('fees.list.pendingOnly')}
          checked={pendingOnly}
          onChange={(e) => {
            pages.reset();
            setPendingOnly(e.currentTarget.checked);
          }}
        />
      )}
      <PagedTableSection
        heading={t('fees.list.tableHeading')}
        connection={connection}
        loading={loading}
        error={error}
        pages={pages}
        pageSize={FEE_STATEMENT_PAGE_SIZE}
      >
        {(statements, labelledBy) =>
          statements.length === 0 ? (
            <Text py="md">{t('fees.list.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={1000}>
              <Table withTableBorder verticalSpacing="sm" aria-labelledby={labelledBy}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('fees.field.statementNumber')}</Table.Th>
                    <Table.Th scope="col">{t('fees.field.issuedOn')}</Table.Th>
                    <Table.Th scope="col">{t('fees.field.product')}</Table.Th>
                    <Table.Th scope="col">{t('fees.field.workName')}</Table.Th>
                    <Table.Th scope="col">{t('fees.field.amount')}</Table.Th>
                    <Table.Th scope="col">{t('fees.field.fee')}</Table.Th>
                    <Table.Th scope="col">{t('fees.field.settlement')}</Table.Th>
                    <Table.Th scope="col">{t('fees.field.paper')}</Table.Th>
                    <Table.Th scope="col">{t('fees.field.pdf')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {statements.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/fee-statements/${s.id}`}>
                          {s.statementNumber}
                        </Anchor>
                        <Text size="xs">{reasonLabel(t, s.reason)}</Text>
                      </Table.Td>
                      <Table.Td>{formatEraDate(s.issuedOn)}</Table.Td>
                      <Table.Td>{kindLabel(t, s.kind)}</Table.Td>
                      <Table.Td>{s.workName}</Table.Td>
                      <Table.Td>{formatYen(s.amount)}</Table.Td>
                      <Table.Td>{formatYen(s.fee)}</Table.Td>
                      <Table.Td>{settlementLabel(t, s)}</Table.Td>
                      <Table.Td>
                        <PaperCopyCell
                          id={s.id}
                          statementNumber={s.statementNumber}
                          paperWanted={s.paperWanted}
                          mailedAt={s.mailedAt}
                          canMark={staff}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Anchor href={s.pdfUrl} download aria-label={t('fees.pdfFor', { number: s.statementNumber })}>
                          {t('fees.pdf')}
                        </Anchor>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </PagedTableSection>
    </>
  );
}
