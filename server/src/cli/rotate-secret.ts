import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import { deriveKeyring } from '../common/secrets';
import type { EntityManager } from '../db/orm';
import { rekeyAuthKeys } from '../modules/guarantees/auth-key-rotation';
import { resealWebhookSecrets } from '../modules/webhooks/webhook-secret-rotation';
import { CliFailure, UsageError, withDatabase, type CliIo } from './cli-support';

/**
 * `esurety rotate-secret`: moves everything sealed or keyed under the master key to a new one, in
 * one transaction, with every server stopped. The 認証キー and webhook secrets themselves stay the
 * same. The current key is SECRET_KEY or DATA_DIR/secret.key; the new one is NEW_SECRET_KEY, or,
 * on the embedded default without SECRET_KEY, generated and written to DATA_DIR/secret.key (the
 * old file is kept as secret.key.previous, for backups made before).
 */
export async function rotateSecret(config: Config, io: CliIo): Promise<void> {
  const keyFile = path.join(config.dataDir, 'secret.key');
  const fromFile = !config.secretKey;
  const current = config.secretKey ?? readKeyFile(keyFile);
  const given = io.env.NEW_SECRET_KEY;
  if (!given && !fromFile) {
    throw new UsageError('SECRET_KEY is set: give the new key in NEW_SECRET_KEY (openssl rand -base64 32).');
  }
  const next = given ? Buffer.from(given, 'base64') : randomBytes(32);
  if (next.length !== 32) throw new UsageError('NEW_SECRET_KEY must be 32 random bytes in base64 (openssl rand -base64 32).');
  if (next.equals(current)) throw new UsageError('NEW_SECRET_KEY is the current key: give a new one.');

  // The new key is on disk before any row depends on it.
  const pendingFile = `${keyFile}.new`;
  if (fromFile) fs.writeFileSync(pendingFile, next.toString('base64'), { mode: 0o600 });
  const { guarantees, webhooks } = await withDatabase(config, (orm) =>
    (orm.em.fork() as EntityManager).transactional(async (tx) => {
      const from = deriveKeyring(current);
      const to = deriveKeyring(next);
      return { guarantees: await rekeyAuthKeys(tx, from, to), webhooks: await resealWebhookSecrets(tx, from, to) };
    }),
  ).catch((error) => {
    if (fromFile) fs.rmSync(pendingFile, { force: true });
    throw error;
  });
  io.out(`Re-keyed ${guarantees} guarantee(s) and ${webhooks} webhook secret(s) to the new master key.\n`);
  if (fromFile) {
    fs.renameSync(keyFile, `${keyFile}.previous`);
    fs.renameSync(pendingFile, keyFile);
    io.out(`The new key is in ${keyFile}; the old one is kept in ${keyFile}.previous for backups made before today.\n`);
  } else {
    io.out('Now set SECRET_KEY to the value of NEW_SECRET_KEY on every server, and start them. Keep the old key for older backups.\n');
  }
}

function readKeyFile(file: string): Buffer {
  if (!fs.existsSync(file)) throw new CliFailure(`Neither SECRET_KEY nor ${file} exists: there is no current key to rotate.`);
  const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new CliFailure(`${file} does not hold 32 bytes in base64.`);
  return key;
}
