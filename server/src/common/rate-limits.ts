import Database from 'libsql';
import { RateLimiterPostgres, RateLimiterSQLite, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DatabaseTarget, Orm } from '../db/orm';

export interface LimiterOptions {
  /** Distinguishes this limiter's keys from the others' in the shared table. */
  keyPrefix: string;
  points: number;
  /** Seconds a count lives. */
  duration: number;
}

/** Makes rate-limiter-flexible limiters over one store; `close()` releases it. */
export interface RateLimitStore {
  limiter(options: LimiterOptions): Promise<RateLimiterAbstract>;
  close(): void;
}

const TABLE = 'rate_limit';

/**
 * Counters live in the application's database, so every server process shares them: PostgreSQL
 * through the ORM's connection pool; SQLite through a connection of its own to the same file
 * (the ORM's single connection may be inside a transaction, which a counter must not join). An
 * in-memory SQLite database is private to one process, and so are its counters.
 */
export function rateLimitStore(orm: Orm, db: DatabaseTarget): RateLimitStore {
  if (db.kind === 'postgresql') {
    const knex = orm.em.getKnex();
    // The library's own table, created once here: several limiters (or server processes)
    // creating it at the same moment collide even with IF NOT EXISTS.
    let table: Promise<void> | null = null;
    const ensureTable = () =>
      (table ??= knex
        .raw(`create table if not exists "${TABLE}" (key varchar(255) primary key, points integer not null default 0, expire bigint)`)
        .then(() => undefined)
        .catch((error: { code?: string }) => {
          if (error.code !== '42P07' && error.code !== '23505') throw error;
        }));
    return {
      limiter: async (options) => {
        await ensureTable();
        return new RateLimiterPostgres({ ...options, storeClient: knex, storeType: 'knex', tableName: TABLE, tableCreated: true });
      },
      close: () => {},
    };
  }
  const sqlite = new Database(db.file);
  sqlite.exec('pragma busy_timeout = 5000');
  // This connection's commits are not fsynced one by one (WAL's `normal`, for this connection
  // only): a counter write is a commit of its own, two to four per guarded attempt, and a full
  // sync costs about 1 ms each here (docs/performance.md). The file stays consistent; a power cut
  // may lose the last counts, which the next failures count again. The ORM's connection, which
  // writes the records, keeps the default (`full`).
  if (db.file !== ':memory:') sqlite.exec('pragma synchronous = normal');
  return {
    limiter: (options) =>
      created((done) => new RateLimiterSQLite({ ...options, storeClient: sqlite, storeType: 'better-sqlite3', tableName: TABLE }, done)),
    close: () => sqlite.close(),
  };
}

/** The limiter once its table exists (the library creates it if missing). */
function created<T>(make: (done: (error?: unknown) => void) => T): Promise<T> {
  return new Promise((resolve, reject) => {
    const limiter: T = make((error) => (error ? reject(error) : queueMicrotask(() => resolve(limiter))));
  });
}
