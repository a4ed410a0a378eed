import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseEnv, runCli } from '../test/cli';
import { issuedGuaranteeWithKey, verifyGuarantee } from '../test/guarantee-flow';
import { signedIn } from '../test/fixtures';
import { errorCode, freshDatabase, startTestServer, type TestDatabase } from '../test/test-server';
import { deriveKeyring, unseal } from '../common/secrets';
import { WebhookEndpoint } from '../modules/webhooks/webhook-endpoint.entity';

const REGISTER = `mutation($url: String!) { registerWebhookEndpoint(input: { url: $url, events: [GUARANTEE_ISSUED] }) { secret webhookEndpoint { id } } }`;

describe('rotate-secret', { timeout: 300_000 }, () => {
  let db: TestDatabase;
  let issued: Awaited<ReturnType<typeof issuedGuaranteeWithKey>>;
  const newKey = randomBytes(32).toString('base64');
  beforeAll(async () => {
    db = await freshDatabase({ shared: true });
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('moves the keys to a new SECRET_KEY: the 認証キー handed out verify under it, and webhook secrets still open', async () => {
    const oldKey = randomBytes(32).toString('base64');
    const before = await startTestServer({ database: db, env: { SECRET_KEY: oldKey } });
    let webhook: { secret: string; webhookEndpoint: { id: string } };
    try {
      issued = await issuedGuaranteeWithKey(before);
      const contractor = await signedIn(before, 'contractor@demo.esurety.jp');
      webhook = (await contractor.gql<any>(REGISTER, { url: 'https://hooks.example.jp/esurety' })).data.registerWebhookEndpoint;
      expect(webhook.secret).toMatch(/^whsec_/);
    } finally {
      await before.close();
    }

    const env = { ...databaseEnv(db.target), SECRET_KEY: oldKey };
    const refused = await runCli(['rotate-secret'], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('give the new key in NEW_SECRET_KEY');
    const wrongOld = await runCli(['rotate-secret'], { ...env, SECRET_KEY: randomBytes(32).toString('base64'), NEW_SECRET_KEY: newKey });
    expect(wrongOld.code).toBe(1);
    // The first electronic guarantee it meets (the application issued two): its number, not its key.
    expect(wrongOld.stderr).toMatch(/保証契約番号 \d{5}-\d{5}[0-9A-Z]: 現在の SECRET_KEY で認証キーを復号できません/);

    const rotated = await runCli(['rotate-secret'], { ...env, NEW_SECRET_KEY: newKey });
    expect(rotated.stderr).toBe('');
    expect(rotated.code).toBe(0);
    expect(rotated.stdout).toMatch(/^Re-keyed [1-9]\d* guarantee\(s\) and 1 webhook secret\(s\)/);

    const after = await startTestServer({ database: db, seed: false, env: { SECRET_KEY: newKey } });
    try {
      expect((await verifyGuarantee(after, issued.contractNumber, issued.authKey)).errors).toBeUndefined();
      const endpoint = await after.orm.em
        .fork()
        .findOneOrFail(WebhookEndpoint, webhook.webhookEndpoint.id, { populate: ['secretCiphertext'] });
      expect(unseal(deriveKeyring(Buffer.from(newKey, 'base64')).webhookSecretEncryption, endpoint.id, endpoint.secretCiphertext)).toBe(
        webhook.secret,
      );
    } finally {
      await after.close();
    }
    // Under the old key the same 認証キー no longer verifies: nothing is left keyed to it.
    const old = await startTestServer({ database: db, seed: false, env: { SECRET_KEY: oldKey } });
    try {
      expect(errorCode(await verifyGuarantee(old, issued.contractNumber, issued.authKey))).toBe('NOT_FOUND');
    } finally {
      await old.close();
    }
  });

  it('on the embedded default (no SECRET_KEY), writes a new DATA_DIR/secret.key and keeps the old one', async () => {
    if (db.target.kind !== 'sqlite') return;
    const dataDir = path.dirname(db.target.file);
    const keyFile = path.join(dataDir, 'secret.key');
    // A key file that is not the one the guarantees are keyed to: refused, and nothing changes.
    fs.writeFileSync(keyFile, randomBytes(32).toString('base64'), { mode: 0o600 });
    const refused = await runCli(['rotate-secret'], { DATA_DIR: dataDir });
    expect(refused.code).toBe(1);
    expect(fs.readdirSync(dataDir).filter((f) => f.startsWith('secret.key'))).toEqual(['secret.key']);

    fs.writeFileSync(keyFile, newKey, { mode: 0o600 });
    const rotated = await runCli(['rotate-secret'], { DATA_DIR: dataDir });
    expect(rotated.stderr).toBe('');
    expect(rotated.code).toBe(0);
    expect(fs.readFileSync(`${keyFile}.previous`, 'utf8')).toBe(newKey);
    const generated = fs.readFileSync(keyFile, 'utf8');
    expect(Buffer.from(generated, 'base64')).toHaveLength(32);
    expect(generated).not.toBe(newKey);
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    const server = await startTestServer({ database: db, seed: false, env: { SECRET_KEY: generated } });
    try {
      expect((await verifyGuarantee(server, issued.contractNumber, issued.authKey)).errors).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});
