import { formatEraDate, formatYen } from '@esurety/schema';
import { Alert, Button, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/graphql-errors';

interface ConflictNoticeProps {
  error: unknown;
  /** `extensions.current` of the CONFLICT: the state that won */
  current: Record<string, unknown>;
  reloading: boolean;
  onReload: () => void;
}

const str = (value: unknown) => (typeof value === 'string' ? value : null);

/**
 * 「他の担当者が先に…」: the server's message, the guarantee as it now stands, and a way to load
 * it into the form before trying again.
 */
export function ConflictNotice({ error, current, reloading, onReload }: ConflictNoticeProps) {
  const { t } = useTranslation();
  const items: [string, string][] = [];
  if (typeof current.amount === 'number') items.push([t('guarantee.terms.amount'), formatYen(current.amount)]);
  const deadline = str(current.deadline);
  if (deadline) items.push([t('guarantee.terms.deadline'), formatEraDate(deadline)]);
  const workName = str(current.workName);
  if (workName) items.push([t('guarantee.terms.workName'), workName]);
  const start = str(current.workStartDate);
  const end = str(current.workEndDate);
  if (start && end) {
    items.push([t('guarantee.summary.workPeriod'), t('certificate.period', { from: formatEraDate(start), to: formatEraDate(end) })]);
  }
  const status = str(current.status);
  if (status === 'ACTIVE' || status === 'REVOKED') items.push([t('guarantee.summary.status'), t(`guarantee.status.${status}`)]);

  return (
    <Alert color="orange" role="alert" title={errorMessage(error, t('guarantee.conflict.title'))}>
      {items.length > 0 && (
        <>
          <Text fw={700}>
            {typeof current.version === 'number'
              ? t('guarantee.conflict.current', { version: current.version })
              : t('guarantee.conflict.currentNoVersion')}
          </Text>
          <List mb="sm" size="sm">
            {items.map(([label, value]) => (
              <List.Item key={label}>
                {label}: {value}
              </List.Item>
            ))}
          </List>
        </>
      )}
      <Button variant="default" onClick={onReload} loading={reloading}>
        {t('guarantee.conflict.reload')}
      </Button>
    </Alert>
  );
}
