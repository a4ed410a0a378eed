import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../gql';
import { renderWithTheme } from '../../test/render';
import { BranchDetailsFragment, BranchHome } from './BranchHome';

describe('BranchHome', () => {
  it('shows the branch with its office code, telephone, fax and guarantor', () => {
    const branch = makeFragmentData(
      {
        __typename: 'Branch',
        id: 'b1',
        name: '長野支店',
        officeCode: '35075',
        address: '長野県長野市',
        tel: '026-226-7520',
        fax: '026-000-0000',
        guarantor: { __typename: 'Guarantor', id: 'g1', name: '東日本建設業保証株式会社' },
      },
      BranchDetailsFragment,
    );
    renderWithTheme(
      <MemoryRouter>
        <BranchHome userName="支店 太郎" branch={branch} />
      </MemoryRouter>,
    );

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('支店担当者のホーム');
    const cells = within(screen.getByRole('table', { name: '登録情報' }))
      .getAllByRole('row')
      .map((row) => [within(row).getByRole('rowheader').textContent, within(row).getByRole('cell').textContent]);
    expect(cells).toEqual([
      ['支店名', '長野支店'],
      ['店番', '35075'],
      ['所在地', '長野県長野市'],
      ['TEL', '026-226-7520'],
      ['FAX', '026-000-0000'],
      ['保証事業会社', '東日本建設業保証株式会社'],
    ]);
    expect(screen.getByRole('link', { name: '申込の審査へ' }).getAttribute('href')).toBe('/review');
  });
});
