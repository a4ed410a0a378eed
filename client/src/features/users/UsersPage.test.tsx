import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { testConnection } from '../../test/connection';
import { renderRoutes } from '../../test/render';
import { ChangeUserRoleMutation } from './ChangeRoleModal';
import { InviteOrganisationsQuery, InviteUserMutation } from './InviteUserForm';
import { DisableUserMutation, USERS_PAGE_SIZE, UsersPage, UsersQuery } from './UsersPage';

const nagano = { __typename: 'Branch', id: 'b1', name: '長野支店' };
const matsumotoCity = { __typename: 'Orderer', id: 'o1', name: '松本市' };

const staff = (overrides: object = {}) => ({
  __typename: 'User',
  id: 'u1',
  name: '長野 花子',
  email: 'nagano@demo.esurety.jp',
  role: 'BRANCH_STAFF',
  disabledAt: null,
  organisation: nagano,
  ...overrides,
});

const users = (nodes: object[], email: string | null = null) => ({
  request: { query: UsersQuery, variables: { filter: { role: null, email }, first: USERS_PAGE_SIZE, after: null } },
  result: { data: { users: testConnection('User', nodes) } },
});

const organisations = {
  request: { query: InviteOrganisationsQuery },
  result: {
    data: {
      branches: [{ ...nagano, officeCode: '0201' }],
      orderers: testConnection('Orderer', [matsumotoCity]),
      contractors: testConnection('Contractor', [{ __typename: 'Contractor', id: 'c1', name: '〇〇建設株式会社' }]),
    },
  },
};

const invite = (input: object, result: object) => ({ request: { query: InviteUserMutation, variables: { input } }, result });

function renderPage(...mocks: object[]) {
  return renderRoutes({
    path: '/admin/users',
    routes: [{ path: '/admin/users', element: <UsersPage /> }],
    mocks: mocks as Parameters<typeof renderRoutes>[0]['mocks'],
  });
}

const inviteForm = () => screen.getByRole('region', { name: '利用者の招待' });
const field = (name: string | RegExp) => within(inviteForm()).getByRole('textbox', { name });
const select = (scope: HTMLElement, name: string | RegExp) => within(scope).getByRole('combobox', { name });
const errorOf = (input: HTMLElement) => document.getElementById(input.getAttribute('aria-describedby')?.split(' ')[0] ?? '')?.textContent;

