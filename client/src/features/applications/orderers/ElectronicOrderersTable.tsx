import { formatEraDate } from '@esurety/schema';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { ElectronicOrderersQueryDocument } from '../documents';
import { usePublicQuery } from '../../../app/public-graphql';

/** The orderers that accept electronic guarantees: since when, and for which works. */
export function ElectronicOrderersTable({ labelledBy }: { labelledBy: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = usePublicQuery(ElectronicOrderersQueryDocument);
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorAlert error={error} />;
  const orderers = data?.orderers.edges.map((edge) => edge.node) ?? [];
  if (orderers.length === 0) return <Text>{t('applications.electronicOrderers.none')}</Text>;
  return (
    <Table withTableBorder withColumnBorders verticalSpacing="sm" aria-labelledby={labelledBy}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
            {t('applications.electronicOrderers.name')}
          </Table.Th>
          <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
            {t('applications.electronicOrderers.from')}
          </Table.Th>
          <Table.Th scope="col">{t('applications.electronicOrderers.rule')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {orderers.map((o) => (
          <Table.Tr key={o.id}>
            <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
              {o.name}
            </Table.Th>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{o.electronicFrom ? formatEraDate(o.electronicFrom) : '－'}</Table.Td>
            <Table.Td>{o.electronicRuleDescription ?? (o.electronicRule ? t(`electronicRule.${o.electronicRule}`) : '－')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
