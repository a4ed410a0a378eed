import { todayInJapan } from '@esurety/schema';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDate } from '../../test/dates';
import { renderRoutes } from '../../test/render';
import { ApplyBidBondPage, toBidBondFields } from './ApplyBidBondPage';
import { ApplyBidBondMutation, BidBondFormOptionsQueryDocument } from './documents';

const options = {
  request: { query: BidBondFormOptionsQueryDocument },
  result: {
    data: {
      orderers: {
        __typename: 'OrdererConnection',
        edges: [{ __typename: 'OrdererEdge', node: { __typename: 'Orderer', id: 'o1', name: '松本市' } }],
      },
      branches: [{ __typename: 'Branch', id: 'b1', name: '長野支店' }],
    },
  },
};

/** The reservation both tests send: the bid date as the API takes it. */
const apply = {
  query: ApplyBidBondMutation,
  variables: {
    input: {
      ordererId: 'o1',
      workName: '市道改良工事',
      bidDate: '2099-04-01',
      expectedContractAmount: 30_000_000,
      destinationBranchId: 'b1',
    },
  },
};

/** Fills the form as a contractor would, the bid date in the words given. */
async function fillForm(bidDate: string) {
  fireEvent.change(await screen.findByRole('combobox', { name: /発注者/ }), { target: { value: 'o1' } });
  fireEvent.change(screen.getByRole('textbox', { name: /工事名/ }), { target: { value: '市道改良工事' } });
  typeDate(screen.getByLabelText(/入札日/), bidDate);
  fireEvent.change(screen.getByRole('textbox', { name: /契約予定金額/ }), { target: { value: '３０，０００，０００' } });
  fireEvent.change(screen.getByRole('combobox', { name: /申込送信先/ }), { target: { value: 'b1' } });
}

const routes = [
  { path: '/bid-bonds/new', element: <ApplyBidBondPage /> },
  { path: '/guarantees', element: <p>list</p> },
];

describe('ApplyBidBondPage', { timeout: 30_000 }, () => {
  it('names every missing field before sending anything', async () => {
    renderRoutes({ path: '/bid-bonds/new', routes, mocks: [options] });
    fireEvent.click(await screen.findByRole('button', { name: '申し込む' }));
    for (const message of [
      '発注者を入力してください。',
      '工事名を入力してください。',
      '入札日を入力してください。',
      '契約予定金額を入力してください。',
    ]) {
      expect((await screen.findAllByText(message)).length).toBeGreaterThan(0);
    }
  });

  it('reads a bid date typed in 令和, refuses a past one, and sends a complete reservation with the date as YYYY-MM-DD', async () => {
    const history = renderRoutes({
      path: '/bid-bonds/new',
      routes,
      mocks: [
        options,
        {
          request: apply,
          result: { data: { applyBidBond: { __typename: 'ApplyBidBondPayload', bidBond: null } } },
        },
      ],
    });
    await fillForm('平成12年1月1日');
    const bidDate = screen.getByLabelText(/入札日/) as HTMLInputElement;
    fireEvent.click(screen.getByRole('button', { name: '申し込む' }));
    expect((await screen.findAllByText('入札日は今日以降の日付にしてください（過去の入札は予約できません）。')).length).toBeGreaterThan(0);

    typeDate(bidDate, 'R81.4.1');
    expect(bidDate.value).toBe('令和81年4月1日');
    expect(screen.queryByText('入札日は今日以降の日付にしてください（過去の入札は予約できません）。')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '申し込む' }));
    expect(await screen.findByText('list')).toBeTruthy();
    expect(history.location.search).toBe('?tab=bid-bonds');
  });

  it('asks before leaving a half-filled form, and stays or leaves as told', async () => {
    const history = renderRoutes({ path: '/bid-bonds/new', routes, mocks: [options] });
    const workName = (await screen.findByRole('textbox', { name: /工事名/ })) as HTMLInputElement;
    fireEvent.change(workName, { target: { value: '市道改良工事' } });
    history.push('/guarantees');
    const dialog = await screen.findByRole('dialog', { name: '保存していない変更があります' }, { timeout: 3000 });
    fireEvent.click(within(dialog).getByRole('button', { name: 'このページに留まる' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(history.location.pathname).toBe('/bid-bonds/new');
    expect(workName.value).toBe('市道改良工事');

    history.push('/guarantees');
    fireEvent.click(within(await screen.findByRole('dialog', {}, { timeout: 3000 })).getByRole('button', { name: '保存せずに離れる' }));
    expect(await screen.findByText('list')).toBeTruthy();
  });

  it('shows the server’s message at its field and in the summary', async () => {
    const message = '発注者は入札ボンドに対応していません。';
    renderRoutes({
      path: '/bid-bonds/new',
      routes,
      mocks: [
        options,
        {
          request: apply,
          result: { errors: [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: 'input.ordererId' } })] },
        },
      ],
    });
    await fillForm('2099-04-01');
    const orderer = screen.getByRole('combobox', { name: /発注者/ });
    fireEvent.click(screen.getByRole('button', { name: '申し込む' }));
    expect(await screen.findAllByText(message)).toHaveLength(2);
    expect(orderer.getAttribute('aria-invalid')).toBe('true');
  });

  it('reads amounts as typed and keeps non-amounts for the rule to name', () => {
    const base = { ordererId: 'o1', workName: ' 工事 ', bidDate: todayInJapan(), destinationBranchId: 'b1' };
    expect(toBidBondFields({ ...base, expectedContractAmount: '1,000円' })).toMatchObject({
      workName: '工事',
      expectedContractAmount: 1000,
    });
    expect(toBidBondFields({ ...base, expectedContractAmount: '' }).expectedContractAmount).toBeNull();
    expect(toBidBondFields({ ...base, expectedContractAmount: '0' }).expectedContractAmount).toBeNaN();
  });
});
