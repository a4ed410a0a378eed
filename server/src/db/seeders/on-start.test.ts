import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../common/logger';
import { loadConfig } from '../../config';
import { User } from '../../modules/identity/user.entity';
import { freshDatabase, type TestDatabase } from '../../test/test-server';
import { openDatabase, type Orm } from '../orm';
import { seedDemoOnStart } from './on-start';

const kind = process.env.ESURETY_TEST_DB === 'postgresql' ? 'postgresql' : 'sqlite';

/** The start's decision, on this run's kind of database, with the log it writes. */
async function start(env: Record<string, string>) {
  db = await freshDatabase();
  orm = await openDatabase(db.target);
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const database =
    kind === 'postgresql' ? { DATABASE_URL: 'postgresql://esurety@db.internal/esurety', SECRET_KEY: 'A'.repeat(43) + '=' } : {};
  const config = loadConfig({ ...database, ...env });
  const seeded = await seedDemoOnStart(orm, config, createLogger({ logLevel: 'info' }, sink));
  return { seeded, lines, users: await orm.em.fork().count(User) };
}

let db: TestDatabase | undefined;
let orm: Orm | undefined;
afterEach(async () => {
  await orm?.close(true);
  await db?.drop();
  orm = undefined;
  db = undefined;
});

describe(`starting on ${kind}`, () => {
  it('in production, starts empty: no demo account, not even admin@demo.esurety.jp', async () => {
    const { seeded, lines, users } = await start({ NODE_ENV: 'production' });
    expect(seeded).toBe(false);
    expect(users).toBe(0);
    expect(lines).toEqual([]);
  });

  it('in production, loads the demo data only with SEED_DEMO=true, and warns in the log', async () => {
    const { seeded, lines, users } = await start({ NODE_ENV: 'production', SEED_DEMO: 'true' });
    expect(seeded).toBe(true);
    expect(users).toBe(7);
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'warn',
        seedDemo: true,
        msg: expect.stringMatching(/^SEED_DEMO=true in production: loaded the demo data.*esurety-demo/),
      }),
    ]);
  });

  it(`in development, ${kind === 'sqlite' ? 'loads the demo data by default' : 'loads no demo data unless asked'}`, async () => {
    const { seeded, lines } = await start({ NODE_ENV: 'development' });
    expect(seeded).toBe(kind === 'sqlite');
    expect(lines.map((l) => l.level)).toEqual(kind === 'sqlite' ? ['info'] : []);
  });
});
