/**
 * Server CPU time per list request, app against raw handler: the SPA's list documents sent one at
 * a time, and the CPU the server process spent (user + system, all its threads, from
 * /proc/<pid>/stat) divided by the requests. Unlike throughput, this hardly moves when other work
 * shares the machine, so it compares read paths on a busy machine. Not part of `all` or CI.
 *
 *   pnpm --filter @esurety/bench cpu [--guarantees 100000] [--requests 150] [--base path/to/server/dist/main.js]
 *     [--only applications] [--profile]
 *
 * `--base`: another build of the server (e.g. a worktree of an earlier commit), measured beside
 * this one on the same dataset; its documents ask `totalCount`, which every build answers.
 * `--only`: the lists whose name contains this. `--profile`: this build's CPU profile over the
 * requests (node --cpu-prof), printed by package and hottest function.
 * SQLite only (the dataset is copied from bench/.data/, seeded by `all` or `seed`).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { graphqlBody, signIn } from './lib/graphql';
import { pinned, repoRoot, SERVER_CORE, startRawServer } from './lib/processes';
import { applications, deliveryGuarantees, ordererLedger } from './operations';
import { defaultDataDir } from './seed';
import { summariseProfile } from './lib/profile';

const { values } = parseArgs({
  options: {
    guarantees: { type: 'string', default: '100000' },
    requests: { type: 'string', default: '150' },
    base: { type: 'string' },
    only: { type: 'string' },
    profile: { type: 'boolean', default: false },
  },
});

/** CPU milliseconds the process has used so far (utime + stime, in clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function startApp(main: string, port: number, dataDir: string, secretKey: string, nodeArgs: string[] = []) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SECRET_KEY: secretKey,
    SEED_DEMO: 'false',
    COOKIE_SECURE: 'false',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
  };
  delete env.NODE_ENV;
  delete env.DATABASE_URL;
  const child = pinned(SERVER_CORE, process.execPath, [...nodeArgs, main], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 300) throw new Error(`${main} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, pid: child.pid!, stop: () => (child.kill(), exited) };
}

async function main() {
  const requests = Number(values.requests);
  const source = defaultDataDir(Number(values.guarantees), 'sqlite');
  if (!fs.existsSync(source)) throw new Error(`no dataset in ${source}: run \`pnpm --filter @esurety/bench seed\` first`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'esurety-cpu-'));
  fs.cpSync(source, dataDir, { recursive: true });
  const secretKey = fs.readFileSync(path.join(dataDir, 'secret.key'), 'utf8').trim();
  const profileDir = values.profile ? fs.mkdtempSync(path.join(os.tmpdir(), 'esurety-cpu-profile-')) : null;
  const profileArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const spawned = performance.now();
  const apps = [await startApp(path.join(repoRoot, 'server', 'dist', 'main.js'), 4601, dataDir, secretKey, profileArgs)];
  const startUpMs = performance.now() - spawned;
  if (values.base) apps.push(await startApp(path.resolve(values.base), 4603, dataDir, secretKey));
  const raw = await startRawServer({ port: 4602, dataDir, secretKey });
  try {
    const lists = [
      ['contractor’s guarantees', 'contractor@demo.esurety.jp', deliveryGuarantees, '/lists/guarantees'],
      ['branch’s guarantees', 'nagano@demo.esurety.jp', deliveryGuarantees, '/lists/guarantees'],
      ['orderer’s ledger', 'matsumoto@demo.esurety.jp', ordererLedger, '/lists/ledger'],
      ['contractor’s applications', 'contractor@demo.esurety.jp', applications, '/lists/applications'],
    ] as const;
    const measured = lists.filter(([name]) => !values.only || name.includes(values.only));
    console.log(`server CPU ms per request (${requests} requests each, one at a time, two rounds)`);
    for (const [name, email, operation, rawPath] of measured) {
      const cookies: string[] = [];
      for (const app of apps) cookies.push(await signIn(app.url, email));
      const bodies = [
        graphqlBody(operation),
        graphqlBody({ ...operation, query: operation.query.replace('boundedCount { count isExact }', 'totalCount') }),
      ];
      const measure = async (url: string, pid: number, cookie: string, body: string) => {
        const send = async () =>
          (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body })).text();
        for (let i = 0; i < 20; i++) await send();
        const before = cpuMs(pid);
        for (let i = 0; i < requests; i++) await send();
        return (cpuMs(pid) - before) / requests;
      };
      const rounds: string[] = [];
      for (let round = 0; round < 2; round++) {
        const rawMs = await measure(`${raw.url}${rawPath}`, raw.process.pid!, cookies[0], bodies[0]);
        const sides = [`raw ${rawMs.toFixed(1)}`];
        for (const [i, app] of apps.entries()) {
          const ms = await measure(`${app.url}/graphql`, app.pid, cookies[i], bodies[i]);
          sides.push(`${i ? 'base' : 'app'} ${ms.toFixed(1)} (raw/app ${((100 * rawMs) / ms).toFixed(0)}%)`);
        }
        rounds.push(sides.join('  '));
      }
      console.log(`  ${name.padEnd(28)} ${rounds.join('  |  ')}`);
    }
  } finally {
    await Promise.all(apps.map((app) => app.stop()));
    await raw.stop();
    if (profileDir) printProfile(profileDir, startUpMs);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** This build's CPU profile (--profile) over the requests, by package and hottest functions. */
function printProfile(dir: string, startUpMs: number) {
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('the server wrote no CPU profile');
  const kept = path.join(dir, file);
  // The profile starts with the process: leave out its start-up.
  const summary = summariseProfile(kept, { fromMs: startUpMs, top: 25 });
  console.log(`self time by package (${kept}):`);
  for (const p of summary.byPackage) console.log(`  ${String(p.share).padStart(5)}%  ${p.name}`);
  console.log('hottest functions:');
  for (const f of summary.functions) console.log(`  ${String(f.share).padStart(5)}%  ${f.name} (${f.where})`);
}

void main();
