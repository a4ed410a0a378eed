import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'libsql';
import type { Config } from '../config';
import { CliFailure, resolvePath, withDatabase, type CliIo } from './cli-support';

const run = promisify(execFile);

const KEY_REMINDER =
  'The backup does not hold the master key: keep SECRET_KEY (or DATA_DIR/secret.key) safe apart from it; ' +
  'without that key no 認証キー issued before can be verified from the restored data.\n';

/**
 * `esurety backup <file>`. SQLite: `VACUUM INTO`, a consistent copy taken in one read transaction
 * while the server goes on (WAL), then checked (the libsql driver has no online backup API: its
 * `backup()` is not implemented). PostgreSQL: `pg_dump --format=custom`.
 */
export async function backup(config: Config, io: CliIo, file: string, options: { force?: boolean }): Promise<void> {
  const target = resolvePath(io, file);
  if (fs.existsSync(target)) {
    if (!options.force) throw new CliFailure(`${target} exists: choose a new file, or add --force to replace it.`);
    fs.rmSync(target);
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (config.database.kind === 'sqlite') {
    await withDatabase(config, async (orm) => {
      await orm.em.getConnection().execute(`vacuum into ${sqlString(target)}`);
    });
    const checked = checkSqliteBackup(target);
    io.out(`Backed up ${config.database.file} to ${target} (${size(target)}, ${checked} migrations applied).\n`);
  } else {
    const tools = await postgresTools(config, config.database.url);
    await run(tools.dump, ['--format=custom', '--no-owner', '--no-privileges', `--file=${target}`, `--dbname=${tools.dbname}`], {
      env: tools.env,
    }).catch(failWith('pg_dump'));
    io.out(`Backed up the PostgreSQL database to ${target} (${size(target)}, pg_dump ${tools.version} custom format).\n`);
  }
  io.out(KEY_REMINDER);
}

/**
 * `esurety restore <file>` into the configured database, with every server stopped. An existing
 * database is replaced only with --force. SQLite: the checked backup file becomes the database
 * file. PostgreSQL: `pg_restore` in one transaction (with --force: `--clean --if-exists`).
 */
export async function restore(config: Config, io: CliIo, file: string, options: { force?: boolean }): Promise<void> {
  const source = resolvePath(io, file);
  if (!fs.existsSync(source)) throw new CliFailure(`${source} does not exist.`);
  if (config.database.kind === 'sqlite') {
    const database = config.database.file;
    const migrations = checkSqliteBackup(source);
    if (fs.existsSync(database) && !options.force) {
      throw new CliFailure(`${database} exists. Stop every server, then add --force to replace it with the backup.`);
    }
    fs.mkdirSync(path.dirname(database), { recursive: true });
    const incoming = `${database}.restoring`;
    fs.copyFileSync(source, incoming);
    for (const stale of [`${database}-wal`, `${database}-shm`]) fs.rmSync(stale, { force: true });
    fs.renameSync(incoming, database);
    io.out(`Restored ${source} into ${database} (${migrations} migrations applied).\n`);
  } else {
    const tools = await postgresTools(config, config.database.url);
    const tables = await withDatabase(
      config,
      (orm) => orm.em.getConnection().execute(`select count(*)::int as n from information_schema.tables where table_schema = 'public'`),
      { requireCurrentSchema: false },
    );
    const occupied = Number(tables[0]?.n ?? 0) > 0;
    if (occupied && !options.force) {
      throw new CliFailure('The database is not empty. Stop every server, then add --force to replace its contents with the backup.');
    }
    const args = ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${tools.dbname}`];
    if (occupied) args.push('--clean', '--if-exists');
    await run(tools.restore, [...args, source], { env: tools.env }).catch(failWith('pg_restore'));
    io.out(`Restored ${source} into the PostgreSQL database.\n`);
  }
  io.out('Start the server (it applies any newer migrations), with the SECRET_KEY the backup was made under.\n');
}

/** Opens an SQLite backup read-only and checks it; returns how many migrations it has applied. */
function checkSqliteBackup(file: string): number {
  let db: InstanceType<typeof Database>;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new CliFailure(`${file} is not an SQLite database: ${(error as Error).message}`);
  }
  try {
    const first = (sql: string) => Object.values((db.prepare(sql).get() ?? {}) as Record<string, unknown>)[0];
    const integrity = first('pragma integrity_check');
    if (integrity !== 'ok') throw new CliFailure(`${file} is damaged: ${String(integrity)}`);
    const hasMigrations = Number(first(`select count(*) from sqlite_master where type = 'table' and name = 'mikro_orm_migrations'`));
    if (!hasMigrations) throw new CliFailure(`${file} is not an esurety database (it has no migrations table).`);
    return Number(first('select count(*) from mikro_orm_migrations'));
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    throw new CliFailure(`${file} is not an SQLite database: ${(error as Error).message}`);
  } finally {
    db.close();
  }
}

/**
 * pg_dump and pg_restore from PATH, checked to be at least the server's major version (an older
 * pg_dump refuses a newer server). The password goes in PGPASSWORD, never on a command line.
 */
async function postgresTools(config: Config, url: string) {
  const parsed = new URL(url);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (parsed.password) env.PGPASSWORD = decodeURIComponent(parsed.password);
  parsed.password = '';
  const dbname = parsed.toString();
  const version = async (tool: string) => {
    try {
      const { stdout } = await run(tool, ['--version'], { env });
      return /(\d+)(?:\.(\d+))?/.exec(stdout)?.[0] ?? stdout.trim();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new CliFailure(
          `${tool} was not found on PATH. Install the PostgreSQL client tools of the server's version ` +
            `(Debian: apt-get install postgresql-client-15) or put them on PATH.`,
        );
      }
      throw error;
    }
  };
  const [dumpVersion, restoreVersion] = [await version('pg_dump'), await version('pg_restore')];
  let serverVersion: string;
  try {
    const rows = await withDatabase(config, (orm) => orm.em.getConnection().execute('show server_version'), {
      requireCurrentSchema: false,
    });
    serverVersion = String(rows[0].server_version);
  } catch (error) {
    throw new CliFailure(`Could not connect to the database: ${(error as Error).message}`);
  }
  const major = (v: string) => Number(/^\d+/.exec(v)?.[0] ?? 0);
  for (const [tool, v] of [
    ['pg_dump', dumpVersion],
    ['pg_restore', restoreVersion],
  ] as const) {
    if (major(v) < major(serverVersion)) {
      throw new CliFailure(
        `${tool} ${v} is older than the server (PostgreSQL ${serverVersion}): install the client tools of version ${major(serverVersion)} or later.`,
      );
    }
  }
  return { dump: 'pg_dump', restore: 'pg_restore', dbname, env, version: dumpVersion };
}

function failWith(tool: string) {
  return (error: Error & { stderr?: string }) => {
    throw new CliFailure(`${tool} failed: ${(error.stderr ?? error.message).trim()}`);
  };
}

function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function size(file: string): string {
  const bytes = fs.statSync(file).size;
  return bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}
