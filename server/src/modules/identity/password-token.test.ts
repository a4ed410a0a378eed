import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPassword } from '../../test/guarantee-flow';
import { ApiClient, errorCode, startTestServer, type TestServer } from '../../test/test-server';
import type { EntityManager } from '../../db/orm';
import { PasswordToken, PasswordTokenPurpose } from './password-token.entity';
import { PasswordTokenService, setPasswordLink } from './password-token.service';
import { UserAccountService } from './user-accounts.service';
import { User } from './user.entity';

const INVALID_LINK = 'このリンクは無効か、有効期限が切れています。新しいリンクを発行してもらってください。';
const ME = `{ me { email role } }`;

describe('one-time links to set a password (setPassword)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  const em = () => server.orm.em.fork() as EntityManager;
  let count = 0;
  async function newAdmin() {
    count += 1;
    return new UserAccountService(em()).createAdmin(`admin${count}@example.jp`, `管理者 ${count}`);
  }
  async function issue(email: string, purpose: PasswordTokenPurpose, ttlMs?: number) {
    const fork = em();
    const user = await fork.findOneOrFail(User, { email });
    const issued = await new PasswordTokenService(fork).issue(user, purpose, { ttlMs });
    await fork.flush();
    return issued.token;
  }

  it('sets the password of an administrator made without one; the link works once, and the administrator then signs in', async () => {
    const { user, token, expiresAt } = await newAdmin();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(23.9 * 3600_000);
    expect(setPasswordLink('https://esurety.example.jp/', token)).toBe(`https://esurety.example.jp/set-password#token=${token}`);

    const client = new ApiClient(server.url);
    const result = await setPassword(client, token, '長野の山は今日もよく晴れている');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ setPassword: { user: { email: user.email, role: 'ADMIN' } } });
    // Setting does not sign in.
    expect(client.cookie).toBeNull();
    expect((await client.gql(ME)).data).toEqual({ me: null });
    await client.login(user.email, '長野の山は今日もよく晴れている');
    expect((await client.gql(ME)).data).toEqual({ me: { email: user.email, role: 'ADMIN' } });

    const reused = await setPassword(new ApiClient(server.url), token, 'another good password');
    expect(reused.errors).toEqual([
      {
        message: INVALID_LINK,
        path: ['setPassword'],
        locations: expect.any(Array),
        extensions: { code: 'BAD_USER_INPUT', field: 'input.token' },
      },
    ]);
    expect(reused.data).toBeNull();
    await client.login(user.email, '長野の山は今日もよく晴れている');
  });

  it('gives a reused, expired, superseded, forged or malformed link the one same answer', async () => {
    const { user, token: used } = await newAdmin();
    expect((await setPassword(new ApiClient(server.url), used, 'first good password')).errors).toBeUndefined();
    const expired = await issue(user.email, PasswordTokenPurpose.RESET, -1000);
    const superseded = await issue(user.email, PasswordTokenPurpose.RESET);
    await issue(user.email, PasswordTokenPurpose.RESET);
    const forged = 'A'.repeat(43);
    for (const token of [used, expired, superseded, forged, 'short', '', `${used}x`]) {
      const result = await setPassword(new ApiClient(server.url), token, 'another good password');
      expect({ token, error: result.errors?.[0].message, extensions: result.errors?.[0].extensions }).toEqual({
        token,
        error: INVALID_LINK,
        extensions: { code: 'BAD_USER_INPUT', field: 'input.token' },
      });
    }
    const client = new ApiClient(server.url);
    await client.login(user.email, 'first good password');
  });

  it('refuses a password against the policy, naming the field, and leaves the link usable', async () => {
    const { user, token } = await newAdmin();
    for (const [password, message] of [
      ['short', 'パスワードは12文字以上にしてください。'],
      ['esurety-demo', 'このパスワードは推測されやすいため使えません。'],
      ['aaaaaaaaaaaaaaaa', '同じ文字だけのパスワードは使えません。'],
      [user.email, 'メールアドレスと同じパスワードは使えません。'],
    ]) {
      const result = await setPassword(new ApiClient(server.url), token, password);
      expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field: 'input.password' } });
    }
    // A refused password says nothing about the link: a forged one gets the policy's answer too.
    expect((await setPassword(new ApiClient(server.url), 'A'.repeat(43), 'short')).errors?.[0].extensions?.field).toBe('input.password');
    expect((await setPassword(new ApiClient(server.url), token, 'a password that is fine')).errors).toBeUndefined();
  });

  it('gives an administrator who has not set a password a new link, which voids the first; not once the password is set', async () => {
    const { user, token: first } = await newAdmin();
    const service = () => new UserAccountService(em());
    const { token: second } = await service().createAdmin(user.email, user.name);
    expect(second).not.toBe(first);
    expect((await setPassword(new ApiClient(server.url), first, 'a password that is fine')).errors?.[0].message).toBe(INVALID_LINK);
    expect((await setPassword(new ApiClient(server.url), second, 'a password that is fine')).errors).toBeUndefined();
    await expect(service().createAdmin(user.email, user.name)).rejects.toThrow('既に登録されています');
    await expect(service().createAdmin('contractor@demo.esurety.jp', '請負者')).rejects.toThrow('既に登録されています');
  });

  it('stores only the SHA-256 of the token, with its purpose, expiry and use', async () => {
    const { user, token } = await newAdmin();
    const rows = await server.orm.em.getConnection().execute(`select * from password_token where user_id = ?`, [user.id]);
    expect(rows).toHaveLength(1);
    const row = rows[0] as Record<string, unknown>;
    expect(row).toMatchObject({ token_hash: createHash('sha256').update(token).digest('hex'), purpose: 'SET_PASSWORD', used_at: null });
    for (const value of Object.values(row)) expect(String(value)).not.toContain(token);
    await setPassword(new ApiClient(server.url), token, 'a password that is fine');
    const used = await em().findOneOrFail(PasswordToken, { user: user.id });
    expect(used.usedAt).toBeInstanceOf(Date);
  });

  it('ends every session of the user and every other open link', async () => {
    const { user, token } = await newAdmin();
    await setPassword(new ApiClient(server.url), token, 'the first password');
    const browser = new ApiClient(server.url);
    await browser.login(user.email, 'the first password');
    const reset = await issue(user.email, PasswordTokenPurpose.RESET);
    const invitation = await issue(user.email, PasswordTokenPurpose.INVITATION);
    expect((await setPassword(new ApiClient(server.url), reset, 'the second password')).errors).toBeUndefined();
    expect((await browser.gql(ME)).data).toEqual({ me: null });
    expect(errorCode(await setPassword(new ApiClient(server.url), invitation, 'the third password'))).toBe('BAD_USER_INPUT');
    await new ApiClient(server.url).login(user.email, 'the second password');
  });

  it('lets only one of two simultaneous uses of a link through', async () => {
    const { token } = await newAdmin();
    const results = await Promise.all(
      ['the racing password one', 'the racing password two'].map((p) => setPassword(new ApiClient(server.url), token, p)),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].message === INVALID_LINK)).toHaveLength(1);
  });

  it('forgets expired links when purged, and keeps the others', async () => {
    const { user } = await newAdmin();
    await issue(user.email, PasswordTokenPurpose.RESET, -1000);
    const live = await issue(user.email, PasswordTokenPurpose.INVITATION);
    expect(await new PasswordTokenService(em()).purgeExpired()).toBeGreaterThanOrEqual(1);
    expect(await em().count(PasswordToken, { user: user.id })).toBe(2);
    expect((await setPassword(new ApiClient(server.url), live, 'a password that is fine')).errors).toBeUndefined();
  });

  it('does not open a disabled account', async () => {
    const { user, token } = await newAdmin();
    await new UserAccountService(em()).disable(user.email);
    expect((await setPassword(new ApiClient(server.url), token, 'a password that is fine')).errors?.[0].message).toBe(INVALID_LINK);
  });
});
