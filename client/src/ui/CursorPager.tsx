import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface CursorPagerProps {
  page: number;
  pageSize: number;
  totalCount: number;
  /** false: there are more than `totalCount` (a bounded count), so the number of pages is not known. */
  isExact?: boolean;
  hasNextPage: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/**
 * 「全Nページ(M件)中のPページ目を表示しています」 as Net Desk says it (「10,000件以上のうち…」 when
 * the count stopped at its bound), with previous and next.
 */
export function CursorPager({ page, pageSize, totalCount, isExact = true, hasNextPage, onPrevious, onNext }: CursorPagerProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(totalCount / pageSize));
  return (
    <Group justify="space-between" mt="sm" wrap="wrap">
      <Text role="status">
        {isExact
          ? t('cursorPager.summary', { pages, total: totalCount, page })
          : t('cursorPager.summaryAtLeast', { total: totalCount, page })}
      </Text>
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
