import { formatYen } from '@esurety/schema';
import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { OrdererViewFieldsFragment } from '../guarantees/OrdererViewSection';
import { ValidityBadge } from '../guarantees/ValidityBadge';
import classes from './ledger.module.css';
import { formatEraTimestamp } from '../../ui/era-time';
import { ListTable } from '../../ui/ListTable';

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

  return (
    <ListTable
      labelledBy={labelledBy}
      minWidth={960}
      withColumnBorders
      columns={[
        { label: t('ledger.contractNumber') },
        { label: t('ledger.kind') },
        { label: t('ledger.workName') },
        { label: t('ledger.contractor') },
        { label: t('ledger.amount'), numeric: true },
        { label: t('ledger.status') },
        { label: t('ledger.firstViewedAt') },
        { label: t('ledger.lastViewedAt') },
      ]}
      rows={rows}
      empty={t('ledger.empty')}
      renderRow={(g) => {
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
      }}
    />
  );
}
