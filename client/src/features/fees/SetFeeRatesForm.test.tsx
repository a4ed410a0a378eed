import { formatEraDate, todayInJapan } from '@esurety/schema';
import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { typeDate } from '../../test/dates';
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

  it('sends the bands as integers, the last one open-ended, the date typed in 令和 as YYYY-MM-DD, and says what was set', async () => {
    const day = '2099-04-01';
    const onSet = renderForm(vi.fn(), {
      request: {
        query: SetFeeRatesMutation,
        variables: {
          input: {
            kind: 'CONTRACT',
            effectiveFrom: day,
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
            feeRate: { __typename: 'FeeRate', id: 'r1', kind: 'CONTRACT', effectiveFrom: day },
          },
        },
      },
    });
    fireEvent.change(await screen.findByRole('combobox', { name: /商品名/ }), { target: { value: 'CONTRACT' } });
    const effectiveFrom = screen.getByLabelText(/^適用開始日/) as HTMLInputElement;
    expect(effectiveFrom.value).toBe(formatEraDate(todayInJapan()));
    typeDate(effectiveFrom, '令和81年4月1日');
    type('区分1の料率', '３０００');
    type('区分2の料率', '2000');
    type('最低保証料', '5,000');
    fireEvent.click(screen.getByRole('button', { name: '設定' }));
    expect((await screen.findByRole('status')).textContent).toBe('契約保証の料率表（令和81年4月1日から）を設定しました。');
    expect(onSet).toHaveBeenCalled();
  });

  it('adds a band before the open-ended one, and shows the server’s message at the band it names', async () => {
    const message = '区分2の上限は区分1の上限より大きくしてください。';
    renderForm(vi.fn(), {
      request: {
        query: SetFeeRatesMutation,
        variables: {
          input: {
            kind: 'ADVANCE_PAYMENT',
            effectiveFrom: todayInJapan(),
            minimumFee: 0,
            bands: [
              { upTo: 100_000_000, ratePerMillion: 3000 },
              { upTo: 200_000_000, ratePerMillion: 2500 },
              { upTo: null, ratePerMillion: 2000 },
            ],
          },
        },
      },
      result: { errors: [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: 'input.bands.1.upTo' } })] },
    });
    fireEvent.click(await screen.findByRole('button', { name: '区分を追加' }));
    expect((screen.getByRole('textbox', { name: '区分3の上限（円、以下）' }) as HTMLInputElement).disabled).toBe(true);
    type('区分1の料率', '3000');
    type('区分2の上限（円、以下）', '200,000,000');
    type('区分2の料率', '2500');
    type('区分3の料率', '2000');
    type('最低保証料', '0');
    fireEvent.click(screen.getByRole('button', { name: '設定' }));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.getByRole('textbox', { name: '区分2の上限（円、以下）' }).getAttribute('aria-invalid')).toBe('true');
  });
});
