import { execFile } from 'node:child_process';
import path from 'node:path';
import type { DatabaseTarget } from '../db/orm';

const serverRoot = path.resolve(__dirname, '..', '..');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the operator's CLI as the operator would, in a child process of its own, from the source
 * (the same entry as server/dist/cli/main.js, without needing a build first).
 */
export function runCli(args: string[], env: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--conditions=source', '-r', '@swc-node/register', 'src/cli/main.ts', ...args],
      {
        cwd: serverRoot,
        // Only what the operator would set: the CLI must not depend on a test's variables.
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'production', ...env },
        timeout: 120_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** The environment variables that point the CLI (and a server) at a test database. */
export function databaseEnv(target: DatabaseTarget): Record<string, string> {
  if (target.kind === 'postgresql') return { DATABASE_URL: target.url };
  if (target.file === ':memory:')
    throw new Error('the CLI needs a database that another process can open: freshDatabase({ shared: true })');
  return { DATA_DIR: path.dirname(target.file) };
}

/** The token of a printed `…/set-password#token=…` link. */
export function linkToken(output: string): string {
  const match = /\/set-password#token=([A-Za-z0-9_-]{43})\b/.exec(output);
  if (!match) throw new Error(`no set-password link in: ${output}`);
  return match[1];
}
