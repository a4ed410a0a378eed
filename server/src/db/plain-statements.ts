import type { EntityManager } from './orm';

/** A row as the driver returns it (column names, the driver's values). */
export type Row = Record<string, unknown>;

/**
 * Plain statements on one of the ORM's own connections, for the hot paths where the ORM's work
 * around a statement costs more than the statement (docs/performance.md, verifyGuarantee): SQL as
 * written with `?` placeholders, parameters bound rather than inlined, each statement prepared once
 * per connection (SQLite) or named once per connection (PostgreSQL), no query builder, no entity.
 */
export interface PlainConnection {
  all(sql: string, params: readonly unknown[]): Promise<Row[]>;
  /**
   * The statements in order between `begin` and `commit` (`rollback` if one fails). On SQLite they
   * run without yielding to the event loop: no other request's statement, nor a guess-limit
   * counter write on the limiter's own connection (which would wait for this write lock while
   * holding the only thread), can come between.
   */
  transaction(statements: readonly PlainStatement[]): Promise<void>;
}

/** A statement and its parameters. */
export type PlainStatement = readonly [sql: string, params: readonly unknown[]];

interface LibSqlStatement {
  all(...params: unknown[]): Row[];
  run(...params: unknown[]): unknown;
}
interface LibSqlDatabase {
  prepare(sql: string): LibSqlStatement;
}
interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: Row[] }>;
  query(text: string): Promise<unknown>;
}
interface KnexClient {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
}

/** A SQLite connection's prepared statements, by SQL (the pool replaces connections now and then). */
const prepared = new WeakMap<object, Map<string, LibSqlStatement>>();
/** PostgreSQL: each SQL text's statement name and its `$n` form, the same on every connection. */
const named = new Map<string, { name: string; text: string }>();

/**
 * Runs `work` on a connection taken from the ORM's pool and held until it ends, so that a
 * transaction in it is never interleaved with another request's statements (SQLite's pool has one
 * connection, which waits meanwhile, as for the ORM's own transactions). Each statement is logged
 * like the ORM's own (`[query] …`, when query logging is on: the tests count them).
 */
export async function withPlainConnection<T>(em: EntityManager, work: (db: PlainConnection) => Promise<T>): Promise<T> {
  const client = em.getKnex().client as unknown as KnexClient;
  const logger = em.config.getLogger();
  const log = logger.isEnabled('query') ? (sql: string) => logger.logQuery({ query: sql, level: 'info' }) : () => {};
  const connection = (await client.acquireConnection()) as object;
  try {
    const libsql = typeof (connection as Partial<LibSqlDatabase>).prepare === 'function';
    return await work(libsql ? overLibSql(connection as LibSqlDatabase, log) : overPg(connection as PgClient, log));
  } finally {
    await client.releaseConnection(connection);
  }
}

function overLibSql(db: LibSqlDatabase, log: (sql: string) => void): PlainConnection {
  let cache = prepared.get(db);
  if (!cache) prepared.set(db, (cache = new Map()));
  const statement = (sql: string) => {
    let found = cache.get(sql);
    if (!found) cache.set(sql, (found = db.prepare(sql)));
    log(sql);
    return found;
  };
  // SQLite stores the ORM's Date properties as milliseconds.
  const bound = (params: readonly unknown[]) => params.map((value) => (value instanceof Date ? value.getTime() : value));
  return {
    all: async (sql, params) => statement(sql).all(...bound(params)),
    transaction: async (statements) => {
      // The write lock from the start: another process's writer waits (busy_timeout) rather than
      // failing to upgrade a read lock midway.
      statement('begin immediate').run();
      try {
        for (const [sql, params] of statements) statement(sql).run(...bound(params));
        statement('commit').run();
      } catch (error) {
        statement('rollback').run();
        throw error;
      }
    },
  };
}

function overPg(client: PgClient, log: (sql: string) => void): PlainConnection {
  const query = async (sql: string, params: readonly unknown[]) => {
    let statement = named.get(sql);
    if (!statement) {
      let n = 0;
      statement = { name: `plain_${named.size + 1}`, text: sql.replace(/\?/g, () => `$${++n}`) };
      named.set(sql, statement);
    }
    log(sql);
    return (await client.query({ ...statement, values: [...params] })).rows;
  };
  const plain = async (sql: string) => {
    log(sql);
    await client.query(sql);
  };
  return {
    all: query,
    transaction: async (statements) => {
      await plain('begin');
      try {
        for (const [sql, params] of statements) await query(sql, params);
        await plain('commit');
      } catch (error) {
        await plain('rollback');
        throw error;
      }
    },
  };
}
