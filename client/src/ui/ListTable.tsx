import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ListColumn {
  label: ReactNode;
  /** amounts and counts: aligned right */
  numeric?: boolean;
  className?: string;
}

interface ListTableProps<R> {
  /** the id of the heading that names the table */
  labelledBy: string;
  /** below this width (px) the table scrolls sideways instead of squeezing its columns */
  minWidth: number;
  columns: ListColumn[];
  rows: R[];
  /** one `<Table.Tr key=…>` per row */
  renderRow: (row: R) => ReactNode;
  /** said instead of an empty table */
  empty: string;
  withColumnBorders?: boolean;
}

/** A list as every list screen shows it: a bordered table with column headers, or a sentence when empty. */
export function ListTable<R>({ labelledBy, minWidth, columns, rows, renderRow, empty, withColumnBorders }: ListTableProps<R>) {
  if (rows.length === 0) return <Text py="md">{empty}</Text>;
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table withTableBorder withColumnBorders={withColumnBorders} verticalSpacing="sm" aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column, index) => (
              <Table.Th key={index} scope="col" ta={column.numeric ? 'right' : undefined} className={column.className}>
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{rows.map(renderRow)}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
