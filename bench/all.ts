/**
 * Every benchmark of issue 14 in one run, against the real server as users start it (`node
 * server/dist/main.js`, built; pinned to core 1), with the raw handlers (bench/raw-server.ts, same
 * core, rounds alternated) and the load driver (autocannon, bench/load-worker.ts) in processes of
 * their own on core 0:
 *
 *   lists      contractor's guarantees (the SPA's DeliveryGuarantees), branch staff's guarantees,
 *              the orderer's ledger, the contractor's applications: app vs raw handler
 *   filters    the contractor's list with each filter, 工事名 and number search: the app's p50/p99
 *   verify     verifyGuarantee (a different number and key each request): app vs raw handler
 *   documents  the PDFs, in a process on the server's core (vs a raw jsPDF page) and over HTTP
 *   webhooks   change → arrival, idle and behind a receiver that never answers
 *   spa        what Chromium downloads for / (the sign-in page) and /verify
 *
 *   pnpm --filter @esurety/bench all [--guarantees 100000] [--seconds 10] [--rounds 2]
 *        [--connections 10] [--only lists,verify,…] [--profile] [--out DIR] [--ci]
 *   --profile adds CPU profiles (node --cpu-prof) of the server under the contractor's list and
 *   under verifyGuarantee, summarised by package; the .cpuprofile files stay in results/profiles/.
 *   DATABASE_URL=postgresql://…/postgres pnpm --filter @esurety/bench all …   (PostgreSQL)
 *
 * The dataset is seeded once (bench/.data/, see seed.ts) and copied for each run. Figures go to
 * the console and to bench/results/<date>-<database>-<guarantees>.json. `--ci` is the small run of
 * the test command: 2,000 guarantees, 2 s per round, results in a temporary folder. The run fails
 * when a benchmark crashes or a figure is missing, never on a ratio or a budget.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { LIST_BUDGET, PDF_BUDGET, PG_MILLION_BUDGET, VERIFY_BUDGET, WEBHOOK_BUDGET } from './budgets';
import type { DocumentTiming } from './documents.bench';
import { graphqlBody, send, signIn, type GraphQLBody } from './lib/graphql';
import { describeMachine, type Machine } from './lib/machine';
import {
  canPin,
  pinned,
  repoRoot,
  runOnDriverCore,
  SERVER_CORE,
  startAppServer,
  startRawServer,
  tsNodeArgs,
  type Running,
} from './lib/processes';
import { summariseProfile, type ProfileSummary } from './lib/profile';
import type { LoadInput, LoadResult } from './load-worker';
import {
  applications,
  deliveryGuaranteeFilters,
  deliveryGuarantees,
  electronicGuarantees,
  ordererLedger,
  orderers,
  verifyGuarantee,
  type Operation,
} from './operations';
import { benchDatabase, createBenchDatabase, DATASET_VERSION, defaultDataDir, seed, withDatabase, type Dataset } from './seed';
import { measureSpa, type PageDownload } from './spa';
import { measureWebhooks, type WebhookLatency } from './webhooks';

const BENCHES = ['lists', 'filters', 'verify', 'documents', 'webhooks', 'spa'] as const;

interface Options {
  guarantees: number;
  seconds: number;
  warmupSeconds: number;
  rounds: number;
  connections: number;
  only: Set<string>;
  profile: boolean;
  out: string;
  ci: boolean;
  port: number;
  deadDeliveries: number;
  /** a number of requests per side instead of a duration (the CI run: figures however slow the machine) */
  amount?: number;
}

interface Side extends LoadResult {
  rounds: LoadResult[];
}

interface Comparison {
  name: string;
  app: Side;
  raw: Side;
  /** app throughput / raw throughput */
  throughputRatio: number;
  /** app p99 / raw p99 */
  p99Ratio: number;
  budget: { minThroughputRatio: number; maxP99Ratio: number };
  withinBudget: boolean;
}

