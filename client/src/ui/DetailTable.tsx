import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './DetailTable.module.css';

export interface DetailRow {
  label: string;
  value: ReactNode;
}

interface DetailTableProps {
  rows: DetailRow[];
  /** id of the heading that names the table */
  labelledBy: string;
}

/** Label/value pairs laid out as the Net Desk screens do: a header column on the left. */
export function DetailTable({ rows, labelledBy }: DetailTableProps) {
  return (
    <Table withTableBorder withColumnBorders verticalSpacing="sm" horizontalSpacing="md" aria-labelledby={labelledBy}>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.label}>
            <Table.Th scope="row" className={classes.label}>
              {row.label}
            </Table.Th>
            <Table.Td>{row.value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
