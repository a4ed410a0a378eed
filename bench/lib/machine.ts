import os from 'node:os';
import Database from 'libsql';
import pg from 'pg';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  database: { kind: 'sqlite' | 'postgresql'; version: string };
  /** whether the server and the load driver ran pinned to cores of their own */
  pinned: boolean;
  /** 1-minute load average when the run began: other work on the machine skews the figures */
  loadAverageAtStart: number;
}

/** What the figures were measured on. */
export async function describeMachine(
  database: { kind: 'sqlite'; file: string } | { kind: 'postgresql'; url: string },
  pinned: boolean,
): Promise<Machine> {
  let version: string;
  if (database.kind === 'sqlite') {
    const db = new Database(database.file, { readonly: true });
    version = `SQLite ${(db.prepare('select sqlite_version() as v').get() as { v: string }).v} (libsql)`;
    db.close();
  } else {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    version = `PostgreSQL ${(await client.query<{ server_version: string }>('show server_version')).rows[0].server_version}`;
    await client.end();
  }
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    database: { kind: database.kind, version },
    pinned,
    loadAverageAtStart: Math.round(os.loadavg()[0] * 100) / 100,
  };
}
