import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPassword } from '../../test/guarantee-flow';
import { linkToken, recipient, startMailbox, type Mailbox } from '../../test/smtp';
import { ApiClient, errorCode, startTestServer, type TestServer } from '../../test/test-server';
import type { EntityManager } from '../../db/orm';
import { hashPassword } from './password';
import { PasswordToken, PasswordTokenPurpose } from './password-token.entity';
import { Role, User } from './user.entity';
import { Contractor } from '../organisations/contractor.entity';

const ME = `{ me { email role } }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { user { email } } }`;
const RESET = `mutation($email: String!) { requestPasswordReset(input: { email: $email }) { passwordResetRequest { email linkValidMinutes } } }`;
const SESSIONS = `query($filter: SessionFilter) { sessions(filter: $filter) { totalCount edges { node { id current createdAt expiresAt address userAgent } } } }`;
const REVOKE = `mutation($id: ID!) { revokeSession(input: { sessionId: $id }) { session { id current } } }`;
const INVALID_LINK = 'このリンクは無効か、有効期限が切れています。新しいリンクを発行してもらってください。';

describe("every user's own account", () => {
  let server: TestServer;
  let mailbox: Mailbox;
  beforeAll(async () => {
    server = await startTestServer();
    mailbox = await startMailbox(server);
  });
  afterAll(async () => {
    await mailbox?.close();
    await server?.close();
  });

  const em = () => server.orm.em.fork() as EntityManager;
  let count = 0;
  /** A contractor's user with `password`, made straight in the database. */
  async function newUser(password = 'the first good password'): Promise<string> {
    count += 1;
    const fork = em();
    const contractor = await fork.findOneOrFail(Contractor, { name: '〇〇建設株式会社' });
    const email = `user${count}@example.co.jp`;
    fork.create(User, { email, name: `利用者 ${count}`, passwordHash: await hashPassword(password), role: Role.CONTRACTOR, contractor });
    await fork.flush();
    return email;
  }
  async function browser(email: string, password = 'the first good password', userAgent = 'Browser A') {
    const client = new ApiClient(server.url);
    client.headers['user-agent'] = userAgent;
    await client.login(email, password);
    return client;
  }
  async function mailsTo(email: string) {
    await mailbox.deliver();
    return mailbox.mails.filter((m) => recipient(m) === email);
  }

  describe('changePassword', () => {
    it('needs the current password; then the new one signs in, the old one not, and other sessions end', async () => {
      const email = await newUser();
      const here = await browser(email);
      const there = await browser(email, undefined, 'Browser B');
      const wrong = await here.gql(CHANGE, { input: { currentPassword: 'not my password at all', newPassword: 'a brand new password' } });
      expect(wrong.errors?.[0]).toMatchObject({
        message: '現在のパスワードが正しくありません。',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.currentPassword' },
      });
      const weak = await here.gql(CHANGE, { input: { currentPassword: 'the first good password', newPassword: 'short' } });
      expect(weak.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.newPassword' });
      const same = await here.gql(CHANGE, {
        input: { currentPassword: 'the first good password', newPassword: 'the first good password' },
      });
      expect(same.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.newPassword' });

      const changed = await here.gql(CHANGE, {
        input: { currentPassword: 'the first good password', newPassword: 'a brand new password' },
      });
      expect(changed.errors).toBeUndefined();
      expect(changed.data).toEqual({ changePassword: { user: { email } } });
      expect((await here.gql(ME)).data).toEqual({ me: { email, role: 'CONTRACTOR' } });
      expect((await there.gql(ME)).data).toEqual({ me: null });
      await expect(new ApiClient(server.url).login(email, 'the first good password')).rejects.toThrow(/正しくありません/);
      await new ApiClient(server.url).login(email, 'a brand new password');
    });

    it('counts wrong current passwords like failed sign-ins (RATE_LIMITED after 10)', async () => {
      const email = await newUser();
      const client = await browser(email);
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 11; i++) {
        codes.push(
          errorCode(await client.gql(CHANGE, { input: { currentPassword: `wrong guess ${i}`, newPassword: 'a brand new password' } })),
        );
      }
      expect(codes.slice(0, 10)).toEqual(Array(10).fill('BAD_USER_INPUT'));
      expect(codes[10]).toBe('RATE_LIMITED');
    });

    it('is refused signed out', async () => {
      expect(errorCode(await new ApiClient(server.url).gql(CHANGE, { input: { currentPassword: 'x', newPassword: 'y' } }))).toBe(
        'UNAUTHENTICATED',
      );
    });
  });

  describe('sessions and revokeSession', () => {
    it('lists the live sessions with the current one marked; signing out another ends it at its next request', async () => {
      const email = await newUser();
      const here = await browser(email, undefined, 'Mozilla/5.0 (here)');
      const there = await browser(email, undefined, 'Mozilla/5.0 (there)');
      const listed = await here.gql<any>(SESSIONS);
      expect(listed.errors).toBeUndefined();
      const nodes = listed.data.sessions.edges.map((e: any) => e.node);
      expect(listed.data.sessions.totalCount).toBe(2);
      expect(nodes.map((n: any) => [n.userAgent, n.current])).toEqual([
        ['Mozilla/5.0 (there)', false],
        ['Mozilla/5.0 (here)', true],
      ]);
      expect(nodes[0].address).toBe('127.0.0.1');
      const others = await here.gql<any>(SESSIONS, { filter: { current: false } });
      expect(others.data.sessions.edges.map((e: any) => e.node.userAgent)).toEqual(['Mozilla/5.0 (there)']);

      const revoked = await here.gql<any>(REVOKE, { id: nodes[0].id });
      expect(revoked.errors).toBeUndefined();
      expect(revoked.data.revokeSession.session).toEqual({ id: nodes[0].id, current: false });
      expect((await there.gql(ME)).data).toEqual({ me: null });
      expect((await here.gql(ME)).data).toEqual({ me: { email, role: 'CONTRACTOR' } });
      expect((await here.gql<any>(SESSIONS)).data.sessions.totalCount).toBe(1);
      expect(errorCode(await here.gql(REVOKE, { id: nodes[0].id }))).toBe('NOT_FOUND');
    });

    it("never shows or ends another user's session (NOT_FOUND, as a missing one)", async () => {
      const mine = await browser(await newUser());
      const theirs = await browser(await newUser());
      const theirSession = (await theirs.gql<any>(SESSIONS)).data.sessions.edges[0].node.id;
      const listed = await mine.gql<any>(SESSIONS);
      expect(listed.data.sessions.edges.map((e: any) => e.node.id)).not.toContain(theirSession);
      expect(errorCode(await mine.gql(REVOKE, { id: theirSession }))).toBe('NOT_FOUND');
      expect((await theirs.gql<any>(ME)).data.me).not.toBeNull();
    });

    it('ends the current session too when asked, clearing the cookie', async () => {
      const client = await browser(await newUser());
      const id = (await client.gql<any>(SESSIONS)).data.sessions.edges[0].node.id;
      expect((await client.gql(REVOKE, { id })).errors).toBeUndefined();
      expect(client.cookie).toBeNull();
      expect((await client.gql(ME)).data).toEqual({ me: null });
    });
  });

  describe('requestPasswordReset', () => {
    it('mails a one-time link through SMTP; it sets the password once, and signs every session out', async () => {
      const email = await newUser();
      const signedIn = await browser(email);
      const anonymous = new ApiClient(server.url);
      const result = await anonymous.gql(RESET, { email: `  ${email.toUpperCase()} ` });
      expect(result).toEqual({ data: { requestPasswordReset: { passwordResetRequest: { email, linkValidMinutes: 60 } } } });
      const mails = await mailsTo(email);
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toBe('パスワード再設定のご案内');
      expect(mails[0].text).toContain(`${server.config.publicUrl}/set-password#token=`);
      expect(mails[0].text).toMatch(/有効期限: 令和\d+年/);
      const token = linkToken(mails[0]);

      expect((await setPassword(anonymous, token, 'reset to this password')).errors).toBeUndefined();
      expect((await signedIn.gql(ME)).data).toEqual({ me: null });
      await new ApiClient(server.url).login(email, 'reset to this password');
      // Reused: the one answer of an invalid link.
      const reused = await setPassword(anonymous, token, 'and once more please');
      expect(reused.errors?.[0]).toMatchObject({ message: INVALID_LINK, extensions: { code: 'BAD_USER_INPUT', field: 'input.token' } });
    });

    it('answers an unknown, a disabled and a malformed address exactly as a registered one, and mails nobody', async () => {
      const registered = await newUser();
      const disabled = await newUser();
      await em().nativeUpdate(User, { email: disabled }, { disabledAt: new Date() });
      await mailbox.deliver();
      const answers = [];
      for (const email of [registered, 'nobody-here@example.co.jp', disabled, 'not an address']) {
        const result = await new ApiClient(server.url).gql<any>(RESET, { email });
        answers.push({ errors: result.errors, keys: Object.keys(result.data.requestPasswordReset.passwordResetRequest) });
      }
      expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
      await mailbox.deliver();
      expect(mailbox.mails.filter((m) => recipient(m) === registered)).toHaveLength(1);
      expect(mailbox.mails.filter((m) => [disabled, 'nobody-here@example.co.jp'].includes(recipient(m)))).toEqual([]);
    });

    it('sends no second mail within a minute (no flooding a mailbox), and the first link still works', async () => {
      const email = await newUser();
      await new ApiClient(server.url).gql(RESET, { email });
      await new ApiClient(server.url).gql(RESET, { email });
      const mails = await mailsTo(email);
      expect(mails).toHaveLength(1);
      expect(await setPassword(new ApiClient(server.url), linkToken(mails[0]), 'the link still works')).not.toHaveProperty('errors');
    });

    it('refuses an expired and a forged reset link with the one answer, and changes nothing', async () => {
      const email = await newUser();
      await new ApiClient(server.url).gql(RESET, { email });
      const [mail] = await mailsTo(email);
      const token = linkToken(mail);
      await em().nativeUpdate(
        PasswordToken,
        { user: { email }, purpose: PasswordTokenPurpose.RESET },
        { expiresAt: new Date(Date.now() - 1000) },
      );
      const forged = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
      for (const candidate of [token, forged]) {
        const result = await setPassword(new ApiClient(server.url), candidate, 'an attacker password');
        expect(result.errors?.[0]).toMatchObject({ message: INVALID_LINK, extensions: { code: 'BAD_USER_INPUT', field: 'input.token' } });
      }
      await new ApiClient(server.url).login(email, 'the first good password');
    });
  });
});
