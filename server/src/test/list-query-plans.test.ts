import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from './fixtures';
import { issuedGuaranteeWithKey, verifyGuarantee } from './guarantee-flow';
import { spaOperations } from './spa-operations';
import { startTestServer, type ApiClient, type TestServer } from './test-server';

/** The SPA's list query named `name`, as the client sends it. */
function spaQuery(name: string): string {
  const document = spaOperations().find((d) => (d.definitions[0] as { name?: { value: string } }).name?.value === name);
  if (!document) throw new Error(`no SPA operation ${name}`);
  return print(document);
}

/**
 * Every statement the ORM sends, as sent: MikroORM inlines the parameters and hands the text to
 * knex, whose `query` event sees it.
 */
function captureStatements(server: TestServer): string[] {
  const statements: string[] = [];
  server.orm.em
    .getConnection()
    .getKnex()
    .on('query', (query: { sql: string }) => statements.push(query.sql));
  return statements;
}

/**
 * What the database would do with `sql`, one line per plan node. PostgreSQL is told that scanning
 * a whole table or sorting is as costly as it can be, so that on a test database of a few rows it
 * still picks an index when one can serve (and shows a Seq Scan or a Sort only when none can).
 */
async function planOf(server: TestServer, sql: string): Promise<string[]> {
  const em = server.orm.em.fork();
  const connection = em.getConnection();
  if (server.config.database.kind === 'postgresql') {
    return em.transactional(async (tx) => {
      const c = tx.getConnection();
      await c.execute('set local enable_seqscan = off', [], 'run', tx.getTransactionContext());
      await c.execute('set local enable_sort = off', [], 'run', tx.getTransactionContext());
      const rows = await c.execute<{ 'QUERY PLAN': string }[]>(`explain ${sql}`, [], 'all', tx.getTransactionContext());
      return rows.map((row) => row['QUERY PLAN']);
    });
  }
  const rows = await connection.execute<{ detail: string }[]>(`explain query plan ${sql}`);
  return rows.map((row) => row.detail);
}

/**
 * The tables that may be read whole: the guarantor's own offices and the guarantor (tens of rows,
 * joined by MikroORM as `left join (branch inner join guarantor)`, which SQLite materialises).
 */
const REGISTRIES = new Set(['branch', 'guarantor']);

/** The bounded count's own subquery (common/pagination.ts): at most 10,001 ids, counted. */
const BOUNDED = 'matching';

