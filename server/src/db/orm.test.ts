import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Orm } from './orm';

interface PooledConnection {
  __created: number;
}
interface PoolClient {
  acquireConnection(): Promise<PooledConnection>;
  releaseConnection(connection: PooledConnection): Promise<void>;
}

describe.skipIf(process.env.ESURETY_TEST_DB === 'postgresql')('SQLite connections', () => {
  let dir: string;
  let orm: Orm;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esurety-orm-'));
    orm = await openDatabase({ kind: 'sqlite', file: path.join(dir, 'esurety.sqlite') });
  });
  afterAll(async () => {
    await orm?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const settings = async () => {
    const connection = orm.em.getConnection();
    const value = async (pragma: string) => Object.values((await connection.execute<Record<string, unknown>[]>(`pragma ${pragma}`))[0])[0];
    return { busyTimeout: await value('busy_timeout'), foreignKeys: await value('foreign_keys') };
  };

  it('wait for another process’s write lock and check foreign keys, also on a connection the pool makes anew', async () => {
    expect(await settings()).toEqual({ busyTimeout: 5000, foreignKeys: 1 });
    // MikroORM's libsql dialect replaces a connection older than 10 seconds: age this one.
    const client = orm.em.getKnex().client as unknown as PoolClient;
    const first = await client.acquireConnection();
    first.__created = 0;
    await client.releaseConnection(first);
    const second = await client.acquireConnection();
    expect(second).not.toBe(first);
    await client.releaseConnection(second);
    expect(await settings()).toEqual({ busyTimeout: 5000, foreignKeys: 1 });
  });
});
