import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatEraTimestamp } from '../../ui/era-time';
import { MarkMailedButton } from './MarkMailedButton';

interface PaperCopyProps {
  id: string;
  statementNumber: string;
  paperWanted: boolean;
  mailedAt?: string | null;
  /** Branch staff may record the mailing. */
  canMark: boolean;
}

/** 保証料計算書(紙): not asked for / to be mailed (with the staff's button) / mailed on …. */
export function PaperCopyCell({ id, statementNumber, paperWanted, mailedAt, canMark }: PaperCopyProps) {
  const { t } = useTranslation();
  if (!paperWanted) return <Text size="sm">{t('fees.paper.notWanted')}</Text>;
  if (mailedAt) return <Text size="sm">{t('fees.paper.mailed', { at: formatEraTimestamp(mailedAt) })}</Text>;
  return (
    <Group gap="xs">
      <Text size="sm" fw={700}>
        {t('fees.paper.toBeMailed')}
      </Text>
      {canMark && <MarkMailedButton feeStatementId={id} statementNumber={statementNumber} />}
    </Group>
  );
}