/** The table of each alias in `sql` (`"work" as "w1"`, or with backticks). */
function tablesOf(sql: string): Map<string, string> {
  return new Map([...sql.matchAll(/[`"](\w+)[`"] as [`"](\w+)[`"]/g)].map((m) => [m[2], m[1]]));
}

/**
 * The plan lines that read a whole table (other than a registry) or sort. A sort after a lookup by
 * a unique index (the contract number) sorts at most one row, not the scope.
 */
function problems(sql: string, plan: string[]): string[] {
  const tables = tablesOf(sql);
  const unique = plan.some((line) => /USING (COVERING )?INDEX \w+_unique \(\w+=\?\)|Index Scan using \w+_unique/.test(line));
  return plan.filter((line) => {
    const sqliteScan = /^SCAN (\w+)$/.exec(line.trim());
    const pgScan = /Seq Scan on (\w+)/.exec(line);
    const table = sqliteScan ? (tables.get(sqliteScan[1]) ?? sqliteScan[1]) : pgScan?.[1];
    if (table) return !REGISTRIES.has(table) && table !== BOUNDED;
    if (/TEMP B-TREE|^\s*(->\s*)?(Incremental )?Sort\b/.test(line)) return !unique;
    return false;
  });
}

interface ListCase {
  name: string;
  client: () => ApiClient;
  operation: string;
  variables: Record<string, unknown>;
}

describe('every list and filter is served by an index (query plans of the SQL the lists send)', () => {
  let server: TestServer;
  const clients: Record<string, ApiClient> = {};
  let issued: { id: string; contractNumber: string };
  let ordererId: string;
  let statements: string[];

  beforeAll(async () => {
    server = await startTestServer();
    statements = captureStatements(server);
    issued = await issuedGuaranteeWithKey(server);
    const guarantee = await issuedGuaranteeWithKey(server);
    await verifyGuarantee(server, guarantee.contractNumber, guarantee.authKey);
    for (const [who, email] of Object.entries({
      contractor: 'contractor@demo.esurety.jp',
      branch: 'nagano@demo.esurety.jp',
      orderer: 'matsumoto@demo.esurety.jp',
      admin: 'admin@demo.esurety.jp',
    })) {
      clients[who] = await signedIn(server, email);
    }
    const orderers = await clients.contractor.gql<any>(`{ orderers(first: 100) { edges { node { id name } } } }`);
    ordererId = orderers.data!.orderers.edges.find((e: any) => e.node.name === '松本市').node.id;
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  const guaranteeFilters = () => [
    null,
    { kind: 'ADVANCE_PAYMENT' },
    { certificateFormat: 'ELECTRONIC' },
    { ordererId },
    { issuedFrom: '2020-01-01', issuedTo: '2030-12-31' },
    { workName: '改良' },
    { workName: '道路改良' },
    { contractNumber: issued.contractNumber },
  ];

  const cases = (): ListCase[] => [
    ...['contractor', 'branch'].flatMap((who) =>
      guaranteeFilters().map((filter) => ({
        name: `DeliveryGuarantees as ${who} with ${JSON.stringify(filter)}`,
        client: () => clients[who],
        operation: 'DeliveryGuarantees',
        variables: { filter, first: 50 },
      })),
    ),
    // An administrator's scope is everything: the unfiltered list walks the (createdAt, id) index.
    { name: 'DeliveryGuarantees as admin', client: () => clients.admin, operation: 'DeliveryGuarantees', variables: { first: 50 } },
    { name: 'OrdererLedger', client: () => clients.orderer, operation: 'OrdererLedger', variables: { first: 50 } },
    ...['contractor', 'admin'].map((who) => ({
      name: `Applications as ${who}`,
      client: () => clients[who],
      operation: 'Applications',
      variables: { first: 50 },
    })),
    { name: 'ReviewQueue', client: () => clients.branch, operation: 'ReviewQueue', variables: { first: 50 } },
    {
      name: 'ReviewQueue, sent',
      client: () => clients.branch,
      operation: 'ReviewQueue',
      variables: { first: 50, filter: { status: 'SUBMITTED' } },
    },
    ...['branch', 'admin'].map((who) => ({
      name: `AuditEvents as ${who}`,
      client: () => clients[who],
      operation: 'AuditEvents',
      variables: { first: 50 },
    })),
    { name: 'GuaranteeAuditLog', client: () => clients.branch, operation: 'GuaranteeAuditLog', variables: { id: issued.id, first: 50 } },
  ];

  it('serves a 工事名 search of three characters or more from the trigram index', async () => {
    const plans: string[][] = [];
    for (const client of [clients.admin, clients.contractor]) {
      statements.length = 0;
      const result = await client.gql<any>(spaQuery('DeliveryGuarantees'), { filter: { workName: '道路改良' }, first: 50 });
      expect(result.errors).toBeUndefined();
      for (const sql of statements.filter((s) => /work_name/.test(s))) plans.push(await planOf(server, sql));
    }
    // The administrator's search has no scope to walk: it reads the trigram index (and only it).
    const trigram = plans.filter((plan) => plan.some((line) => /guarantee_work_name_trigram/.test(line)));
    expect(trigram.length, plans.map((p) => p.join('\n')).join('\n\n')).toBeGreaterThan(0);
  });

  it('finds a guarantee by its 工事名 after a 変更, and no longer by the old one (the trigram index follows the change)', async () => {
    const search = async (workName: string) =>
      (
        await clients.contractor.gql<any>(`query($f: GuaranteeFilter) { guarantees(filter: $f) { edges { node { id } } } }`, {
          f: { workName },
        })
      ).data!.guarantees.edges.map((e: any) => e.node.id);
    const version = (await clients.branch.gql<any>(`query($id: ID!) { guarantee(id: $id) { version } }`, { id: issued.id })).data!.guarantee
      .version;
    expect(await search('●●●●工事')).toContain(issued.id);
    const changed = await clients.branch.gql(
      `mutation($input: ChangeGuaranteeInput!) { changeGuarantee(input: $input) { guarantee { workName } } }`,
      { input: { guaranteeId: issued.id, expectedVersion: version, workName: '市道一号線舗装補修工事' } },
    );
    expect(changed.errors).toBeUndefined();
    expect(await search('舗装補修')).toEqual([issued.id]);
    expect(await search('●●●●工事')).not.toContain(issued.id);
  });

  it('sends no statement that scans a whole table or sorts, for any list or filter, first page and next', async () => {
    const failures: string[] = [];
    let explained = 0;
    for (const list of cases()) {
      for (const page of ['first', 'next'] as const) {
        let variables = list.variables;
        if (page === 'next') {
          const first = await list.client().gql<any>(spaQuery(list.operation), { ...list.variables, first: 1 });
          const connection = Object.values(first.data ?? {})[0] as { pageInfo: { endCursor: string | null } };
          if (!connection?.pageInfo.endCursor) continue;
          variables = { ...list.variables, after: connection.pageInfo.endCursor };
        }
        statements.length = 0;
        const result = await list.client().gql<any>(spaQuery(list.operation), variables);
        expect(result.errors, list.name).toBeUndefined();
        const selects = statements.filter((sql) => /^select /i.test(sql));
        expect(selects.length, list.name).toBeGreaterThan(0);
        for (const sql of selects) {
          const plan = await planOf(server, sql);
          explained++;
          const found = problems(sql, plan);
          if (found.length) failures.push(`${list.name} (${page} page):\n  ${sql}\n  ${plan.join('\n  ')}`);
        }
      }
    }
    expect(explained).toBeGreaterThan(40);
    expect(failures, failures.join('\n\n')).toEqual([]);
  }, 120_000);
});
