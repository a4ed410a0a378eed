import { formatYen } from '@esurety/schema';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { OrdererViewFieldsFragment } from '../guarantees/OrdererViewSection';
import { ValidityBadge } from '../guarantees/ValidityBadge';
import classes from './ledger.module.css';
import { formatEraTimestamp } from '../../ui/era-time';

export const LedgerRowFragment = graphql(`
  fragment LedgerRow on Guarantee {
    id
    contractNumber
    kind
    workName
    amount
    validity
    revokedAt
    contractor {
      id
      name
    }
    ordererView {
      id
      ...OrdererViewFields
    }
  }
`);

interface LedgerTableProps {
  guarantees: FragmentType<typeof LedgerRowFragment>[];
  labelledBy: string;
}

/** The ledger's columns: number (to the detail), kind, works, contractor, amount, state, first and last view. */
export function LedgerTable({ guarantees, labelledBy }: LedgerTableProps) {
  const { t } = useTranslation();
  const rows = guarantees.map((g) => getFragmentData(LedgerRowFragment, g));
  if (rows.length === 0) return <Text py="md">{t('ledger.empty')}</Text>;

  return (
    <Table.ScrollContainer minWidth={960}>
      <Table withTableBorder withColumnBorders verticalSpacing="sm" aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ledger.contractNumber')}</Table.Th>
            <Table.Th scope="col">{t('ledger.kind')}</Table.Th>
            <Table.Th scope="col">{t('ledger.workName')}</Table.Th>
            <Table.Th scope="col">{t('ledger.contractor')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('ledger.amount')}
            </Table.Th>
            <Table.Th scope="col">{t('ledger.status')}</Table.Th>
            <Table.Th scope="col">{t('ledger.firstViewedAt')}</Table.Th>
            <Table.Th scope="col">{t('ledger.lastViewedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((g) => {
            const view = getFragmentData(OrdererViewFieldsFragment, g.ordererView);
            return (
              <Table.Tr key={g.id}>
                <Table.Th scope="row" fw="normal">
                  <Anchor component={Link} to={`/ledger/${g.id}`} ff="monospace" className={classes.noWrap}>
                    {g.contractNumber}
                  </Anchor>
                </Table.Th>
                <Table.Td>{t(`guarantee.kind.${g.kind}`)}</Table.Td>
                <Table.Td>{g.workName}</Table.Td>
                <Table.Td>{g.contractor.name}</Table.Td>
                <Table.Td ta="right" className={classes.noWrap}>
                  {formatYen(g.amount)}
                </Table.Td>
                <Table.Td>
                  <ValidityBadge validity={g.validity} revokedAt={g.revokedAt} size="md" />
                </Table.Td>
                <Table.Td className={classes.noWrap}>{view ? formatEraTimestamp(view.firstViewedAt) : ''}</Table.Td>
                <Table.Td className={classes.noWrap}>{view ? formatEraTimestamp(view.lastViewedAt) : ''}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
