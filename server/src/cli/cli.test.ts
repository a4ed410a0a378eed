import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseEnv, linkToken, runCli } from '../test/cli';
import { setPassword } from '../test/guarantee-flow';
import { ApiClient, errorCode, freshDatabase, startTestServer, type TestDatabase } from '../test/test-server';
import { openDatabase } from '../db/orm';
import { OutboxMessage, OutboxStatus } from '../modules/notifications/outbox-message.entity';
import { runCli as runCliEntry } from './program';

const kind = process.env.ESURETY_TEST_DB === 'postgresql' ? 'postgresql' : 'sqlite';
const ME = `{ me { email role } }`;

// Each command is a process of its own that loads the app: seconds each on a busy machine.
describe(`the operator's CLI on an empty ${kind} database`, { timeout: 300_000 }, () => {
  let db: TestDatabase;
  let env: Record<string, string>;
  beforeAll(async () => {
    db = await freshDatabase({ shared: true });
    env = { ...databaseEnv(db.target), SECRET_KEY: randomBytes(32).toString('base64'), PUBLIC_URL: 'https://esurety.example.jp' };
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('migrates, creates the administrator, whose printed link sets the password; then the administrator signs in', async () => {
    const before = await runCli(['users', 'list'], env);
    expect(before.code).toBe(1);
    expect(before.stderr).toMatch(/migrate up/);

    const up = await runCli(['migrate', 'up'], env);
    expect(up).toMatchObject({ code: 0, stderr: '' });
    expect(up.stdout).toMatch(/^Applied \d+ migration\(s\):\n {2}Migration\d+/);
    const status = await runCli(['migrate', 'status', '--json'], env);
    expect(status.code).toBe(0);
    const parsed = JSON.parse(status.stdout);
    expect(parsed.pending).toEqual([]);
    expect(parsed.applied.length).toBeGreaterThanOrEqual(4);
    expect((await runCli(['migrate', 'up'], env)).stdout).toMatch(/up to date/);

    const created = await runCli(['create-admin', '--email', ' Ops.Admin@Example.JP ', '--name', '運用 太郎'], env);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toContain('ops.admin@example.jp (運用 太郎)');
    expect(created.stdout).toMatch(/^https:\/\/esurety\.example\.jp\/set-password#token=[A-Za-z0-9_-]{43}$/m);
    const expired = linkToken(created.stdout);
    // Lost or expired before use: the same command gives a new link, and the first stops working.
    const again = await runCli(['create-admin', '--email', 'ops.admin@example.jp'], env);
    expect(again.code).toBe(0);
    const token = linkToken(again.stdout);
    expect(token).not.toBe(expired);
    const malformed = await runCli(['create-admin', '--email', 'not-an-address'], env);
    expect(malformed).toMatchObject({ code: 1, stderr: expect.stringContaining('メールアドレスの形式が正しくありません') });

    const server = await startTestServer({ database: db, seed: false });
    try {
      const client = new ApiClient(server.url);
      // No password yet: nothing signs in, not even an empty one.
      for (const password of ['', 'esurety-demo', '!']) {
        expect(
          errorCode(
            await client.gql(`mutation($p: String!) { login(input: { email: "ops.admin@example.jp", password: $p }) { user { id } } }`, {
              p: password,
            }),
          ),
        ).toBe('UNAUTHENTICATED');
      }
      expect(errorCode(await setPassword(client, expired, 'correct horse battery'))).toBe('BAD_USER_INPUT');
      const set = await setPassword(client, token, 'correct horse battery');
      expect(set.errors).toBeUndefined();
      expect(set.data).toEqual({ setPassword: { user: { email: 'ops.admin@example.jp', role: 'ADMIN' } } });
      expect(client.cookie).toBeNull();
      await client.login('ops.admin@example.jp', 'correct horse battery');
      expect((await client.gql(ME)).data).toEqual({ me: { email: 'ops.admin@example.jp', role: 'ADMIN' } });

      const taken = await runCli(['create-admin', '--email', 'ops.admin@example.jp'], env);
      expect(taken).toMatchObject({ code: 1, stderr: expect.stringContaining('既に登録されています') });

      const listed = await runCli(['users', 'list', '--json'], env);
      expect(JSON.parse(listed.stdout)).toEqual([
        { email: 'ops.admin@example.jp', name: '運用 太郎', role: 'ADMIN', organisation: null, disabledAt: null },
      ]);

      // Disabled: the session ends at the next request and the password no longer signs in.
      const disabled = await runCli(['users', 'disable', 'ops.admin@example.jp'], env);
      expect(disabled).toMatchObject({ code: 0, stderr: '' });
      expect((await client.gql(ME)).data).toEqual({ me: null });
      await expect(client.login('ops.admin@example.jp', 'correct horse battery')).rejects.toThrow(/login failed/);
      expect(JSON.parse((await runCli(['users', 'list', '--json'], env)).stdout)[0].disabledAt).toMatch(/^\d{4}-/);
      expect((await runCli(['users', 'list', '--enabled-only', '--json'], env)).stdout.trim()).toBe('[]');
      expect((await runCli(['users', 'enable', 'ops.admin@example.jp'], env)).code).toBe(0);
      await client.login('ops.admin@example.jp', 'correct horse battery');
      const unknown = await runCli(['users', 'disable', 'nobody@example.jp'], env);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('nobody@example.jp の利用者はいません');
    } finally {
      await server.close();
    }
  });

  it('lists the outbox without bodies and sends failed messages again', async () => {
    const orm = await openDatabase(db.target);
    try {
      const em = orm.em.fork();
      const failed = em.create(OutboxMessage, {
        messageId: '<cli-test@esurety.jp>',
        to: 'soumu@example.co.jp',
        subject: '保証証書発行のお知らせ',
        body: 'secret body text',
        status: OutboxStatus.FAILED,
        attempts: 8,
        lastError: 'connect ECONNREFUSED',
      });
      await em.flush();

      const listed = await runCli(['outbox', 'list', '--status', 'FAILED', '--json'], env);
      expect(listed.code).toBe(0);
      const parsed = JSON.parse(listed.stdout);
      expect(parsed).toMatchObject({ failed: 1, messages: [{ id: failed.id, status: 'FAILED', attempts: 8, to: 'soumu@example.co.jp' }] });
      expect(listed.stdout).not.toContain('secret body text');
      const text = await runCli(['outbox', 'list'], env);
      expect(text.stdout).toContain('0 pending, 1 failed (SMTP_URL is not set: nothing is sent)');

      const retried = await runCli(['outbox', 'retry', '--failed'], env);
      expect(retried).toMatchObject({ code: 0, stdout: expect.stringContaining('Queued 1 message(s) again') });
      const row = await orm.em.fork().findOneOrFail(OutboxMessage, failed.id);
      expect(row).toMatchObject({ status: 'PENDING', attempts: 0 });
      expect((await runCli(['outbox', 'retry', failed.id], env)).stdout).toContain('Queued 1 message(s) again');
    } finally {
      await orm.close(true);
    }
  });

  it('reverts the last migration only with --yes, and applies it again', async () => {
    const refused = await runCli(['migrate', 'down'], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("required option '--yes' not specified");
    const down = await runCli(['migrate', 'down', '--yes'], env);
    expect(down).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Reverted 1 migration\(s\):\n {2}Migration\d+\n$/) });
    const status = JSON.parse((await runCli(['migrate', 'status', '--json'], env)).stdout);
    expect(status.pending).toHaveLength(1);
    expect((await runCli(['users', 'list'], env)).code).toBe(1);
    expect((await runCli(['migrate', 'up'], env)).stdout).toMatch(/^Applied 1 migration/);
  });
});

/** The CLI's entry function in this process, with its output kept (no database is opened). */
async function runInProcess(args: string[], env: Record<string, string> = { DATA_DIR: '/nonexistent/esurety' }) {
  let stdout = '';
  let stderr = '';
  const code = await runCliEntry(args, { out: (t) => (stdout += t), err: (t) => (stderr += t), env, cwd: process.cwd() });
  return { code, stdout, stderr };
}

describe('the CLI’s command line', () => {
  it('documents every command and the exit codes', async () => {
    const help = await runInProcess(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['migrate', 'create-admin', 'seed', 'outbox', 'backup', 'restore', 'users', 'rotate-secret']) {
      expect(help.stdout).toContain(`  ${command}`);
    }
    expect(help.stdout).toContain('Exit codes: 0 done, 1 failed (the message says why), 2 wrong usage');
    const createAdmin = await runInProcess(['create-admin', '--help']);
    expect(createAdmin).toMatchObject({ code: 0, stdout: expect.stringContaining('--email <address>') });
    expect((await runInProcess(['outbox', 'retry', '--help'])).stdout).toContain('--failed');
  });

  it.each([
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['migrate'], /Usage: esurety migrate/],
    [['migrate', 'sideways'], /unknown command 'sideways'/],
    [['create-admin'], /required option '--email <address>' not specified/],
    [['seed'], /--demo is the only data set/],
    [['outbox', 'list', '--limit', '0'], /expected a whole number from 1 to 1000/],
    [['outbox', 'list', '--status', 'LOST'], /Allowed choices are PENDING, SENT, FAILED/],
    [['outbox', 'retry'], /expected message ids .* or --failed/],
    [['outbox', 'retry', 'abc'], /"abc" is not a message id: expected a UUID/],
    [['users', 'list', '--role', 'KING'], /Allowed choices are CONTRACTOR, BRANCH_STAFF, ORDERER, ADMIN/],
    [['users', 'disable'], /missing required argument 'email'/],
    [['backup'], /missing required argument 'file'/],
    [['users', 'list', 'extra'], /too many arguments/],
  ])('exits with 2 for %j and says what is expected', async (args, message) => {
    const result = await runInProcess(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('exits with 1 and names the variable when the configuration is wrong, also as its own process', async () => {
    const inProcess = await runInProcess(['users', 'list'], { DATABASE_URL: 'mysql://localhost/esurety' });
    expect(inProcess.code).toBe(1);
    expect(inProcess.stderr).toMatch(/DATABASE_URL: must be a postgresql:\/\/ URL/);
    const child = await runCli(['users', 'list'], { DATABASE_URL: 'mysql://localhost/esurety' });
    expect(child.code).toBe(1);
    expect(child.stderr).toMatch(/DATABASE_URL: must be a postgresql:\/\/ URL/);
    expect((await runCli(['frobnicate'], {})).code).toBe(2);
  }, 60_000);
});
