import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';

/** The PostgreSQL server that tests and tools create throwaway databases on. */
export function postgresAdminUrl(): string {
  return process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
}

/** Creates an empty database next to `adminUrl`'s; `drop()` removes it again. */
export async function createTemporaryPostgres(prefix: string, adminUrl = postgresAdminUrl()) {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = await MikroORM.init({
    driver: PostgreSqlDriver,
    clientUrl: adminUrl,
    entities: [],
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: 1 },
  });
  await admin.em.getConnection().execute(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.em.getConnection().execute(`drop database if exists "${name}" with (force)`);
      await admin.close(true);
    },
  };
}
