import { formatJstTimestamp, formatYen } from '@esurety/schema';
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { ApplicationStatusBadge } from './ApplicationStatusBadge';
import classes from './review.module.css';

export const ReviewQueueRowFragment = graphql(`
  fragment ReviewQueueRow on GuaranteeApplication {
    id
    status
    submittedAt
    workName
    contractor {
      id
      name
    }
    orderer {
      id
      name
    }
    advancePayment {
      id
      kind
      amount
    }
    contractGuarantee {
      id
      kind
      amount
    }
  }
`);

interface ReviewQueueTableProps {
  applications: FragmentType<typeof ReviewQueueRowFragment>[];
  labelledBy: string;
}

export const applicationPath = (id: string) => `/review/applications/${id}`;

/** The branch's applications, one row each; a row (or its 工事名 link) opens the application. */
export function ReviewQueueTable({ applications, labelledBy }: ReviewQueueTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const rows = applications.map((a) => getFragmentData(ReviewQueueRowFragment, a));
  if (rows.length === 0) return <Text py="md">{t('review.queue.empty')}</Text>;

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table withTableBorder highlightOnHover verticalSpacing="sm" aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('review.queue.submittedAt')}</Table.Th>
            <Table.Th scope="col">{t('review.queue.contractor')}</Table.Th>
            <Table.Th scope="col">{t('review.queue.workName')}</Table.Th>
            <Table.Th scope="col">{t('review.queue.ordererColumn')}</Table.Th>
            <Table.Th scope="col">{t('review.queue.kinds')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('review.queue.amount')}
            </Table.Th>
            <Table.Th scope="col">{t('review.queue.statusColumn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((a) => {
            const items = [a.advancePayment, a.contractGuarantee].filter((item) => item != null);
            return (
              <Table.Tr key={a.id} className={classes.clickableRow} onClick={() => void navigate(applicationPath(a.id))}>
                <Table.Td className={classes.noWrap}>{a.submittedAt ? formatJstTimestamp(a.submittedAt) : ''}</Table.Td>
                <Table.Td>{a.contractor.name}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={applicationPath(a.id)} onClick={(e) => e.stopPropagation()}>
                    {a.workName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{a.orderer?.name}</Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    {items.map((item) => (
                      <span key={item.id}>{t(`guarantee.kind.${item.kind}`)}</span>
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td ta="right">
                  <Stack gap={0}>
                    {items.map((item) => (
                      <span key={item.id} className={classes.noWrap}>
                        {item.amount != null ? formatYen(item.amount) : ''}
                      </span>
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <ApplicationStatusBadge status={a.status} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
