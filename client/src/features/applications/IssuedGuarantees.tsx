import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ApplicationDetailsFragment } from '../../gql/graphql';
import { yen } from './work-rows';

type Guarantees = ApplicationDetailsFragment['guarantees'];

/** The guarantees an issued application became, each with its 保証契約番号. */
export function IssuedGuarantees({ guarantees, labelledBy }: { guarantees: Guarantees; labelledBy: string }) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder withColumnBorders verticalSpacing="sm" aria-labelledby={labelledBy}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('applications.detail.contractNumber')}</Table.Th>
          <Table.Th scope="col">{t('applications.detail.kind')}</Table.Th>
          <Table.Th scope="col">{t('applications.guarantee.certificateFormat')}</Table.Th>
          <Table.Th scope="col">{t('applications.detail.amount')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {guarantees.map((g) => (
          <Table.Tr key={g.id}>
            <Table.Td ff="monospace">
              <Anchor component={Link} to={`/guarantees/${g.id}`}>
                {g.contractNumber}
              </Anchor>
            </Table.Td>
            <Table.Td>{t(`applications.kind.${g.kind}`)}</Table.Td>
            <Table.Td>{t(`applications.certificateFormat.${g.certificateFormat}`)}</Table.Td>
            <Table.Td>{yen(g.amount)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