describe('UsersPage', () => {
  it('asks for what an invitation needs, then invites and starts over for the same organisation', async () => {
    renderPage(
      users([staff()]),
      organisations,
      invite(
        { email: 'new@demo.esurety.jp', name: '松本 一郎', role: 'ORDERER', organisationId: 'o1' },
        { data: { inviteUser: { __typename: 'InviteUserPayload', user: { __typename: 'User', id: 'u2', email: 'new@demo.esurety.jp' } } } },
      ),
      users([staff(), staff({ id: 'u2', name: '松本 一郎', email: 'new@demo.esurety.jp', role: 'ORDERER', organisation: matsumotoCity })]),
    );
    await screen.findByRole('table', { name: '利用者の一覧' });
    fireEvent.click(within(inviteForm()).getByRole('button', { name: '招待メールを送る' }));
    await waitFor(() => expect(errorOf(field(/メールアドレス/))).toBe('入力してください。'));
    expect(errorOf(field(/氏名/))).toBe('入力してください。');
    expect(errorOf(select(inviteForm(), /所属組織/))).toBe('入力してください。');

    fireEvent.change(field(/メールアドレス/), { target: { value: ' new@demo.esurety.jp ' } });
    fireEvent.change(field(/氏名/), { target: { value: '松本 一郎' } });
    fireEvent.change(select(inviteForm(), '役割'), { target: { value: 'ORDERER' } });
    await within(inviteForm()).findByRole('option', { name: '松本市' });
    fireEvent.change(select(inviteForm(), /所属組織/), { target: { value: 'o1' } });
    fireEvent.click(within(inviteForm()).getByRole('button', { name: '招待メールを送る' }));

    expect(await screen.findByText('new@demo.esurety.jp に招待メールを送りました。')).toBeTruthy();
    expect(field(/メールアドレス/)).toHaveProperty('value', '');
    expect(field(/氏名/)).toHaveProperty('value', '');
    expect(select(inviteForm(), '役割')).toHaveProperty('value', 'ORDERER');
    expect(select(inviteForm(), /所属組織/)).toHaveProperty('value', 'o1');
    expect(await screen.findByRole('cell', { name: '松本 一郎' })).toBeTruthy();
  });

  it("shows the server's objection at its field", async () => {
    renderPage(
      users([staff()]),
      organisations,
      invite(
        { email: 'nagano@demo.esurety.jp', name: '長野 花子', role: 'ADMIN', organisationId: null },
        {
          errors: [
            new GraphQLError('このメールアドレスは既に登録されています。', {
              extensions: { code: 'BAD_USER_INPUT', field: 'input.email' },
            }),
          ],
        },
      ),
    );
    await screen.findByRole('table', { name: '利用者の一覧' });
    fireEvent.change(select(inviteForm(), '役割'), { target: { value: 'ADMIN' } });
    expect(within(inviteForm()).queryByRole('combobox', { name: /所属組織/ })).toBeNull();
    fireEvent.change(field(/メールアドレス/), { target: { value: 'nagano@demo.esurety.jp' } });
    fireEvent.change(field(/氏名/), { target: { value: '長野 花子' } });
    fireEvent.click(within(inviteForm()).getByRole('button', { name: '招待メールを送る' }));
    await waitFor(() => expect(errorOf(field(/メールアドレス/))).toBe('このメールアドレスは既に登録されています。'));
    expect(within(inviteForm()).queryByRole('alert')).toBeNull();
  });

  it('searches by e-mail address', async () => {
    const history = renderPage(users([staff()]), organisations, users([staff()], 'nagano'));
    await screen.findByRole('table', { name: '利用者の一覧' });
    fireEvent.change(screen.getByRole('textbox', { name: 'メールアドレス（部分一致）' }), { target: { value: ' nagano ' } });
    fireEvent.click(screen.getByRole('button', { name: '検索' }));
    await waitFor(() => expect(history.location.search).toBe('?email=nagano'));
    expect(await screen.findByRole('cell', { name: '長野 花子' })).toBeTruthy();
  });

  it('disables a user after a confirmation, and says so in the dialog when it fails', async () => {
    const disable = { request: { query: DisableUserMutation, variables: { input: { userId: 'u1' } } } };
    renderPage(
      users([staff()]),
      organisations,
      { ...disable, result: { errors: [new GraphQLError('通信できませんでした。')] } },
      {
        ...disable,
        result: {
          data: {
            disableUser: {
              __typename: 'DisableUserPayload',
              user: { __typename: 'User', id: 'u1', disabledAt: '2026-04-08T00:00:00.000Z' },
            },
          },
        },
      },
    );
    const table = await screen.findByRole('table', { name: '利用者の一覧' });
    fireEvent.click(within(table).getByRole('button', { name: '長野 花子 を無効にする' }));
    const dialog = await screen.findByRole('dialog', { name: '利用者を無効にする' });
    expect(dialog.textContent).toContain('長野 花子（nagano@demo.esurety.jp）を無効にします。');
    fireEvent.click(within(dialog).getByRole('button', { name: '無効にする' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('操作できませんでした');

    fireEvent.click(within(dialog).getByRole('button', { name: '無効にする' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(table).getByRole('cell', { name: '無効' })).toBeTruthy();
    expect(within(table).getByRole('button', { name: '長野 花子 を有効にする' })).toBeTruthy();
  });

  it("changes a user's role, starting from the present one", async () => {
    renderPage(users([staff()]), organisations, {
      request: { query: ChangeUserRoleMutation, variables: { input: { userId: 'u1', role: 'ORDERER', organisationId: 'o1' } } },
      result: {
        data: {
          changeUserRole: {
            __typename: 'ChangeUserRolePayload',
            user: { __typename: 'User', id: 'u1', role: 'ORDERER', organisation: matsumotoCity },
          },
        },
      },
    });
    const table = await screen.findByRole('table', { name: '利用者の一覧' });
    fireEvent.click(within(table).getByRole('button', { name: '長野 花子 の役割を変更する' }));
    const dialog = await screen.findByRole('dialog', { name: '役割と所属の変更' });
    expect(select(dialog, '役割')).toHaveProperty('value', 'BRANCH_STAFF');
    expect(select(dialog, /所属組織/)).toHaveProperty('value', 'b1');

    fireEvent.change(select(dialog, '役割'), { target: { value: 'ORDERER' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '変更する' }));
    await waitFor(() => expect(errorOf(select(dialog, /所属組織/))).toBe('入力してください。'));
    await within(dialog).findByRole('option', { name: '松本市' });
    fireEvent.change(select(dialog, /所属組織/), { target: { value: 'o1' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '変更する' }));
    expect(await screen.findByText('長野 花子 の役割を変更しました。')).toBeTruthy();
    expect(within(table).getByRole('cell', { name: '発注者' })).toBeTruthy();
  });
});
