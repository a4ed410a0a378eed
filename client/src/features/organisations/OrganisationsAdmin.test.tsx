import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { AdminBranchesQuery, BranchesSection } from './BranchesSection';
import { UpdateBranchMutation } from './BranchEditModal';
import { CreateOrdererMutation, UpdateOrdererMutation } from './OrdererDetailsModal';
import { AdminOrderersQuery, OrderersSection } from './OrderersSection';

type Mocks = Parameters<typeof renderRoutes>[0]['mocks'];

function orderer(id: string, name: string, certificateTitle: string) {
  return {
    __typename: 'Orderer' as const,
    id,
    name,
    certificateTitle,
    acceptsElectronic: false,
    electronicFrom: null,
    electronicRule: null,
    electronicRuleDescription: null,
  };
}

const orderers = (...nodes: ReturnType<typeof orderer>[]) => ({
  request: { query: AdminOrderersQuery },
  result: { data: { orderers: { __typename: 'OrdererConnection', edges: nodes.map((node) => ({ __typename: 'OrdererEdge', node })) } } },
});

function renderSection(element: React.ReactElement, mocks: Mocks) {
  renderRoutes({ path: '/admin/organisations', routes: [{ path: '/admin/organisations', element }], mocks });
}

const type = (name: RegExp, value: string) => fireEvent.change(screen.getByRole('textbox', { name }), { target: { value } });

describe('the orderers on the organisations page', () => {
  it('adds an orderer: names the empty fields, shows the server’s message at the name, then lists the new one', async () => {
    const input = { name: '松本市', certificateTitle: '松本市長' };
    renderSection(<OrderersSection />, [
      orderers(orderer('o2', '小田原市', '小田原市長')),
      {
        request: { query: CreateOrdererMutation, variables: { input } },
        result: {
          errors: [
            new GraphQLError('発注者「松本市」は既に登録されています。', { extensions: { code: 'BAD_USER_INPUT', field: 'input.name' } }),
          ],
        },
      },
      {
        request: { query: CreateOrdererMutation, variables: { input } },
        result: { data: { createOrderer: { __typename: 'CreateOrdererPayload', orderer: { __typename: 'Orderer', id: 'o1', ...input } } } },
      },
      orderers(orderer('o2', '小田原市', '小田原市長'), orderer('o1', '松本市', '松本市長')),
    ]);
    expect(await screen.findByRole('cell', { name: '小田原市長' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '発注者を登録' }));
    const dialog = await screen.findByRole('dialog', { name: '発注者を登録' });
    fireEvent.click(within(dialog).getByRole('button', { name: '発注者を登録する' }));
    expect(within(dialog).getAllByText('入力してください。')).toHaveLength(2);

    type(/^発注者/, '松本市');
    type(/^宛名/, '松本市長');
    fireEvent.click(within(dialog).getByRole('button', { name: '発注者を登録する' }));
    expect(await within(dialog).findByText('発注者「松本市」は既に登録されています。')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /^発注者/ }).getAttribute('aria-invalid')).toBe('true');

    fireEvent.click(within(dialog).getByRole('button', { name: '発注者を登録する' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      '松本市 を登録しました。電子保証の条件は「条件を変更」から設定してください。',
    );
    expect(await screen.findByRole('cell', { name: '松本市長' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('changes an orderer’s name and 宛名 in place', async () => {
    const input = { ordererId: 'o1', name: '松本市', certificateTitle: '松本市長　臥雲義尚' };
    renderSection(<OrderersSection />, [
      orderers(orderer('o1', '松本市', '松本市長')),
      {
        request: { query: UpdateOrdererMutation, variables: { input } },
        result: {
          data: {
            updateOrderer: {
              __typename: 'UpdateOrdererPayload',
              orderer: { __typename: 'Orderer', id: 'o1', name: '松本市', certificateTitle: input.certificateTitle },
            },
          },
        },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: '松本市 の名前・宛名を変更する' }));
    const dialog = await screen.findByRole('dialog', { name: '松本市 の名前・宛名' });
    expect((screen.getByRole('textbox', { name: /^宛名/ }) as HTMLInputElement).value).toBe('松本市長');
    type(/^宛名/, input.certificateTitle);
    fireEvent.click(within(dialog).getByRole('button', { name: '保存する' }));
    expect((await screen.findByRole('status')).textContent).toBe('松本市 の名前・宛名を保存しました。');
    expect(await screen.findByRole('cell', { name: input.certificateTitle })).toBeTruthy();
  });
});

describe('the branches on the organisations page', () => {
  it('changes a branch’s details but never its office code, and shows a refused field at the field', async () => {
    const branch = {
      __typename: 'Branch' as const,
      id: 'b1',
      officeCode: '21075',
      name: '長野支店',
      address: '長野県長野市中御所1丁目',
      tel: '026-226-7520',
      fax: '026-226-7521',
      email: 'nagano@example.jp',
    };
    const input = {
      branchId: 'b1',
      officeCode: '21075',
      name: '長野支店',
      address: branch.address,
      tel: '026-226-7599',
      fax: branch.fax,
      email: branch.email,
    };
    renderSection(<BranchesSection />, [
      { request: { query: AdminBranchesQuery }, result: { data: { branches: [branch] } } },
      {
        request: { query: UpdateBranchMutation, variables: { input: { ...input, tel: 'abc' } } },
        result: {
          errors: [
            new GraphQLError('電話番号は 026-226-7520 のように入力してください。', {
              extensions: { code: 'BAD_USER_INPUT', field: 'input.tel' },
            }),
          ],
        },
      },
      {
        request: { query: UpdateBranchMutation, variables: { input } },
        result: { data: { updateBranch: { __typename: 'UpdateBranchPayload', branch: { ...branch, tel: '026-226-7599' } } } },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: '長野支店 の登録内容を変更する' }));
    const dialog = await screen.findByRole('dialog', { name: '長野支店 の登録内容' });
    const officeCode = within(dialog).getByRole('textbox', { name: '店番' }) as HTMLInputElement;
    expect(officeCode.value).toBe('21075');
    expect(officeCode.readOnly).toBe(true);

    fireEvent.change(within(dialog).getByRole('textbox', { name: /^TEL/ }), { target: { value: 'abc' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存する' }));
    expect(await within(dialog).findByText('電話番号は 026-226-7520 のように入力してください。')).toBeTruthy();

    fireEvent.change(within(dialog).getByRole('textbox', { name: /^TEL/ }), { target: { value: '026-226-7599' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存する' }));
    expect((await screen.findByRole('status')).textContent).toBe('長野支店 の登録内容を保存しました。');
    expect(await screen.findByRole('cell', { name: '026-226-7599' })).toBeTruthy();
  });
});
