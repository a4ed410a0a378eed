import { createHash, randomInt } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CaseGenerator, collectIds, contractSchema, Random, type FuzzCase } from './test/fuzzer';
import { ApiClient, startTestServer, type GraphQLResponse, type TestServer } from './test/test-server';

/**
 * Issue 11 §7: every query and mutation of the SDL, as every demo role and anonymously, with
 * random, oversized, wrong-typed and hostile values. It fails on any INTERNAL, any HTTP 5xx, any
 * answer outside the contract, and any change to the data after a refused mutation; failures are
 * collected per class and reported all at once.
 *
 * FUZZ_SECONDS (default 60; 0 skips it) bounds the run after a baseline round of every operation
 * as every role; FUZZ_SEED repeats one (the seed is printed). A longer
 * run: `FUZZ_SECONDS=600 pnpm --filter @esurety/server exec vitest run src/fuzz.test.ts`.
 */
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? randomInt(2 ** 31));

const ROLES = [
  null,
  'contractor@demo.esurety.jp',
  'contractor2@demo.esurety.jp',
  'nagano@demo.esurety.jp',
  'kanagawa@demo.esurety.jp',
  'matsumoto@demo.esurety.jp',
  'odawara@demo.esurety.jp',
  'admin@demo.esurety.jp',
] as const;

/** What Node's HTTP server answers itself (before the app) to a URL or headers over its limits. */
const NODE_HTTP_REFUSALS = new Set([414, 431]);

const CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED']);

/** Tables that record refused requests by design: the audit trail, verification attempts, sessions' last use. */
const RECORDS_REFUSALS = new Set(['audit_event', 'verification_attempt', 'session']);

interface Failure {
  count: number;
  example: { role: string; n: number; document: string; variables: string; answer: string };
}

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { TRUST_PROXY: 'true' } });
});
afterAll(async () => {
  await server?.close();
});

