import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecretToken } from './session-token';
import { wrap } from '@mikro-orm/core';
import { Session } from './session.entity';
import { findSession } from './session-lookup';
import { User } from './user.entity';
import { ApiClient, errorCode, freshDatabase, startTestServer, type TestServer } from '../../test/test-server';

const ME = `{ me { email name role organisation { __typename name } } }`;

describe('sign-in', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each([
    ['contractor@demo.esurety.jp', 'CONTRACTOR', 'Contractor', '〇〇建設株式会社'],
    ['contractor2@demo.esurety.jp', 'CONTRACTOR', 'Contractor', '△△工業株式会社'],
    ['nagano@demo.esurety.jp', 'BRANCH_STAFF', 'Branch', '長野支店'],
    ['kanagawa@demo.esurety.jp', 'BRANCH_STAFF', 'Branch', '神奈川支店'],
    ['matsumoto@demo.esurety.jp', 'ORDERER', 'Orderer', '松本市'],
    ['odawara@demo.esurety.jp', 'ORDERER', 'Orderer', '小田原市'],
  ])('signs %s in as %s of %s %s', async (email, role, typename, organisation) => {
    const client = new ApiClient(server.url);
    await client.login(email);
    const { data } = await client.gql(ME);
    expect(data?.me).toMatchObject({ email, role, organisation: { __typename: typename, name: organisation } });
  });

  it('signs the admin in without an organisation', async () => {
    const client = new ApiClient(server.url);
    await client.login('admin@demo.esurety.jp');
    expect((await client.gql(ME)).data?.me).toMatchObject({ role: 'ADMIN', organisation: null });
  });

  it('accepts the e-mail in any case and with spaces around it', async () => {
    const client = new ApiClient(server.url);
    await client.login('  Nagano@Demo.Esurety.JP ');
    expect((await client.gql(ME)).data?.me?.email).toBe('nagano@demo.esurety.jp');
  });

  it('sets an httpOnly, SameSite=Lax session cookie with an expiry', async () => {
    const client = new ApiClient(server.url);
    await client.login('contractor@demo.esurety.jp');
    expect(client.lastSetCookie).toMatch(/^esurety_session=[A-Za-z0-9_-]{43};/);
    expect(client.lastSetCookie).toMatch(/HttpOnly/i);
    expect(client.lastSetCookie).toMatch(/SameSite=Lax/i);
    expect(client.lastSetCookie).toMatch(/Expires=/i);
  });

  it('stores only a hash of the session token', async () => {
    const client = new ApiClient(server.url);
    await client.login('contractor@demo.esurety.jp');
    const token = client.cookie!.split('=')[1];
    const em = server.orm.em.fork();
    expect(await em.count(Session, { tokenHash: token })).toBe(0);
    expect(await em.count(Session, { tokenHash: hashSecretToken(token) })).toBe(1);
  });

  it('gives a wrong password and an unknown e-mail the same answer', async () => {
    const wrong = await new ApiClient(server.url).gql(
      `mutation { login(input: { email: "nagano@demo.esurety.jp", password: "wrong-password" }) { user { id } } }`,
    );
    const unknown = await new ApiClient(server.url).gql(
      `mutation { login(input: { email: "nobody@demo.esurety.jp", password: "esurety-demo" }) { user { id } } }`,
    );
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe('メールアドレスまたはパスワードが正しくありません。');
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
    expect(unknown.errors?.[0].extensions).toEqual(wrong.errors?.[0].extensions);
    expect(wrong.data).toBeNull();
  });

  it('treats an unknown or forged cookie as signed out', async () => {
    const client = new ApiClient(server.url);
    client.cookie = 'esurety_session=forged-token';
    expect((await client.gql(ME)).data?.me).toBeNull();
  });

  it.each(['contractor@demo.esurety.jp', 'nagano@demo.esurety.jp', 'matsumoto@demo.esurety.jp', 'admin@demo.esurety.jp'])(
    'looks the session of %s up in one statement as the entities findOne would give',
    async (email) => {
      const client = new ApiClient(server.url);
      await client.login(email);
      const tokenHash = hashSecretToken(client.cookie!.split('=')[1]);
      const populate = ['user', 'user.contractor', 'user.branch', 'user.orderer'] as const;
      const expected = await server.orm.em.fork().findOneOrFail(Session, { tokenHash }, { populate });
      const em = server.orm.em.fork();
      const found = await findSession(em, tokenHash);
      expect(found!.session.expiresAt).toEqual(expected.expiresAt);
      expect(found!.user).toBe(found!.session.user);
      expect(wrap(found!.user).toObject()).toEqual(wrap(expected.user).toObject());
      expect(found!.user.organisation?.name ?? null).toBe(expected.user.organisation?.name ?? null);
      if (found!.user.organisation) expect(wrap(found!.user.organisation).isInitialized()).toBe(true);
      // Managed: a change is flushed like any other.
      expect(em.getUnitOfWork().getById(User.name, found!.user.id)).toBe(found!.user);
      expect(await findSession(server.orm.em.fork(), hashSecretToken('no-such-token'))).toBeNull();
    },
  );

  it('ends an expired session', async () => {
    const client = new ApiClient(server.url);
    await client.login('matsumoto@demo.esurety.jp');
    const tokenHash = hashSecretToken(client.cookie!.split('=')[1]);
    await server.orm.em.fork().nativeUpdate(Session, { tokenHash }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await client.gql(ME)).data?.me).toBeNull();
    expect(await server.orm.em.fork().count(Session, { tokenHash })).toBe(0);
  });

  it('logs out: the old cookie no longer works', async () => {
    const client = new ApiClient(server.url);
    await client.login('odawara@demo.esurety.jp');
    const oldCookie = client.cookie;
    expect((await client.gql(`mutation { logout(input: {}) { user { email } endedSessionCount } }`)).data).toEqual({
      logout: { user: { email: 'odawara@demo.esurety.jp' }, endedSessionCount: 1 },
    });
    expect(client.cookie).toBeNull();
    const replay = new ApiClient(server.url);
    replay.cookie = oldCookie;
    expect((await replay.gql(ME)).data?.me).toBeNull();
  });

  it('logs out of every session with allSessions, whichever device asks', async () => {
    const phone = new ApiClient(server.url);
    const laptop = new ApiClient(server.url);
    await phone.login('kanagawa@demo.esurety.jp');
    await laptop.login('kanagawa@demo.esurety.jp');
    const ended = await phone.gql<any>(`mutation { logout(input: { allSessions: true }) { endedSessionCount } }`);
    expect(ended.data.logout.endedSessionCount).toBeGreaterThanOrEqual(2);
    expect(phone.cookie).toBeNull();
    expect((await laptop.gql(ME)).data?.me).toBeNull();
  });

  it('denies a role-restricted operation to other roles and to anonymous callers', async () => {
    const contractor = new ApiClient(server.url);
    await contractor.login('contractor@demo.esurety.jp');
    const USERS = `query($filter: UserFilter) { users(filter: $filter) { totalCount edges { node { email role } } } }`;
    const denied = await contractor.gql(USERS);
    expect(errorCode(denied)).toBe('FORBIDDEN');
    expect(denied.data).toBeNull();
    expect(errorCode(await new ApiClient(server.url).gql(USERS))).toBe('UNAUTHENTICATED');

    const admin = new ApiClient(server.url);
    await admin.login('admin@demo.esurety.jp');
    const { data } = await admin.gql<any>(USERS);
    const emails = data.users.edges.map((e: any) => e.node.email);
    expect(emails).toContain('contractor2@demo.esurety.jp');
    expect(data.users.totalCount).toBe(7);
    expect(emails).toEqual([...emails].sort());
    const staff = await admin.gql<any>(USERS, { filter: { role: 'BRANCH_STAFF' } });
    expect(staff.data.users.edges.map((e: any) => e.node.email)).toEqual(['kanagawa@demo.esurety.jp', 'nagano@demo.esurety.jp']);
    const byEmail = await admin.gql<any>(USERS, { filter: { email: 'CONTRACTOR2' } });
    expect(byEmail.data.users.edges.map((e: any) => e.node.email)).toEqual(['contractor2@demo.esurety.jp']);
  });

  it('locks an account after 10 wrong passwords in a row, whether it exists or not; the right password then waits too', async () => {
    const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { user { id } } }`;
    const client = new ApiClient(server.url);
    for (const email of ['contractor2@demo.esurety.jp', 'nobody-here@example.com']) {
      for (let i = 0; i < 10; i++) expect(errorCode(await client.gql(LOGIN, { email, password: `wrong-${i}` }))).toBe('UNAUTHENTICATED');
      const locked = await client.gql(LOGIN, { email, password: 'esurety-demo' });
      expect(locked.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
      expect(locked.errors![0].message).toContain('一時的に停止しています');
    }
    // Another account from the same address is not affected, and a success clears a run of failures.
    for (let i = 0; i < 9; i++) await client.gql(LOGIN, { email: 'kanagawa@demo.esurety.jp', password: 'wrong' });
    expect((await client.gql(LOGIN, { email: 'kanagawa@demo.esurety.jp', password: 'esurety-demo' })).errors).toBeUndefined();
    for (let i = 0; i < 9; i++) await client.gql(LOGIN, { email: 'kanagawa@demo.esurety.jp', password: 'wrong' });
    expect((await client.gql(LOGIN, { email: 'kanagawa@demo.esurety.jp', password: 'esurety-demo' })).errors).toBeUndefined();
  });

  it('never exposes the password hash', async () => {
    const admin = new ApiClient(server.url);
    await admin.login('admin@demo.esurety.jp');
    const result = await admin.gql(`{ users { edges { node { passwordHash } } } }`);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
  });
});

describe('sessions across server processes', () => {
  it('are honoured by every server on the same database, and end on all of them', async () => {
    const database = await freshDatabase({ shared: true });
    const first = await startTestServer({ database });
    const second = await startTestServer({ database });
    try {
      const client = new ApiClient(first.url);
      await client.login('kanagawa@demo.esurety.jp');
      const elsewhere = new ApiClient(second.url);
      elsewhere.cookie = client.cookie;
      expect((await elsewhere.gql(ME)).data?.me?.email).toBe('kanagawa@demo.esurety.jp');

      await elsewhere.gql(`mutation { logout(input: {}) { endedSessionCount } }`);
      expect((await client.gql(ME)).data?.me).toBeNull();
    } finally {
      await first.close();
      await second.close();
      await database.drop();
    }
  });
});
