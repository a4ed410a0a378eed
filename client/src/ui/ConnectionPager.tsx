import { CursorPager } from './CursorPager';
import type { useCursorPages } from './use-cursor-pages';

/**
 * How many a connection holds, as its query asked: the exact `totalCount`, or `boundedCount`
 * (counted up to 10,000: what the large lists ask, see docs/api.md).
 */
export type ConnectionCount = { totalCount: number } | { boundedCount: { count: number; isExact: boolean } };

/** The count of a connection as the pager shows it: `isExact` false means more than `count`. */
export function countOf(connection: ConnectionCount): { count: number; isExact: boolean } {
  return 'boundedCount' in connection ? connection.boundedCount : { count: connection.totalCount, isExact: true };
}

interface ConnectionPagerProps {
  /** The page shown: its connection's count and where the next page starts. */
  connection: ConnectionCount & { pageInfo: { hasNextPage: boolean; endCursor?: string | null } };
  pages: ReturnType<typeof useCursorPages>;
  pageSize: number;
}

/** The pager of a page of a connection: 「全Nページ(M件)中…」 with previous and next. */
export function ConnectionPager({ connection, pages, pageSize }: ConnectionPagerProps) {
  const { count, isExact } = countOf(connection);
  return (
    <CursorPager
      page={pages.page}
      pageSize={pageSize}
      totalCount={count}
      isExact={isExact}
      hasNextPage={connection.pageInfo.hasNextPage}
      onPrevious={pages.previous}
      onNext={() => pages.next(connection.pageInfo.endCursor)}
    />
  );
}
