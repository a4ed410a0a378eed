import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../gql';
import type { OrdererDetailsFragment as OrdererDetails } from '../../gql/graphql';
import { renderWithTheme } from '../../test/render';
import { OrdererDetailsFragment, OrdererHome } from './OrdererHome';

const odawara: OrdererDetails = {
  __typename: 'Orderer',
  id: 'o1',
  name: '小田原市',
  certificateTitle: '小田原市長',
  acceptsElectronic: true,
  electronicFrom: '2026-04-01',
  electronicRule: 'ANNOUNCED_OR_NOMINATED_FROM',
  electronicRuleDescription: '令和8年4月1日以降に公告又は指名する工事',
};

function renderOrderer(orderer: OrdererDetails) {
  renderWithTheme(
    <MemoryRouter>
      <OrdererHome userName="契約 担当" orderer={makeFragmentData(orderer, OrdererDetailsFragment)} />
    </MemoryRouter>,
  );
  return Object.fromEntries(
    within(screen.getByRole('table', { name: '登録情報' }))
      .getAllByRole('row')
      .map((row) => [within(row).getByRole('rowheader').textContent, within(row).getByRole('cell').textContent]),
  );
}

describe('OrdererHome', () => {
  it('shows since when, in the Japanese era, and under which rule it accepts electronic guarantees', () => {
    expect(renderOrderer(odawara)).toEqual({
      発注者名: '小田原市',
      証書の名義: '小田原市長',
      電子保証: '対応しています',
      電子保証の開始日: '令和8年4月1日',
      電子保証の対象となる工事: '令和8年4月1日以降に公告又は指名する工事',
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('発注者のホーム');
  });

  it('leads to the ledger of verified guarantees and to the verification service', () => {
    renderOrderer(odawara);
    expect(screen.getByRole('link', { name: '確認済み保証の台帳へ' }).getAttribute('href')).toBe('/ledger');
    expect(screen.getByRole('link', { name: '保証確認サービスへ' }).getAttribute('href')).toBe('/verify');
  });

  it('falls back to the rule’s label when the orderer wrote no wording', () => {
    const rows = renderOrderer({ ...odawara, electronicRule: 'WORKS_ALLOWED_BY_ORDERER', electronicRuleDescription: null });
    expect(rows['電子保証の対象となる工事']).toBe('発注者が電子保証の利用を認めた工事');
  });

  it('says so, and nothing more, when the orderer does not accept electronic guarantees', () => {
    const rows = renderOrderer({
      ...odawara,
      acceptsElectronic: false,
      electronicFrom: null,
      electronicRule: null,
      electronicRuleDescription: null,
    });
    expect(rows).toEqual({ 発注者名: '小田原市', 証書の名義: '小田原市長', 電子保証: '対応していません' });
  });
});
