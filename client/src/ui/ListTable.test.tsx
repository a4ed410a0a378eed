import { Table } from '@mantine/core';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithTheme } from '../test/render';
import { ListTable } from './ListTable';

const columns = [{ label: '工事名' }, { label: '保証金額', numeric: true }];
const rows = [
  { id: 'g1', name: '●●●●工事', amount: '20,000,000円' },
  { id: 'g2', name: '道路改良工事', amount: '5,000,000円' },
];

function List({ of }: { of: typeof rows }) {
  return (
    <>
      <h2 id="heading">保証契約の一覧</h2>
      <ListTable
        labelledBy="heading"
        minWidth={600}
        columns={columns}
        rows={of}
        empty="該当する保証契約はありません。"
        renderRow={(row) => (
          <Table.Tr key={row.id}>
            <Table.Td>{row.name}</Table.Td>
            <Table.Td ta="right">{row.amount}</Table.Td>
          </Table.Tr>
        )}
      />
    </>
  );
}

describe('ListTable', () => {
  it('names the table by its heading, with a column header for each column and a row for each row', () => {
    renderWithTheme(<List of={rows} />);
    const table = screen.getByRole('table', { name: '保証契約の一覧' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((th) => th.textContent)).toEqual(['工事名', '保証金額']);
    expect(headers.map((th) => th.getAttribute('scope'))).toEqual(['col', 'col']);
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((tr) => tr.textContent),
    ).toEqual(['●●●●工事20,000,000円', '道路改良工事5,000,000円']);
  });

  it('says so instead of showing an empty table', () => {
    renderWithTheme(<List of={[]} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('該当する保証契約はありません。')).toBeTruthy();
  });
});
