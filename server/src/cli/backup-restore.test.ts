import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseEnv, runCli } from '../test/cli';
import { issuedGuaranteeWithKey, verifyGuarantee } from '../test/guarantee-flow';
import { errorCode, freshDatabase, startTestServer, type TestDatabase, type TestServer } from '../test/test-server';

const kind = process.env.ESURETY_TEST_DB === 'postgresql' ? 'postgresql' : 'sqlite';

describe(`backup and restore (${kind})`, { timeout: 300_000 }, () => {
  const secretKey = randomBytes(32).toString('base64');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esurety-backup-'));
  const backupFile = path.join(dir, kind === 'sqlite' ? 'esurety.sqlite' : 'esurety.dump');
  let original: TestDatabase;
  let restored: TestDatabase;
  let server: TestServer;
  let restoredServer: TestServer | undefined;

  beforeAll(async () => {
    original = await freshDatabase({ shared: true });
    restored = await freshDatabase({ shared: true });
    server = await startTestServer({ database: original, env: { SECRET_KEY: secretKey } });
  });
  afterAll(async () => {
    await restoredServer?.close();
    await server?.close();
    await original?.drop();
    await restored?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('backs up while the server runs, restores into a new database, where a guarantee still verifies with its key', async () => {
    const before = await issuedGuaranteeWithKey(server);
    const env = { ...databaseEnv(original.target), SECRET_KEY: secretKey };
    const backedUp = await runCli(['backup', backupFile], env);
    expect(backedUp.stderr).toBe('');
    expect(backedUp.code).toBe(0);
    expect(backedUp.stdout).toMatch(/^Backed up .* to .*esurety\.(sqlite|dump)/);
    expect(backedUp.stdout).toContain('The backup does not hold the master key');
    expect(fs.statSync(backupFile).size).toBeGreaterThan(10_000);
    // Issued after the backup: not in it.
    const after = await issuedGuaranteeWithKey(server);

    const again = await runCli(['backup', backupFile], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('exists: choose a new file, or add --force');

    const restoreEnv = { ...databaseEnv(restored.target), SECRET_KEY: secretKey };
    const restoredRun = await runCli(['restore', backupFile], restoreEnv);
    expect(restoredRun.stderr).toBe('');
    expect(restoredRun.code).toBe(0);
    expect(restoredRun.stdout).toMatch(/^Restored /);

    restoredServer = await startTestServer({ database: restored, seed: false, env: { SECRET_KEY: secretKey } });
    const verified = await verifyGuarantee(restoredServer, before.contractNumber, before.authKey);
    expect(verified.errors).toBeUndefined();
    expect(verified.data).toEqual({ verifyGuarantee: { verification: { contractNumber: before.contractNumber } } });
    expect(errorCode(await verifyGuarantee(restoredServer, after.contractNumber, after.authKey))).toBe('NOT_FOUND');

    const refused = await runCli(['restore', backupFile], restoreEnv);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Stop every server, then add --force/);
  });

  it('refuses a file that is not a backup, and one that is not there', async () => {
    const bogus = path.join(dir, 'bogus.bin');
    fs.writeFileSync(bogus, 'this is not a database\n'.repeat(100));
    const env = { ...databaseEnv(restored.target), SECRET_KEY: secretKey };
    const wrong = await runCli(['restore', '--force', bogus], env);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(kind === 'sqlite' ? /is not an SQLite database/ : /pg_restore failed/);
    const missing = await runCli(['restore', path.join(dir, 'missing.sqlite')], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/does not exist/);
  });
});