export interface Results {
  startedAt: string;
  options: Omit<Options, 'only' | 'out'> & { only: string[] };
  machine: Machine;
  dataset: Dataset;
  lists?: Comparison[];
  /** the contractor's list with each filter: absolute figures (budget: p99 on 1,000,000 guarantees, PostgreSQL) */
  /** `found`: the list's boundedCount as the SPA shows it ("10000+" beyond the bound). */
  filters?: (Side & { name: string; found: string; budgetP99Ms: number })[];
  verify?: Comparison;
  documents?: {
    inProcess: DocumentTiming[];
    overHttp: { name: string; medianMs: number; p95Ms: number; bytes: number };
    budget: typeof PDF_BUDGET;
  };
  webhooks?: WebhookLatency & { budgetMs: number };
  spa?: PageDownload[];
  profiles?: (ProfileSummary & { under: string })[];
  /** benchmarks that crashed, with the reason */
  failures?: string[];
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      guarantees: { type: 'string' },
      seconds: { type: 'string' },
      rounds: { type: 'string' },
      connections: { type: 'string', default: '10' },
      only: { type: 'string' },
      profile: { type: 'boolean', default: false },
      out: { type: 'string' },
      ci: { type: 'boolean', default: false },
      port: { type: 'string', default: '4310' },
    },
  });
  const ci = values.ci;
  const number = (value: string | undefined, fallback: number, name: string) => {
    const n = Number(value ?? fallback);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name}: a positive number`);
    return n;
  };
  const only = new Set(values.only ? values.only.split(',') : BENCHES);
  for (const name of only) if (!(BENCHES as readonly string[]).includes(name)) throw new Error(`--only: one of ${BENCHES.join(', ')}`);
  return {
    guarantees: number(values.guarantees, ci ? 2_000 : 100_000, 'guarantees'),
    seconds: number(values.seconds, ci ? 2 : 10, 'seconds'),
    warmupSeconds: ci ? 1 : 2,
    rounds: number(values.rounds, ci ? 1 : 2, 'rounds'),
    connections: number(values.connections, 10, 'connections'),
    only,
    profile: values.profile,
    out: path.resolve(values.out ?? (ci ? fs.mkdtempSync(path.join(os.tmpdir(), 'esurety-bench-')) : path.join(__dirname, 'results'))),
    ci,
    port: number(values.port, 4310, 'port'),
    deadDeliveries: ci ? 2 : 3,
    amount: ci ? 20 : undefined,
  };
}

/** The seeded dataset (seeded now if missing or of an older version) and a copy to run on. */
async function prepareDatabase(options: Options) {
  const databaseUrl = process.env.DATABASE_URL;
  const kind = databaseUrl ? 'postgresql' : 'sqlite';
  const seededDir = defaultDataDir(options.guarantees, kind);
  const manifest = path.join(seededDir, 'dataset.json');
  const current = fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf8')) as Dataset).version === DATASET_VERSION;

  if (kind === 'sqlite') {
    if (!current) {
      fs.rmSync(seededDir, { recursive: true, force: true });
      console.log(`Seeding ${options.guarantees} guarantees (SQLite, ${seededDir})…`);
      await seed({ guarantees: options.guarantees, dataDir: seededDir, quiet: options.ci });
    }
    const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'esurety-bench-run-'));
    // With its write-ahead log, if one was left: rows may still be there rather than in the file.
    for (const file of ['esurety.sqlite', 'esurety.sqlite-wal']) {
      if (fs.existsSync(path.join(seededDir, file))) fs.copyFileSync(path.join(seededDir, file), path.join(runDir, file));
    }
    return { seededDir, runDir, databaseUrl: undefined, cleanup: async () => fs.rmSync(runDir, { recursive: true, force: true }) };
  }

  // PostgreSQL: the dataset in a database of its own, each run on a copy made from it as a template.
  const seeded = benchDatabase(databaseUrl!, options.guarantees);
  const runName = `esurety_bench_run`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  const exists = async (name: string) => (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  if (!current || !(await exists(seeded.name))) {
    fs.rmSync(seededDir, { recursive: true, force: true });
    console.log(`Seeding ${options.guarantees} guarantees (PostgreSQL, database ${seeded.name})…`);
    await seed({
      guarantees: options.guarantees,
      dataDir: seededDir,
      databaseUrl: await createBenchDatabase(databaseUrl!, options.guarantees),
      quiet: options.ci,
    });
  }
  await admin.query(`drop database if exists ${runName}`);
  await admin.query(`create database ${runName} template ${seeded.name}`);
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'esurety-bench-run-'));
  return {
    seededDir,
    runDir,
    databaseUrl: withDatabase(databaseUrl!, runName),
    cleanup: async () => {
      await admin.query(`drop database if exists ${runName} with (force)`);
      await admin.end();
      fs.rmSync(runDir, { recursive: true, force: true });
    },
  };
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function combine(rounds: LoadResult[]): Side {
  return {
    requestsPerSecond: mean(rounds.map((r) => r.requestsPerSecond)),
    p50Ms: mean(rounds.map((r) => r.p50Ms)),
    p99Ms: mean(rounds.map((r) => r.p99Ms)),
    requests: rounds.reduce((a, r) => a + r.requests, 0),
    errors: rounds.reduce((a, r) => a + r.errors, 0),
    non2xx: rounds.reduce((a, r) => a + r.non2xx, 0),
    timeouts: rounds.reduce((a, r) => a + r.timeouts, 0),
    bytesPerResponse: mean(rounds.map((r) => r.bytesPerResponse)),
    rounds,
  };
}

/**
 * Waits until the servers are idle: a load run ends with requests still in flight, which the
 * server goes on working on; the next run must not start behind them.
 */
async function settle(urls: string[], timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  while (quiet < 2 && Date.now() < deadline) {
    const started = performance.now();
    await Promise.all(urls.map((url) => fetch(`${url}/healthz`).then((r) => r.arrayBuffer())));
    quiet = performance.now() - started < 50 ? quiet + 1 : 0;
    if (quiet < 2) await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Rounds alternate between the raw handler and the app, so that neither gets the quieter minutes. */
async function compare(
  name: string,
  options: Options,
  raw: Omit<LoadInput, 'connections' | 'seconds' | 'warmupSeconds'>,
  app: Omit<LoadInput, 'connections' | 'seconds' | 'warmupSeconds'>,
  budget: Comparison['budget'],
): Promise<Comparison> {
  const rawRounds: LoadResult[] = [];
  const appRounds: LoadResult[] = [];
  const common = {
    connections: options.connections,
    seconds: options.seconds,
    warmupSeconds: options.warmupSeconds,
    ...(options.amount ? { amount: options.amount, warmupAmount: options.connections } : {}),
  };
  const servers = [new URL(raw.url).origin, new URL(app.url).origin];
  for (let round = 0; round < options.rounds; round++) {
    await settle(servers);
    rawRounds.push(await runOnDriverCore<LoadResult>('load-worker.ts', { ...raw, ...common }));
    await settle(servers);
    appRounds.push(await runOnDriverCore<LoadResult>('load-worker.ts', { ...app, ...common }));
  }
  const rawSide = combine(rawRounds);
  const appSide = combine(appRounds);
  for (const [side, figures] of [
    ['raw', rawSide],
    ['app', appSide],
  ] as const) {
    // A refused connection now and then (a request cut off at the end of a window) is noted in
    // the figures; failed answers, or many errors, mean something is broken.
    if (figures.non2xx || figures.requests === 0 || figures.errors + figures.timeouts > Math.max(1, figures.requests * 0.05)) {
      throw new Error(
        `${name}, ${side}: ${figures.requests} requests, ${figures.errors} errors, ${figures.non2xx} non-2xx, ${figures.timeouts} timeouts`,
      );
    }
  }
  const throughputRatio = appSide.requestsPerSecond / rawSide.requestsPerSecond;
  const p99Ratio = appSide.p99Ms / rawSide.p99Ms;
  return {
    name,
    app: appSide,
    raw: rawSide,
    throughputRatio,
    p99Ratio,
    budget,
    withinBudget: throughputRatio >= budget.minThroughputRatio && p99Ratio <= budget.maxP99Ratio,
  };
}

/** One answer of each side, checked: no error, and the same number of rows and total. */
async function checkSameAnswer(name: string, appUrl: string, rawUrl: string, operation: Operation, cookie: string, field: string) {
  const post = async (url: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: graphqlBody(operation),
    });
    const body = (await response.json()) as GraphQLBody<Record<string, { boundedCount: BoundedCount; edges: unknown[] }>>;
    if (!response.ok || body.errors || !body.data) throw new Error(`${name}: ${url} answered ${JSON.stringify(body).slice(0, 400)}`);
    return body.data[field];
  };
  const [app, raw] = await Promise.all([post(`${appUrl}/graphql`), post(rawUrl)]);
  if (app.boundedCount.count !== raw.boundedCount.count || app.edges.length !== raw.edges.length) {
    throw new Error(
      `${name}: the app and the raw handler disagree (${app.boundedCount.count}/${app.edges.length} vs ${raw.boundedCount.count}/${raw.edges.length})`,
    );
  }
  return app;
}

async function benchLists(options: Options, app: Running, raw: Running, cookies: Record<string, string>): Promise<Comparison[]> {
  const lists = [
    {
      name: 'guarantees, contractor (DeliveryGuarantees)',
      operation: deliveryGuarantees,
      cookie: cookies.contractor,
      rawPath: '/lists/guarantees',
      field: 'guarantees',
    },
    {
      name: 'guarantees, branch staff (DeliveryGuarantees)',
      operation: deliveryGuarantees,
      cookie: cookies.staff,
      rawPath: '/lists/guarantees',
      field: 'guarantees',
    },
    {
      name: 'ordererLedger, orderer (OrdererLedger)',
      operation: ordererLedger,
      cookie: cookies.orderer,
      rawPath: '/lists/ledger',
      field: 'ordererLedger',
    },
    {
      name: 'applications, contractor (Applications)',
      operation: applications,
      cookie: cookies.contractor,
      rawPath: '/lists/applications',
      field: 'applications',
    },
  ];
  const results: Comparison[] = [];
  for (const list of lists) {
    const first = await checkSameAnswer(list.name, app.url, `${raw.url}${list.rawPath}`, list.operation, list.cookie, list.field);
    console.log(`  ${list.name}: ${counted(first.boundedCount)} in scope, ${first.edges.length} on the page`);
    const headers = { 'content-type': 'application/json', cookie: list.cookie };
    const body = graphqlBody(list.operation);
    results.push(
      await compare(
        list.name,
        options,
        { url: `${raw.url}${list.rawPath}`, method: 'POST', headers, bodies: [body] },
        { url: `${app.url}/graphql`, method: 'POST', headers, bodies: [body] },
        LIST_BUDGET,
      ),
    );
    printComparison(results.at(-1)!);
  }
  return results;
}

/** A connection's boundedCount (the SPA's documents ask it instead of the exact totalCount). */
interface BoundedCount {
  count: number;
  isExact: boolean;
}

const counted = ({ count, isExact }: BoundedCount) => (isExact ? String(count) : `${count}+`);

/** The contractor's list with each filter and search of its form: the app alone, against the p99 budget. */
async function benchFilters(options: Options, app: Running, cookie: string): Promise<NonNullable<Results['filters']>> {
  type Page = { guarantees: { boundedCount: BoundedCount; edges: { node: { contractNumber: string } }[] } };
  const first = await send<Page>(app.url, deliveryGuarantees, cookie);
  const {
    orderers: { edges },
  } = await send<{ orderers: { edges: { node: { id: string; name: string } }[] } }>(app.url, orderers, cookie);
  const list = edges.map((e) => e.node);
  const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
  const yearAgo = new Date(Date.now() + 9 * 3600_000 - 365 * 86_400_000).toISOString().slice(0, 10);
  const variants = deliveryGuaranteeFilters({
    ordererId: list.find((o) => o.name === '松本市')!.id,
    contractNumber: first.guarantees.edges[Math.min(7, first.guarantees.edges.length - 1)].node.contractNumber,
    today,
    yearAgo,
  });
  const results: NonNullable<Results['filters']> = [];
  const headers = { 'content-type': 'application/json', cookie };
  for (const { name, operation } of variants) {
    const answer = await send<Page>(app.url, operation, cookie);
    const rounds: LoadResult[] = [];
    for (let round = 0; round < options.rounds; round++) {
      await settle([app.url]);
      rounds.push(
        await runOnDriverCore<LoadResult>('load-worker.ts', {
          url: `${app.url}/graphql`,
          method: 'POST',
          headers,
          bodies: [graphqlBody(operation)],
          connections: options.connections,
          seconds: options.seconds,
          warmupSeconds: options.warmupSeconds,
          ...(options.amount ? { amount: options.amount, warmupAmount: options.connections } : {}),
        } satisfies LoadInput),
      );
    }
    const side = combine(rounds);
    if (side.non2xx || side.requests === 0) throw new Error(`filter ${name}: ${side.requests} requests, ${side.non2xx} non-2xx`);
    results.push({ name, found: counted(answer.guarantees.boundedCount), budgetP99Ms: PG_MILLION_BUDGET.maxP99Ms, ...side });
    console.log(
      `  ${name.padEnd(38)} ${counted(answer.guarantees.boundedCount).padStart(7)} found ${side.requestsPerSecond.toFixed(1).padStart(8)} req/s  p50 ${ms(side.p50Ms)}  p99 ${ms(side.p99Ms)} (budget ≤ ${PG_MILLION_BUDGET.maxP99Ms} ms on 1,000,000, PostgreSQL)`,
    );
  }
  return results;
}

async function benchVerify(options: Options, app: Running, raw: Running, seededDir: string): Promise<Comparison> {
  const keys = JSON.parse(fs.readFileSync(path.join(seededDir, 'keys.json'), 'utf8')) as { contractNumber: string; authKey: string }[];
  if (keys.length === 0) throw new Error('the dataset has no keys to verify with');
  // The app's answer for one key, checked; the raw handler's too.
  await send(app.url, verifyGuarantee(keys[0].contractNumber, keys[0].authKey));
  const rawAnswer = (await (
    await fetch(`${raw.url}/verify`, { method: 'POST', body: JSON.stringify(keys[0]), headers: { 'content-type': 'application/json' } })
  ).json()) as GraphQLBody;
  if (!rawAnswer.data) throw new Error(`verify, raw: ${JSON.stringify(rawAnswer).slice(0, 300)}`);
  const headers = { 'content-type': 'application/json' };
  const result = await compare(
    'verifyGuarantee (anonymous, a different key each time)',
    options,
    { url: `${raw.url}/verify`, method: 'POST', headers, bodies: keys.map((k) => JSON.stringify(k)) },
    {
      url: `${app.url}/graphql`,
      method: 'POST',
      headers,
      bodies: keys.map((k) => graphqlBody(verifyGuarantee(k.contractNumber, k.authKey))),
    },
    VERIFY_BUDGET,
  );
  // Still answering with certificates after the load (no lock, no limit tripped).
  await send(app.url, verifyGuarantee(keys[1 % keys.length].contractNumber, keys[1 % keys.length].authKey));
  printComparison(result);
  return result;
}

async function benchDocuments(options: Options, app: Running, contractorCookie: string): Promise<NonNullable<Results['documents']>> {
  const child = pinned(
    SERVER_CORE,
    process.execPath,
    tsNodeArgs('documents.bench.ts', []).concat(['--json', `--runs=${options.ci ? 10 : 40}`]),
    {
      cwd: __dirname,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let stdout = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`documents.bench.ts failed (${code})`);
  const inProcess = JSON.parse(stdout) as DocumentTiming[];

  // The key notice as the contractor downloads it from the real server, warm, one at a time.
  const { guarantees } = await send<{ guarantees: { edges: { node: { keyNoticeUrl: string | null } }[] } }>(
    app.url,
    electronicGuarantees,
    contractorCookie,
  );
  const url = guarantees.edges.map((e) => e.node.keyNoticeUrl).find(Boolean);
  if (!url) throw new Error('the contractor has no electronic guarantee to download a key notice of');
  const times: number[] = [];
  let bytes = 0;
  const runs = options.ci ? 10 : 40;
  for (let i = 0; i < runs + 5; i++) {
    const started = performance.now();
    const response = await fetch(`${app.url}${url}`, { headers: { cookie: contractorCookie } });
    const body = Buffer.from(await response.arrayBuffer());
    if (!response.ok || body.subarray(0, 4).toString() !== '%PDF') throw new Error(`key notice: HTTP ${response.status}`);
    if (i >= 5) times.push(performance.now() - started);
    bytes = body.length;
  }
  times.sort((a, b) => a - b);
  const overHttp = {
    name: 'key notice over HTTP (GET …/key-notice.pdf)',
    medianMs: times[times.length >> 1],
    p95Ms: times[Math.floor(times.length * 0.95)],
    bytes,
  };
  console.log('  document                                       median      p95     size');
  for (const d of inProcess) console.log(`  ${d.name.padEnd(46)} ${ms(d.median)} ${ms(d.p95)} ${kb(d.size)}`);
  console.log(`  ${overHttp.name.padEnd(46)} ${ms(overHttp.medianMs)} ${ms(overHttp.p95Ms)} ${kb(overHttp.bytes)}`);
  return { inProcess, overHttp, budget: PDF_BUDGET };
}

const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(6)} KB`;
const pct = (ratio: number) => `${(ratio * 100).toFixed(0)}%`;

