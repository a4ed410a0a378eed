import { todayInJapan } from '@esurety/schema';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoutes } from '../../test/render';
import { SetFeeRatesForm, SetFeeRatesMutation } from './SetFeeRatesForm';

function renderForm(onSet = vi.fn(), ...mocks: object[]) {
  renderRoutes({
    path: '/fee-rates',
    routes: [{ path: '/fee-rates', element: <SetFeeRatesForm onSet={onSet} /> }],
    mocks: mocks as Parameters<typeof renderRoutes>[0]['mocks'],
  });
  return onSet;
}

const type = (name: string, value: string) => fireEvent.change(screen.getByRole('textbox', { name }), { target: { value } });

describe('SetFeeRatesForm', () => {
  it('names each field that is wrong before sending, with the shared rule for the bands', async () => {
    renderForm();
    type('区分1の上限（円、以下）', '');
    fireEvent.click(await screen.findByRole('button', { name: '設定' }));
    expect(await screen.findByText('上限を1円以上の整数で入力してください。')).toBeTruthy();
    expect(screen.getAllByText('料率を整数で入力してください。')).toHaveLength(2);
    expect(screen.getByText('最低保証料は0円以上の整数で入力してください。')).toBeTruthy();
  });

  it('sends the bands as integers, the last one open-ended, and says what was set', async () => {
    const today = todayInJapan();
    const onSet = renderForm(vi.fn(), {
      request: {
        query: SetFeeRatesMutation,
        variables: {
          input: {
            kind: 'CONTRACT',
            effectiveFrom: today,
            minimumFee: 5000,
            bands: [
              { upTo: 100_000_000, ratePerMillion: 3000 },
              { upTo: null, ratePerMillion: 2000 },
            ],
          },
        },
      },
      result: {
        data: {
          setFeeRates: {
            __typename: 'SetFeeRatesPayload',
            feeRate: { __typename: 'FeeRate', id: 'r1', kind: 'CONTRACT', effectiveFrom: today },
          },
        },
      },
    });
    fireEvent.change(await screen.findByRole('combobox', { name: /商品名/ }), { target: { value: 'CONTRACT' } });
    type('区分1の料率', '３０００');
    type('区分2の料率', '2000');
    type('最低保証料', '5,000');
    fireEvent.click(screen.getByRole('button', { name: '設定' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/^契約保証の料率表（令和\d+年\d+月\d+日から）を設定しました。$/);
    expect(onSet).toHaveBeenCalled();
  });
});
