import fs from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError } from 'commander';
import type { Config } from '../config';
import { connectDatabase, type Orm } from '../db/orm';

/** Where the CLI writes and what it reads: the process's, or a test's. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  /** The directory relative paths are taken from (the caller's, also under `pnpm esurety`). */
  cwd: string;
}

/** The documented exit codes. */
export const EXIT = { OK: 0, FAILURE: 1, USAGE: 2 } as const;

/** The command line is wrong (exit 2): says what is expected. */
export class UsageError extends Error {}

/** The command could not do its work (exit 1). */
export class CliFailure extends Error {}

/** Opens the configured database for one command and always closes it. */
export async function withDatabase<T>(
  config: Config,
  work: (orm: Orm) => Promise<T>,
  { requireCurrentSchema = true }: { requireCurrentSchema?: boolean } = {},
): Promise<T> {
  if (requireCurrentSchema && config.database.kind === 'sqlite' && !fs.existsSync(config.database.file)) {
    throw new CliFailure(`No database at ${config.database.file}. Is DATA_DIR right? \`esurety migrate up\` creates one.`);
  }
  const orm = await connectDatabase(config.database, { log: () => {} });
  try {
    if (requireCurrentSchema) {
      const pending = await orm.getMigrator().getPendingMigrations();
      if (pending.length > 0) {
        throw new CliFailure(`The database is not up to date (${pending.length} migrations pending): run \`esurety migrate up\` first.`);
      }
    }
    return await work(orm);
  } finally {
    await orm.close(true);
  }
}

/** A path as the operator typed it, relative to where they typed it. */
export function resolvePath(io: CliIo, file: string): string {
  return path.resolve(io.cwd, file);
}

/** commander parser: a whole number within bounds. */
export function wholeNumber(min: number, max: number) {
  return (value: string) => {
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}.`);
    }
    return Number(value);
  };
}

/** Rows as tab-separated columns under a header (readable, and easy to cut or awk). */
export function table(header: string[], rows: (string | number | null | undefined)[][]): string {
  return [header, ...rows].map((row) => row.map((cell) => String(cell ?? '-').replace(/[\t\n]/g, ' ')).join('\t')).join('\n') + '\n';
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
