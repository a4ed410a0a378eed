import { Box, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailTable } from '../../../ui/DetailTable';
import { workRows } from '../work-rows';
import { asksElectronicAllowed, type WorkOption } from './form-model';

/** The chosen work as registered: what the guarantee will name. */
export function WorkDetails({ work }: { work: WorkOption }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Box p="sm">
      <Title order={3} size="h5" id={headingId} mb="xs">
        {t('applications.work.chosenHeading')}
      </Title>
      <DetailTable
        labelledBy={headingId}
        rows={workRows(
          {
            ...work,
            ordererName: work.orderer.name,
            electronicAllowedByOrderer: asksElectronicAllowed(work.orderer) ? work.electronicAllowedByOrderer : null,
          },
          t,
        )}
      />
    </Box>
  );
}
