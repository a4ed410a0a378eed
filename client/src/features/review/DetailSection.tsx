import { Title } from '@mantine/core';
import { useId } from 'react';
import { DetailTable, type DetailRow } from '../../ui/DetailTable';

interface DetailSectionProps {
  title: string;
  rows: DetailRow[];
  /** shown instead of the table when there is nothing to list */
  empty?: string;
}

/** A titled block of label/value rows, the table named by its heading. */
export function DetailSection({ title, rows, empty }: DetailSectionProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm" mt="lg">
        {title}
      </Title>
      {rows.length > 0 ? <DetailTable labelledBy={headingId} rows={rows} /> : <p>{empty}</p>}
    </section>
  );
}
