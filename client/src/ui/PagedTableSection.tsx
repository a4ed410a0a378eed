import { Title, type MantineSpacing } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { ConnectionPager, type ConnectionCount } from './ConnectionPager';
import { ErrorAlert } from './ErrorAlert';
import { LoadingState } from './LoadingState';
import type { useCursorPages } from './use-cursor-pages';

type PagedConnection<N> = ConnectionCount & {
  edges: { node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
};

interface PagedTableSectionProps<N> {
  heading: string;
  headingMt?: MantineSpacing;
  /** The page shown (the last one while the next loads). */
  connection: PagedConnection<N> | undefined;
  loading: boolean;
  error: unknown;
  pages: ReturnType<typeof useCursorPages>;
  pageSize: number;
  /** The table of this page's nodes, labelled by the section's heading. */
  children: (nodes: N[], labelledBy: string) => ReactNode;
}

/** A headed section with a page of a cursor connection: error, loading, the table and the pager. */
export function PagedTableSection<N>({
  heading,
  headingMt,
  connection,
  loading,
  error,
  pages,
  pageSize,
  children,
}: PagedTableSectionProps<N>) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} id={headingId} mb="sm" mt={headingMt}>
        {heading}
      </Title>
      {error ? <ErrorAlert error={error} /> : null}
      {!connection && loading && <LoadingState />}
      {connection && (
        <>
          {children(
            connection.edges.map((e) => e.node),
            headingId,
          )}
          <ConnectionPager connection={connection} pages={pages} pageSize={pageSize} />
        </>
      )}
    </section>
  );
}
