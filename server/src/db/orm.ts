import fs from 'node:fs';
import path from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { AbstractSqlDriver, SqlEntityManager } from '@mikro-orm/knex';
import type { Config } from '../config';
import { entities } from './entities';
import { migrationsFor, type DatabaseKind } from './migrations';
import { QueueCommitSubscriber } from '../common/queue-signal';

export type Orm = MikroORM<AbstractSqlDriver>;
export type EntityManager = SqlEntityManager<AbstractSqlDriver>;

export type DatabaseTarget = Config['database'] | { kind: 'sqlite'; file: ':memory:' };

/**
 * `onQuery` sees every SQL statement the ORM sends (tests count them); `log` gets the ORM's own
 * messages (the migrations it applies), which otherwise go to the console.
 */
export function ormOptions(
  db: DatabaseTarget,
  options: { onQuery?: (sql: string) => void; log?: (message: string) => void } = {},
): Options {
  const common = {
    entities,
    ...(options.onQuery
      ? { debug: ['query' as const], colors: false, logger: (message: string) => options.onQuery!(message) }
      : { debug: false, ...(options.log ? { colors: false, logger: options.log } : {}) }),
    // Entities are listed explicitly; nothing is discovered from the file system.
    discovery: { warnWhenNoEntities: true, requireEntitiesArray: true },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    extensions: [Migrator],
    // Tells the delivery workers of this process about a commit that queued something (SQLite).
    subscribers: db.kind === 'sqlite' ? [new QueueCommitSubscriber()] : [],
    migrations: {
      migrationsList: migrationsFor(db.kind as DatabaseKind),
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
  } satisfies Partial<Options>;

  if (db.kind === 'postgresql') {
    return { ...common, driver: PostgreSqlDriver, clientUrl: db.url, pool: { min: 0, max: 10 } };
  }
  if (db.file !== ':memory:') fs.mkdirSync(path.dirname(db.file), { recursive: true });
  return {
    ...common,
    driver: LibSqlDriver,
    dbName: db.file,
    // Every connection's own settings, on each connection the pool makes: MikroORM's libsql
    // dialect replaces its connection every 10 seconds, and a new one would otherwise wait 0 ms
    // for another process's write lock (SQLITE_BUSY at once) and ignore foreign keys.
    pool: {
      afterCreate: (connection: { exec(sql: string): void }, done: (error: Error | null, connection: unknown) => void) => {
        try {
          connection.exec('pragma foreign_keys = on');
          if (db.file !== ':memory:') connection.exec('pragma busy_timeout = 5000');
          done(null, connection);
        } catch (error) {
          done(error as Error, connection);
        }
      },
    },
  };
}

/** Connects and brings the schema up to date with the checked-in migrations. */
export async function openDatabase(db: DatabaseTarget, options: Parameters<typeof ormOptions>[1] = {}): Promise<Orm> {
  const orm = await connectDatabase(db, options);
  await orm.getMigrator().up();
  return orm;
}

/** Connects without migrating (the operator's `esurety migrate` decides that). */
export async function connectDatabase(db: DatabaseTarget, options: Parameters<typeof ormOptions>[1] = {}): Promise<Orm> {
  const orm = (await MikroORM.init(ormOptions(db, options))) as unknown as Orm;
  if (db.kind === 'sqlite') {
    // The file's own setting (connections' settings: see the pool's afterCreate above).
    if (db.file !== ':memory:') await orm.em.getConnection().execute('pragma journal_mode = wal');
  }
  return orm;
}
