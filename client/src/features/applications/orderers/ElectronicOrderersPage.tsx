import { Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';
import { ElectronicOrderersTable } from './ElectronicOrderersTable';

/** /orderers/electronic: public, so that anyone can check an orderer before applying. */
export function ElectronicOrderersPage() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <>
      <PageHeading>{t('applications.electronicOrderers.title')}</PageHeading>
      <Text mb="md" id={headingId}>
        {t('applications.electronicOrderers.lead')}
      </Text>
      <ElectronicOrderersTable labelledBy={headingId} />
    </>
  );
}
