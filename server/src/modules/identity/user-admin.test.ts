import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../test/fixtures';
import { setPassword } from '../../test/guarantee-flow';
import { linkToken, recipient, startMailbox, type Mailbox } from '../../test/smtp';
import { ApiClient, errorCode, startTestServer, type TestServer, type GraphQLResponse } from '../../test/test-server';
import { Branch } from '../organisations/branch.entity';
import { Contractor } from '../organisations/contractor.entity';
import { Orderer } from '../organisations/orderer.entity';

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id email name role disabledAt organisation { __typename name } } } }`;
const DISABLE = `mutation($id: ID!) { disableUser(input: { userId: $id }) { user { id disabledAt } } }`;
const ENABLE = `mutation($id: ID!) { enableUser(input: { userId: $id }) { user { id disabledAt } } }`;
const CHANGE_ROLE = `mutation($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { user { id role organisation { __typename name } } } }`;
const ME = `{ me { email role organisation { name } } }`;
const USERS = `query($filter: UserFilter) { users(filter: $filter, first: 100) { totalCount edges { node { email disabledAt } } } }`;

describe('administering users', () => {
  let server: TestServer;
  let mailbox: Mailbox;
  let admin: ApiClient;
  let ids: { contractor: string; branch: string; orderer: string };
  beforeAll(async () => {
    server = await startTestServer();
    mailbox = await startMailbox(server);
    admin = await signedIn(server, 'admin@demo.esurety.jp');
    const em = server.orm.em.fork();
    ids = {
      contractor: (await em.findOneOrFail(Contractor, { name: '〇〇建設株式会社' })).id,
      branch: (await em.findOneOrFail(Branch, { name: '長野支店' })).id,
      orderer: (await em.findOneOrFail(Orderer, { name: '松本市' })).id,
    };
  });
  afterAll(async () => {
    await mailbox?.close();
    await server?.close();
  });

  async function invite(input: Record<string, unknown>): Promise<GraphQLResponse<any>> {
    return admin.gql<any>(INVITE, { input });
  }
  /** Invites, receives the invitation by SMTP, sets the password and signs in. */
  async function invitedAndSignedIn(email: string, role: string, organisationId: string | null) {
    const invited = await invite({ email, name: '招待 花子', role, organisationId });
    expect(invited.errors).toBeUndefined();
    await mailbox.deliver();
    const mail = mailbox.mails.filter((m) => recipient(m) === email).at(-1)!;
    expect((await setPassword(new ApiClient(server.url), linkToken(mail), 'invited user password')).errors).toBeUndefined();
    const client = new ApiClient(server.url);
    await client.login(email, 'invited user password');
    return { client, id: invited.data!.inviteUser.user.id as string };
  }

  it('invites a user by e-mail: the link comes through SMTP, sets the password, and the user signs in to the organisation', async () => {
    const invited = await invite({
      email: 'New.Staff@Example.co.jp',
      name: ' 支店 新人 ',
      role: 'BRANCH_STAFF',
      organisationId: ids.branch,
    });
    expect(invited.errors).toBeUndefined();
    expect(invited.data!.inviteUser.user).toMatchObject({
      email: 'new.staff@example.co.jp',
      name: '支店 新人',
      role: 'BRANCH_STAFF',
      disabledAt: null,
      organisation: { __typename: 'Branch', name: '長野支店' },
    });
    // Not yet able to sign in: no password.
    await expect(new ApiClient(server.url).login('new.staff@example.co.jp', 'esurety-demo')).rejects.toThrow();
    const mails = (await mailbox.deliver()).filter((m) => recipient(m) === 'new.staff@example.co.jp');
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('esurety へのご招待');
    expect(mails[0].text).toContain('支店 新人 様');
    const token = linkToken(mails[0]);
    expect((await setPassword(new ApiClient(server.url), token, 'my own staff password')).errors).toBeUndefined();
    const staff = new ApiClient(server.url);
    await staff.login('new.staff@example.co.jp', 'my own staff password');
    expect((await staff.gql(ME)).data).toEqual({
      me: { email: 'new.staff@example.co.jp', role: 'BRANCH_STAFF', organisation: { name: '長野支店' } },
    });
    // Once only.
    expect(errorCode(await setPassword(new ApiClient(server.url), token, 'another password here'))).toBe('BAD_USER_INPUT');
    // The address now has a password: inviting it again is a conflict.
    expect(errorCode(await invite({ email: 'new.staff@example.co.jp', name: 'x', role: 'BRANCH_STAFF', organisationId: ids.branch }))).toBe(
      'CONFLICT',
    );
  });

  it('invites again a user who has not set a password: a new link, and the first one stops working', async () => {
    const input = { email: 'twice@example.co.jp', name: '二度 招待', role: 'ORDERER', organisationId: ids.orderer };
    expect((await invite(input)).errors).toBeUndefined();
    expect((await invite(input)).errors).toBeUndefined();
    const mails = (await mailbox.deliver()).filter((m) => recipient(m) === 'twice@example.co.jp');
    expect(mails).toHaveLength(2);
    expect(errorCode(await setPassword(new ApiClient(server.url), linkToken(mails[0]), 'first link password'))).toBe('BAD_USER_INPUT');
    expect((await setPassword(new ApiClient(server.url), linkToken(mails[1]), 'second link password')).errors).toBeUndefined();
  });

  it('names the field of a bad invitation and creates nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ email: 'not-an-address', name: 'x', role: 'CONTRACTOR', organisationId: ids.contractor }, 'input.email'],
      [{ email: 'a@example.co.jp', name: '  ', role: 'CONTRACTOR', organisationId: ids.contractor }, 'input.name'],
      [{ email: 'a@example.co.jp', name: 'x', role: 'CONTRACTOR', organisationId: null }, 'input.organisationId'],
      [{ email: 'a@example.co.jp', name: 'x', role: 'CONTRACTOR', organisationId: ids.branch }, 'input.organisationId'],
      [{ email: 'a@example.co.jp', name: 'x', role: 'ADMIN', organisationId: ids.branch }, 'input.organisationId'],
    ];
    for (const [input, field] of cases) {
      const result = await invite(input);
      expect({ field, extensions: result.errors?.[0].extensions }).toEqual({ field, extensions: { code: 'BAD_USER_INPUT', field } });
    }
    const listed = await admin.gql<any>(USERS, { filter: { email: 'a@example.co.jp' } });
    expect(listed.data.users.totalCount).toBe(0);
  });

  it('disables a user: the open session ends at its next request, sign-in is refused, and enabling lets them in again', async () => {
    const { client, id } = await invitedAndSignedIn('to.disable@example.co.jp', 'CONTRACTOR', ids.contractor);
    expect((await client.gql<any>(ME)).data.me.email).toBe('to.disable@example.co.jp');
    const disabled = await admin.gql<any>(DISABLE, { id });
    expect(disabled.errors).toBeUndefined();
    expect(disabled.data.disableUser.user.disabledAt).not.toBeNull();
    expect((await client.gql(ME)).data).toEqual({ me: null });
    expect(errorCode(await client.gql(`{ works(first: 1) { totalCount } }`))).toBe('UNAUTHENTICATED');
    await expect(new ApiClient(server.url).login('to.disable@example.co.jp', 'invited user password')).rejects.toThrow(/正しくありません/);
    const listed = await admin.gql<any>(USERS, { filter: { disabled: true } });
    expect(listed.data.users.edges.map((e: any) => e.node.email)).toContain('to.disable@example.co.jp');

    expect((await admin.gql<any>(ENABLE, { id })).data.enableUser.user.disabledAt).toBeNull();
    await new ApiClient(server.url).login('to.disable@example.co.jp', 'invited user password');
  });

  it('changes a role within the organisations: the user is signed out and comes back with the new one', async () => {
    const { client, id } = await invitedAndSignedIn('mover@example.co.jp', 'CONTRACTOR', ids.contractor);
    const changed = await admin.gql<any>(CHANGE_ROLE, { input: { userId: id, role: 'ORDERER', organisationId: ids.orderer } });
    expect(changed.errors).toBeUndefined();
    expect(changed.data.changeUserRole.user).toEqual({ id, role: 'ORDERER', organisation: { __typename: 'Orderer', name: '松本市' } });
    expect((await client.gql(ME)).data).toEqual({ me: null });
    await client.login('mover@example.co.jp', 'invited user password');
    expect((await client.gql(ME)).data).toEqual({
      me: { email: 'mover@example.co.jp', role: 'ORDERER', organisation: { name: '松本市' } },
    });
    const wrongKind = await admin.gql<any>(CHANGE_ROLE, { input: { userId: id, role: 'BRANCH_STAFF', organisationId: ids.orderer } });
    expect(wrongKind.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.organisationId' });
  });

  it("refuses to disable or change the administrator's own account, and answers NOT_FOUND for an unknown user", async () => {
    const me = await admin.gql<any>(`{ users(filter: { email: "admin@demo" }) { edges { node { id } } } }`);
    const myId = me.data.users.edges[0].node.id;
    expect((await admin.gql<any>(DISABLE, { id: myId })).errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.userId' });
    expect(
      (await admin.gql<any>(CHANGE_ROLE, { input: { userId: myId, role: 'CONTRACTOR', organisationId: ids.contractor } })).errors?.[0]
        .extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'input.userId' });
    expect(errorCode(await admin.gql(DISABLE, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
  });
});
