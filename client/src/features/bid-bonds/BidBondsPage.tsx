import { useQuery } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/PageHeading';
import { CurrentUserQueryDocument } from '../session/current-user';
import { BidBondList } from './BidBondList';

/** /bid-bonds: branch staff's (and the administrator's) 契約保証予約, to issue those applied for. */
export function BidBondsPage() {
  const { t } = useTranslation();
  const me = useQuery(CurrentUserQueryDocument);
  const role = me.data?.me?.role === 'BRANCH_STAFF' ? 'BRANCH_STAFF' : 'OTHER';
  return (
    <>
      <PageHeading>{t('bidBonds.title')}</PageHeading>
      <Text mb="md">{t('bidBonds.staffLead')}</Text>
      <BidBondList role={role} />
    </>
  );
}
