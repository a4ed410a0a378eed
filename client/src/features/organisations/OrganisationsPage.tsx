import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/PageHeading';
import { BranchesSection } from './BranchesSection';
import { GuarantorSection } from './GuarantorSection';
import { OrderersSection } from './OrderersSection';

/** 組織の管理: the guarantor, its branches, and the orderers' electronic guarantee rules. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('organisations.title')}</PageHeading>
      <Text mb="lg">{t('organisations.lead')}</Text>
      <GuarantorSection />
      <BranchesSection />
      <OrderersSection />
    </>
  );
}
