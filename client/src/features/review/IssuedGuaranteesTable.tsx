import { formatYen } from '@esurety/schema';
import { Anchor, Table, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../../gql';

export const IssuedGuaranteeRowFragment = graphql(`
  fragment IssuedGuaranteeRow on Guarantee {
    id
    kind
    contractNumber
    certificateFormat
    amount
  }
`);

export const guaranteePath = (id: string) => `/guarantees/${id}`;

/** 発行した保証契約: each with its 保証契約番号, linked to the guarantee's page. */
export function IssuedGuaranteesTable({ guarantees }: { guarantees: FragmentType<typeof IssuedGuaranteeRowFragment>[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const rows = guarantees.map((g) => getFragmentData(IssuedGuaranteeRowFragment, g));
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm" mt="lg">
        {t('review.issued.heading')}
      </Title>
      <Table withTableBorder verticalSpacing="sm" aria-labelledby={headingId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('review.issued.kind')}</Table.Th>
            <Table.Th scope="col">{t('review.issued.contractNumber')}</Table.Th>
            <Table.Th scope="col">{t('review.issued.format')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('review.issued.amount')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((g) => (
            <Table.Tr key={g.id}>
              <Table.Td>{t(`guarantee.kind.${g.kind}`)}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={guaranteePath(g.id)} ff="monospace" fw={700}>
                  {g.contractNumber}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`guarantee.format.${g.certificateFormat}`)}</Table.Td>
              <Table.Td ta="right">{formatYen(g.amount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