function printComparison(c: Comparison) {
  const line = (label: string, s: Side) =>
    `    ${label.padEnd(5)} ${s.requestsPerSecond.toFixed(1).padStart(8)} req/s  p50 ${ms(s.p50Ms)}  p99 ${ms(s.p99Ms)}  ${kb(s.bytesPerResponse)}`;
  console.log(line('raw', c.raw));
  console.log(line('app', c.app));
  console.log(
    `    app/raw: throughput ${pct(c.throughputRatio)} (budget ≥ ${pct(c.budget.minThroughputRatio)}), p99 ×${c.p99Ratio.toFixed(2)} (budget ≤ ×${c.budget.maxP99Ratio})${c.withinBudget ? '' : '  — over budget'}`,
  );
}

/** The contractor's list under load with the server profiled (--cpu-prof): where the time goes. */
async function profileServer(
  options: Options,
  db: { runDir: string; seededDir: string; databaseUrl?: string },
  secretKey: string,
  target: 'contractor-list' | 'verify',
): Promise<ProfileSummary & { under: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esurety-profile-'));
  const spawned = performance.now();
  const app = await startAppServer({
    port: options.port + 2,
    dataDir: db.runDir,
    databaseUrl: db.databaseUrl,
    secretKey,
    nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
  });
  let loadFromMs: number;
  try {
    let cookie = '';
    let bodies: string[];
    if (target === 'contractor-list') {
      cookie = await signIn(app.url, 'contractor@demo.esurety.jp');
      bodies = [graphqlBody(deliveryGuarantees)];
    } else {
      const keys = JSON.parse(fs.readFileSync(path.join(db.seededDir, 'keys.json'), 'utf8')) as {
        contractNumber: string;
        authKey: string;
      }[];
      bodies = keys.map((k) => graphqlBody(verifyGuarantee(k.contractNumber, k.authKey)));
    }
    // The profile starts with the process: leave out its start-up, count from the load on.
    loadFromMs = performance.now() - spawned;
    await runOnDriverCore<LoadResult>('load-worker.ts', {
      url: `${app.url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      bodies,
      connections: options.connections,
      seconds: options.seconds,
      warmupSeconds: options.warmupSeconds,
    } satisfies LoadInput);
  } finally {
    await app.stop();
  }
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('the server wrote no CPU profile');
  const kept = path.join(
    options.out,
    'profiles',
    `${new Date().toISOString().slice(0, 10)}-${db.databaseUrl ? 'postgresql' : 'sqlite'}-${target}.cpuprofile`,
  );
  fs.mkdirSync(path.dirname(kept), { recursive: true });
  fs.copyFileSync(path.join(dir, file), kept);
  fs.rmSync(dir, { recursive: true, force: true });
  const summary = summariseProfile(kept, { fromMs: loadFromMs });
  console.log(`  ${target}: self time by package (${path.relative(repoRoot, kept)}):`);
  for (const p of summary.byPackage) console.log(`    ${String(p.share).padStart(5)}%  ${p.name}`);
  console.log('  hottest functions:');
  for (const f of summary.functions.slice(0, 10)) console.log(`    ${String(f.share).padStart(5)}%  ${f.name} (${f.where})`);
  return {
    ...summary,
    under: target === 'contractor-list' ? 'guarantees, contractor (DeliveryGuarantees) under load' : 'verifyGuarantee under load',
  };
}

/** Fails the run when a figure that was asked for is missing or not a number. */
function checkFigures(results: Results, options: Options) {
  const missing: string[] = [];
  const need = (label: string, value: unknown) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) missing.push(label);
  };
  const sides = (label: string, c: Comparison | undefined) => {
    for (const k of ['requestsPerSecond', 'p50Ms', 'p99Ms'] as const) {
      need(`${label} ${k}`, c?.app[k]);
      need(`${label} raw ${k}`, c?.raw[k]);
    }
  };
  if (options.only.has('lists')) {
    if (results.lists?.length !== 4) missing.push('lists');
    for (const c of results.lists ?? []) sides(c.name, c);
  }
  if (options.only.has('filters')) {
    if (results.filters?.length !== 6) missing.push('filters');
    for (const f of results.filters ?? [])
      for (const k of ['requestsPerSecond', 'p50Ms', 'p99Ms'] as const) need(`filter ${f.name} ${k}`, f[k]);
  }
  if (options.only.has('verify')) sides('verify', results.verify);
  if (options.only.has('documents')) {
    for (const d of results.documents?.inProcess ?? []) need(d.name, d.median);
    need('key notice over HTTP', results.documents?.overHttp.medianMs);
  }
  if (options.only.has('webhooks')) {
    need('webhooks idle', results.webhooks?.idleMs);
    need('webhooks behind a dead receiver', results.webhooks?.behindDeadReceiverMs);
  }
  if (options.only.has('spa')) {
    if (results.spa?.length !== 2) missing.push('spa');
    for (const p of results.spa ?? []) need(`spa ${p.page}`, p.jsGzipBytes);
  }
  if (missing.length) throw new Error(`figures missing: ${missing.join(', ')}`);
}

async function main() {
  const options = readOptions();
  if (!canPin) console.warn('taskset is missing or there is one core: the server and the load driver share the CPU');
  const db = await prepareDatabase(options);
  const secretKey = fs.readFileSync(path.join(db.seededDir, 'secret.key'), 'utf8').trim();
  const dataset = JSON.parse(fs.readFileSync(path.join(db.seededDir, 'dataset.json'), 'utf8')) as Dataset;
  const machine = await describeMachine(
    db.databaseUrl ? { kind: 'postgresql', url: db.databaseUrl } : { kind: 'sqlite', file: path.join(db.runDir, 'esurety.sqlite') },
    canPin,
  );
  const results: Results = {
    startedAt: new Date().toISOString(),
    options: { ...options, only: [...options.only] },
    machine,
    dataset,
  };
  console.log(
    `esurety benchmarks: ${dataset.guarantees} guarantees on ${machine.database.version}; ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}`,
  );
  console.log(
    `${options.connections} connections, ${options.amount ? `${options.amount} requests` : `${options.rounds} round(s) of ${options.seconds} s`} per side${canPin ? ', server on core 1, driver on core 0' : ''}; load average ${machine.loadAverageAtStart}`,
  );

  // A benchmark that fails is reported and the others still run; the run fails at the end.
  const failures: string[] = [];
  const step = async (name: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      console.error(`  ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  let app: Running | null = null;
  let raw: Running | null = null;
  try {
    app = await startAppServer({ port: options.port, dataDir: db.runDir, databaseUrl: db.databaseUrl, secretKey });
    raw = await startRawServer({ port: options.port + 1, dataDir: db.runDir, databaseUrl: db.databaseUrl, secretKey });
    const cookies = {
      contractor: await signIn(app.url, 'contractor@demo.esurety.jp'),
      contractor2: await signIn(app.url, 'contractor2@demo.esurety.jp'),
      staff: await signIn(app.url, 'nagano@demo.esurety.jp'),
      orderer: await signIn(app.url, 'matsumoto@demo.esurety.jp'),
    };

    const running = { app, raw };
    if (options.only.has('lists')) {
      console.log('\nLists (a page of 50)');
      await step('lists', async () => {
        results.lists = await benchLists(options, running.app, running.raw, cookies);
      });
    }
    if (options.only.has('filters')) {
      console.log(`\nThe contractor's list with each filter (app only)`);
      await step('filters', async () => {
        results.filters = await benchFilters(options, running.app, cookies.contractor);
      });
    }
    if (options.only.has('verify')) {
      console.log('\nverifyGuarantee');
      await step('verify', async () => {
        results.verify = await benchVerify(options, running.app, running.raw, db.seededDir);
      });
    }
    await raw.stop();
    raw = null;
    if (options.only.has('documents')) {
      console.log('\nPDFs (warm, one at a time)');
      await step('documents', async () => {
        results.documents = await benchDocuments(options, running.app, cookies.contractor);
      });
    }
    if (options.only.has('webhooks'))
      await step('webhooks', async () => {
        console.log(`\nWebhooks (change → arrival; ${options.deadDeliveries} deliveries to a receiver that never answers)`);
        results.webhooks = {
          ...(await measureWebhooks(running.app.url, cookies, {
            deadDeliveries: options.deadDeliveries,
            timeoutMs: options.ci ? 60_000 : 90_000,
          })),
          budgetMs: WEBHOOK_BUDGET.maxArrivalMs,
        };
        const w = results.webhooks;
        const show = (value: number | null) => (value === null ? `not within ${w.timeoutMs / 1000} s` : ms(value));
        console.log(
          `  idle: ${show(w.idleMs)}; behind the receiver that never answers: ${show(w.behindDeadReceiverMs)} (budget ≤ ${w.budgetMs} ms)`,
        );
      });
    if (options.only.has('spa'))
      await step('spa', async () => {
        console.log('\nSPA: what Chromium downloads (JS and CSS gzip, fonts as sent)');
        results.spa = await measureSpa(running.app.url);
        for (const p of results.spa) {
          console.log(
            `  ${p.page.padEnd(8)} JS ${kb(p.jsGzipBytes)} (budget ≤ ${kb(p.budgetJsGzipBytes)}), CSS ${kb(p.cssGzipBytes)}, fonts ${kb(p.fontBytes)} in ${p.fonts} files; largest: ${p.scripts
              .slice(0, 3)
              .map((s) => `${s.file} ${kb(s.gzipBytes).trim()}`)
              .join(', ')}`,
          );
        }
      });
  } catch (error) {
    if (app) console.error(`server log (tail):\n${app.log().slice(-3000)}`);
    if (raw) console.error(`raw handlers log (tail):\n${raw.log().slice(-3000)}`);
    throw error;
  } finally {
    await raw?.stop();
    await app?.stop();
  }

  if (options.profile) {
    console.log('\nCPU profiles of the server under load');
    await step('profile', async () => {
      results.profiles = [
        await profileServer(options, db, secretKey, 'contractor-list'),
        await profileServer(options, db, secretKey, 'verify'),
      ];
    });
  }
  await db.cleanup();

  fs.mkdirSync(options.out, { recursive: true });
  const file = path.join(options.out, `${results.startedAt.slice(0, 10)}-${machine.database.kind}-${dataset.guarantees}.json`);
  results.failures = failures;
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nResults: ${path.relative(process.cwd(), file)}`);
  if (failures.length) throw new Error(`benchmarks that failed:\n${failures.join('\n')}`);
  checkFigures(results, options);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
