/**
 * The processes of a benchmark run, each pinned to its core: the server under test (the real
 * one, `node server/dist/main.js` as users start it, or the raw handlers) on core 1, the load
 * driver on core 0, so that the driver never takes the server's CPU. Without `taskset` (or with
 * one core) nothing is pinned and the run says so.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');
const benchDir = path.resolve(__dirname, '..');

export const SERVER_CORE = 1;
export const DRIVER_CORE = 0;

export const canPin = os.cpus().length >= 2 && spawnSync('taskset', ['-c', '0', 'true']).status === 0;

/** `command args` on `core`, through taskset when it can. */
export function pinned(core: number, command: string, args: string[], options: Parameters<typeof spawn>[2] = {}): ChildProcess {
  return canPin ? spawn('taskset', ['-c', String(core), command, ...args], options) : spawn(command, args, options);
}

/** Node running a TypeScript file of the bench (through @swc-node/register). */
export function tsNodeArgs(file: string, extra: string[] = []): string[] {
  return ['--conditions=source', '-r', '@swc-node/register', ...extra, path.join(benchDir, file)];
}

export interface Running {
  url: string;
  process: ChildProcess;
  /** the output so far, for the error message when it dies */
  log: () => string;
  stop(): Promise<void>;
}

function track(child: ChildProcess): () => string {
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => output;
}

function stopper(child: ChildProcess) {
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
}

async function waitFor(url: string, child: ChildProcess, log: () => string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the process exited (${child.exitCode}) before answering ${url}:\n${log()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s:\n${log()}`);
}

export interface AppServerOptions {
  port: number;
  dataDir: string;
  databaseUrl?: string;
  secretKey: string;
  /** extra node flags, e.g. --cpu-prof */
  nodeArgs?: string[];
  cwd?: string;
}

/** The real server, started as users start it: `node server/dist/main.js` (built), on core 1. */
export async function startAppServer(options: AppServerOptions): Promise<Running> {
  const main = path.join(repoRoot, 'server', 'dist', 'main.js');
  if (!fs.existsSync(main)) throw new Error('server/dist/main.js is missing: run `pnpm build` first');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(options.port),
    HOST: '127.0.0.1',
    DATA_DIR: options.dataDir,
    SECRET_KEY: options.secretKey,
    SEED_DEMO: 'false',
    COOKIE_SECURE: 'false',
    PUBLIC_URL: `http://127.0.0.1:${options.port}`,
  };
  // As `pnpm start` runs it (development: webhooks may go to this machine's receivers).
  delete env.NODE_ENV;
  delete env.DATABASE_URL;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  const child = pinned(SERVER_CORE, process.execPath, [...(options.nodeArgs ?? []), main], {
    env,
    cwd: options.cwd ?? repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = track(child);
  const url = `http://127.0.0.1:${options.port}`;
  await waitFor(`${url}/healthz`, child, log);
  return { url, process: child, log, stop: stopper(child) };
}

/** The raw handlers (bare node:http, the same SQL), on the server's core. */
export async function startRawServer(options: {
  port: number;
  dataDir: string;
  databaseUrl?: string;
  secretKey: string;
}): Promise<Running> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    RAW_PORT: String(options.port),
    RAW_SQLITE_FILE: path.join(options.dataDir, 'esurety.sqlite'),
    SECRET_KEY: options.secretKey,
  };
  delete env.DATABASE_URL;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  const child = pinned(SERVER_CORE, process.execPath, tsNodeArgs('raw-server.ts'), {
    env,
    cwd: benchDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = track(child);
  const url = `http://127.0.0.1:${options.port}`;
  await waitFor(`${url}/healthz`, child, log);
  return { url, process: child, log, stop: stopper(child) };
}

/** Runs a bench TypeScript file in its own process on the driver's core; returns its JSON output. */
export async function runOnDriverCore<T>(file: string, input: unknown): Promise<T> {
  const child = pinned(DRIVER_CORE, process.execPath, tsNodeArgs(file), { cwd: benchDir, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin!.end(JSON.stringify(input));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${file} failed (${code}):\n${stderr.slice(-4000)}`);
  return JSON.parse(stdout) as T;
}
