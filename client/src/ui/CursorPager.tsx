import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface CursorPagerProps {
  page: number;
  pageSize: number;
  totalCount: number;
  hasNextPage: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/** 「全Nページ(M件)中のPページ目を表示しています」 as Net Desk says it, with previous and next. */
export function CursorPager({ page, pageSize, totalCount, hasNextPage, onPrevious, onNext }: CursorPagerProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(totalCount / pageSize));
  return (
    <Group justify="space-between" mt="sm" wrap="wrap">
      <Text role="status">{t('cursorPager.summary', { pages, total: totalCount, page })}</Text>
      {(page > 1 || hasNextPage) && (
        <Group gap="xs" component="nav" aria-label={t('cursorPager.label')}>
          <Button variant="default" onClick={onPrevious} disabled={page <= 1}>
            {t('cursorPager.previous')}
          </Button>
          <Button variant="default" onClick={onNext} disabled={!hasNextPage}>
            {t('cursorPager.next')}
          </Button>
        </Group>
      )}
    </Group>
  );
}
