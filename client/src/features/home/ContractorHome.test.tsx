import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../gql';
import { renderWithTheme } from '../../test/render';
import { ContractorDetailsFragment, ContractorHome } from './ContractorHome';

describe('ContractorHome', () => {
  it('shows the contractor as registered, row by row', () => {
    const contractor = makeFragmentData(
      {
        __typename: 'Contractor',
        id: 'c1',
        name: '〇〇建設株式会社',
        address: '長野県松本市丸の内3番7号',
        corporateNumber: '1234567890123',
        representative: '代表取締役 山田太郎',
      },
      ContractorDetailsFragment,
    );
    renderWithTheme(
      <MemoryRouter>
        <ContractorHome userName="山田 花子" contractor={contractor} />
      </MemoryRouter>,
    );

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('請負者のホーム');
    const table = screen.getByRole('table', { name: '登録情報' });
    const row = (label: string) => within(table).getByRole('row', { name: new RegExp(`^${label}`) });
    expect(within(row('商号又は名称')).getByRole('cell').textContent).toBe('〇〇建設株式会社');
    expect(within(row('所在地')).getByRole('cell').textContent).toBe('長野県松本市丸の内3番7号');
    expect(within(row('法人番号')).getByRole('cell').textContent).toBe('1234567890123');
    expect(within(row('代表者')).getByRole('cell').textContent).toBe('代表取締役 山田太郎');
    expect(screen.getByText('山田 花子 さん、ようこそ。')).toBeTruthy();
    expect(screen.getByRole('link', { name: '保証申込へ' }).getAttribute('href')).toBe('/applications');
  });
});
