import { formatYen } from '@esurety/schema';
import { Badge, Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import classes from './delivery.module.css';

export const DeliveryRowFragment = graphql(`
  fragment DeliveryRow on Guarantee {
    id
    kind
    certificateFormat
    contractNumber
    status
    validity
    workName
    contractor {
      id
      name
    }
    orderer {
      id
      certificateTitle
    }
    work {
      id
      contractAmount
    }
  }
`);

interface DeliveryTableProps {
  guarantees: FragmentType<typeof DeliveryRowFragment>[];
  /** No. of the first row (the list runs on across pages) */
  firstNumber: number;
  labelledBy: string;
  /** the list's own URL, for 一覧へ戻る on the detail page */
  listSearch: string;
  /** staff see whose guarantee each is (請負者) */
  showContractor?: boolean;
}

/** The flyer's columns: No., 保証種類, 保証契約番号, (for staff 請負者,) 発注者名 / 工事名, 請負金額, 詳細. */
export function DeliveryTable({ guarantees, firstNumber, labelledBy, listSearch, showContractor = false }: DeliveryTableProps) {
  const { t } = useTranslation();
  const rows = guarantees.map((g) => getFragmentData(DeliveryRowFragment, g));
  if (rows.length === 0) return <Text py="md">{t('delivery.list.empty')}</Text>;

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder withColumnBorders verticalSpacing="sm" aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('delivery.list.number')}</Table.Th>
            <Table.Th scope="col">{t('delivery.list.kindColumn')}</Table.Th>
            <Table.Th scope="col">{t('delivery.list.contractNumberColumn')}</Table.Th>
            {showContractor && <Table.Th scope="col">{t('delivery.list.contractorColumn')}</Table.Th>}
            <Table.Th scope="col">{t('delivery.list.ordererWork')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('delivery.list.contractAmount')}
            </Table.Th>
            <Table.Th scope="col">{t('delivery.list.detailColumn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((g, index) => (
            <Table.Tr key={g.id}>
              <Table.Td>{firstNumber + index}</Table.Td>
              <Table.Td className={classes.noWrap}>{t(`delivery.list.shortKind.${g.kind}`)}</Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <Text ff="monospace" span className={classes.noWrap}>
                    {g.contractNumber}
                  </Text>
                  {g.certificateFormat === 'PAPER' && (
                    <Badge variant="outline" color="gray" tt="none" radius="sm">
                      {t('delivery.list.paper')}
                    </Badge>
                  )}
                  {g.validity !== 'VALID' && (
                    <Badge variant="light" color={g.validity === 'REVOKED' ? 'red' : 'gray'} tt="none" radius="sm">
                      {t(`delivery.list.validities.${g.validity}`)}
                    </Badge>
                  )}
                </Stack>
              </Table.Td>
              {showContractor && <Table.Td>{g.contractor.name}</Table.Td>}
              <Table.Td>
                <span className={classes.line}>{g.orderer.certificateTitle}</span>
                <span className={classes.line}>{g.workName}</span>
              </Table.Td>
              <Table.Td ta="right" className={classes.noWrap}>
                {formatYen(g.work.contractAmount)}
              </Table.Td>
              <Table.Td>
                <Button component={Link} to={`/guarantees/${g.id}`} state={{ listSearch }} variant="default" size="compact-sm">
                  {t('delivery.list.detail')}
                  <VisuallyHidden>{t('delivery.list.detailLabel', { contractNumber: g.contractNumber })}</VisuallyHidden>
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