it.skipIf(SECONDS <= 0)(
  `answers every operation in the contract, whatever it is sent (FUZZ_SEED=${SEED})`,
  { timeout: (2 * SECONDS + 120) * 1000 },
  async () => {
    console.log(`fuzz: FUZZ_SEED=${SEED} FUZZ_SECONDS=${SECONDS} (${process.env.ESURETY_TEST_DB ?? 'sqlite'})`);
    const random = new Random(SEED);
    const generator = new CaseGenerator(contractSchema(), random, await knownIds(server));
    const tables = entityTables(server).filter((table) => !RECORDS_REFUSALS.has(table));
    const clients = new Map(ROLES.map((role, i) => [role, client(server, `192.0.2.${i + 1}`)]));
    const failures = new Map<string, Failure>();
    const codes = new Map<string, number>();
    const timing = new Map<string, number>();
    const fail = (key: string, role: string, n: number, fuzz: FuzzCase, answer: string) => {
      const failure = failures.get(key);
      if (failure) failure.count++;
      else
        failures.set(key, {
          count: 1,
          example: {
            role,
            n,
            document: fuzz.document.slice(0, 400),
            variables: JSON.stringify(fuzz.variables).slice(0, 600),
            answer: answer.slice(0, 400),
          },
        });
    };

    let before = await digest(server, tables);
    let n = 0;
    // The baseline round (every operation as every role) always completes, within twice the time.
    const baseline = generator.fields.length * ROLES.length;
    const deadline = Date.now() + SECONDS * 1000;
    const done = () => Date.now() >= deadline && (n >= baseline || Date.now() >= deadline + SECONDS * 1000);
    for (; !done(); n++) {
      // Every role in turn for each operation in turn, the first round of them plain (a baseline).
      const fuzz = generator.next(Math.floor(n / ROLES.length), { baseline: n < baseline });
      const role = ROLES[n % ROLES.length];
      const api = clients.get(role)!;
      if (role === null) api.headers['x-forwarded-for'] = `10.${random.int(256)}.${random.int(256)}.${random.int(256)}`;
      else if (!api.cookie) {
        if (!(await signIn(api, role))) continue;
        before = await digest(server, tables); // signing in writes
      }
      const who = role ?? 'anonymous';

      if (n % 20 === 0) {
        // The document routes, with a known id or a hostile one, answer PDF or the contract's JSON.
        const id = (random.chance(0.5) ? random.pick([...generator.ids]) : generator.string()) || 'x'; // '' is another route
        const document = random.pick(['certificate.pdf', 'key-notice.pdf']);
        const url = `${server.url}/documents/guarantees/${percentEncoded(id)}/${document}`;
        const pdf = await fetch(url, { headers: { ...api.headers, ...(api.cookie ? { cookie: api.cookie } : {}) } });
        const body = Buffer.from(await pdf.arrayBuffer());
        const json = pdf.headers.get('content-type')?.startsWith('application/json');
        const probe: FuzzCase = { operation: 'query', field: `GET ${document}`, document: url, variables: {}, kind: 'document route' };
        if (pdf.status >= 500 || (pdf.status !== 200 && !NODE_HTTP_REFUSALS.has(pdf.status) && !json))
          fail(`HTTP ${pdf.status}: GET ${document}`, who, n, probe, body.toString('utf8'));
      }

      const started = Date.now();
      const response = await api.post(JSON.stringify({ query: fuzz.document, variables: fuzz.variables }));
      const text = await response.text();
      let result: GraphQLResponse;
      try {
        result = JSON.parse(text) as GraphQLResponse;
      } catch {
        fail(`not JSON (HTTP ${response.status}): ${fuzz.field} [${fuzz.kind}]`, who, n, fuzz, text);
        continue;
      }
      if (response.status >= 500) fail(`HTTP ${response.status}: ${fuzz.field} [${fuzz.kind}]`, who, n, fuzz, text);
      for (const error of result.errors ?? []) {
        const code = String(error.extensions?.code);
        codes.set(code, (codes.get(code) ?? 0) + 1);
        if (code === 'INTERNAL') fail(`INTERNAL: ${fuzz.field} [${fuzz.kind}]`, who, n, fuzz, text);
        else if (!CODES.has(code)) fail(`code outside the contract (${code}): ${fuzz.field}`, who, n, fuzz, text);
      }
      if (!result.errors) codes.set('OK', (codes.get('OK') ?? 0) + 1);
      collectIds(result.data, generator.ids);
      timing.set(fuzz.field, (timing.get(fuzz.field) ?? 0) + Date.now() - started);
      if (fuzz.operation === 'mutation') {
        // Only mutations write: the digest after the last one is the digest before this one.
        const after = await digest(server, tables);
        const changed = tables.filter((table) => before.get(table) !== after.get(table));
        if (result.errors?.length && changed.length)
          fail(`changed ${changed.join(', ')} after a refused ${fuzz.field}`, who, n, fuzz, text);
        before = after;
      }
    }

    console.log(`fuzz: slowest operations (ms) ${JSON.stringify([...timing].sort((a, b) => b[1] - a[1]).slice(0, 5))}`);
    console.log(`fuzz: ${n} cases, answers ${JSON.stringify(Object.fromEntries(codes))}`);
    const report = [...failures].map(([key, { count, example }]) => `${key} ×${count}\n    e.g. ${JSON.stringify(example)}`);
    expect(report, `fuzz failures (FUZZ_SEED=${SEED}):\n${report.join('\n')}`).toEqual([]);
    expect(n, 'the baseline round did not complete').toBeGreaterThanOrEqual(baseline);
  },
);

function client(server: TestServer, address: string): ApiClient {
  const api = new ApiClient(server.url);
  api.headers['x-forwarded-for'] = address;
  return api;
}

async function signIn(api: ApiClient, email: string): Promise<boolean> {
  try {
    await api.login(email);
    return true;
  } catch {
    return false; // e.g. a fuzzed mutation changed what this role can do; its cases are skipped
  }
}

function entityTables(server: TestServer): string[] {
  return Object.values(server.orm.getMetadata().getAll())
    .filter((meta) => !meta.embeddable && !meta.virtual && !meta.abstract && meta.tableName)
    .map((meta) => meta.tableName);
}

/** The ids of every object in the database, for cases that act on real objects. */
async function knownIds(server: TestServer): Promise<Set<string>> {
  const ids = new Set<string>();
  const connection = server.orm.em.getConnection();
  for (const table of entityTables(server)) {
    const rows = await connection.execute<{ id?: unknown }[]>(`select * from "${table}"`).catch(() => []);
    for (const row of rows) if (typeof row.id === 'string') ids.add(row.id);
  }
  return ids;
}

/** A cheap digest of every row of each table. */
async function digest(server: TestServer, tables: string[]): Promise<Map<string, string>> {
  const connection = server.orm.em.getConnection();
  const digests = new Map<string, string>();
  for (const table of tables) {
    const rows = await connection.execute<Record<string, unknown>[]>(`select * from "${table}"`);
    const hash = createHash('sha1');
    for (const row of rows.map((r) => JSON.stringify(r)).sort()) hash.update(row);
    digests.set(table, hash.digest('hex'));
  }
  return digests;
}

/** Every byte of the text's UTF-8 percent-encoded (encodeURIComponent throws on a lone surrogate). */
function percentEncoded(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
}
