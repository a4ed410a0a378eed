import { CursorPager } from './CursorPager';
import type { useCursorPages } from './use-cursor-pages';

interface ConnectionPagerProps {
  /** The page shown: its connection's count and where the next page starts. */
  connection: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };
  pages: ReturnType<typeof useCursorPages>;
  pageSize: number;
}

/** The pager of a page of a connection: 「全Nページ(M件)中…」 with previous and next. */
export function ConnectionPager({ connection, pages, pageSize }: ConnectionPagerProps) {
  return (
    <CursorPager
      page={pages.page}
      pageSize={pageSize}
      totalCount={connection.totalCount}
      hasNextPage={connection.pageInfo.hasNextPage}
      onPrevious={pages.previous}
      onNext={() => pages.next(connection.pageInfo.endCursor)}
    />
  );
}
