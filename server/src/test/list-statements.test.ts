import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countUpToBound } from '../common/pagination';
import { Guarantee } from '../modules/guarantees/guarantee.entity';
import { Contractor } from '../modules/organisations/contractor.entity';
import { signedIn } from './fixtures';
import { issuedGuaranteeWithKey, verifyGuarantee } from './guarantee-flow';
import { spaOperations } from './spa-operations';
import { startTestServer, type ApiClient, type TestServer } from './test-server';

/** The SPA's operation named `name`, as the client sends it. */
function spaQuery(name: string): string {
  const document = spaOperations().find((d) => (d.definitions[0] as { name?: { value: string } }).name?.value === name);
  if (!document) throw new Error(`no SPA operation ${name}`);
  return print(document);
}

/** The request's sign-in: the session and its user, looked up once for every request, whatever it asks. */
const isAuthentication = (statement: string) => / from [`"]session[`"] /.test(statement);

describe('SQL statements per list request: constant in the page size, at most 3 for the list', () => {
  let server: TestServer;
  const clients: Record<string, ApiClient> = {};
  let guaranteeId: string;

  beforeAll(async () => {
    server = await startTestServer();
    // Six issued applications (twelve guarantees), each verified by the orderer: every list has
    // more rows than a page of 5.
    for (let i = 0; i < 6; i++) {
      const guarantee = await issuedGuaranteeWithKey(server);
      guaranteeId = guarantee.id;
      await verifyGuarantee(server, guarantee.contractNumber, guarantee.authKey);
    }
    for (const [who, email] of Object.entries({
      contractor: 'contractor@demo.esurety.jp',
      branch: 'nagano@demo.esurety.jp',
      orderer: 'matsumoto@demo.esurety.jp',
      admin: 'admin@demo.esurety.jp',
    })) {
      clients[who] = await signedIn(server, email);
    }
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  const lists: [string, string, string, Record<string, unknown>][] = [
    ['the contractor’s guarantees', 'contractor', 'DeliveryGuarantees', {}],
    ['the branch’s guarantees', 'branch', 'DeliveryGuarantees', {}],
    ['the orderer’s ledger', 'orderer', 'OrdererLedger', {}],
    ['the contractor’s applications', 'contractor', 'Applications', {}],
    ['the branch’s review queue', 'branch', 'ReviewQueue', {}],
    ['the audit log (branch)', 'branch', 'AuditEvents', {}],
    ['the audit log (admin)', 'admin', 'AuditEvents', {}],
    ['a guarantee’s audit log', 'branch', 'GuaranteeAuditLog', {}],
  ];

  it.each(lists)('%s', async (_name, who, operation, variables) => {
    const request = async (first: number) => {
      server.queries.length = 0;
      const vars = operation === 'GuaranteeAuditLog' ? { ...variables, id: guaranteeId, first } : { ...variables, first };
      const result = await clients[who].gql<any>(spaQuery(operation), vars);
      expect(result.errors).toBeUndefined();
      const connection = Object.values(result.data!)[0] as { edges: unknown[] };
      const statements = server.queries.filter((q) => /^\[query\] /.test(q));
      return { rows: connection.edges.length, statements, list: statements.filter((s) => !isAuthentication(s)) };
    };
    const five = await request(5);
    const fifty = await request(50);
    if (operation !== 'GuaranteeAuditLog') {
      expect(five.rows).toBe(5);
      expect(fifty.rows).toBeGreaterThan(5);
    }
    expect(fifty.statements.length, fifty.statements.join('\n')).toBe(five.statements.length);
    expect(fifty.list.length, fifty.list.join('\n')).toBeLessThanOrEqual(3);
    expect(fifty.statements.length - fifty.list.length).toBe(1);
  });

  it('sends no count when the query does not ask for totalCount', async () => {
    server.queries.length = 0;
    const result = await clients.contractor.gql<any>(`{ guarantees(first: 50) { edges { node { id contractNumber } } } }`);
    expect(result.data!.guarantees.edges.length).toBeGreaterThan(5);
    expect(server.queries.filter((q) => /count\(/i.test(q))).toEqual([]);
    server.queries.length = 0;
    const counted = await clients.contractor.gql<any>(`{ guarantees(first: 50) { totalCount } }`);
    expect(counted.data!.guarantees.totalCount).toBe(12);
    expect(server.queries.filter((q) => /count\(|scope_count/i.test(q))).toHaveLength(1);
  });

  it('reads an unfiltered total from its scope’s counter row, and counts a filtered one', async () => {
    server.queries.length = 0;
    const whole = await clients.contractor.gql<any>(`{ guarantees(first: 50) { totalCount } }`);
    expect(whole.data!.guarantees.totalCount).toBe(12);
    expect(server.queries.filter((q) => /count\(/i.test(q))).toEqual([]);
    expect(server.queries.filter((q) => /scope_count/.test(q))).toHaveLength(1);
    server.queries.length = 0;
    const filtered = await clients.contractor.gql<any>(`{ guarantees(first: 50, filter: { kind: ADVANCE_PAYMENT }) { totalCount } }`);
    expect(filtered.data!.guarantees.totalCount).toBeGreaterThan(0);
    expect(filtered.data!.guarantees.totalCount).toBeLessThan(12);
    expect(server.queries.filter((q) => /count\(/i.test(q))).toHaveLength(1);
  });

  it('answers boundedCount from the counter row unfiltered, and filtered by counting at most 10,001 matches', async () => {
    server.queries.length = 0;
    const whole = await clients.contractor.gql<any>(`{ guarantees(first: 5) { boundedCount { count isExact } } }`);
    expect(whole.data!.guarantees.boundedCount).toEqual({ count: 12, isExact: true });
    expect(server.queries.filter((q) => /count\(/i.test(q))).toEqual([]);
    server.queries.length = 0;
    const filtered = await clients.contractor.gql<any>(
      `{ guarantees(first: 5, filter: { kind: ADVANCE_PAYMENT }) { totalCount boundedCount { count isExact } } }`,
    );
    expect(filtered.data!.guarantees.boundedCount).toEqual({ count: filtered.data!.guarantees.totalCount, isExact: true });
    // Asked with totalCount, the exact count answers both: one count.
    expect(server.queries.filter((q) => /count\(/i.test(q))).toHaveLength(1);
    server.queries.length = 0;
    const bounded = await clients.contractor.gql<any>(
      `{ guarantees(first: 5, filter: { kind: ADVANCE_PAYMENT }) { boundedCount { count isExact } } }`,
    );
    expect(bounded.data!.guarantees.boundedCount).toEqual(filtered.data!.guarantees.boundedCount);
    const counts = server.queries.filter((q) => /count\(/i.test(q));
    expect(counts).toHaveLength(1);
    expect(counts[0], counts[0]).toMatch(/count\(\*\) .* from \(select .* limit (\?|\$\d+)\) as .matching./i);
    // Beyond the bound it stops: with a bound of 3, the twelve are 「3件以上」.
    const em = server.orm.em.fork();
    const contractor = await em.findOneOrFail(Contractor, { name: '〇〇建設株式会社' });
    expect(await countUpToBound(em, Guarantee, { contractor }, 3)).toEqual({ count: 3, isExact: false });
    expect(await countUpToBound(em, Guarantee, { contractor }, 12)).toEqual({ count: 12, isExact: true });
    // Every connection answers it, also one whose service is not told what the query selects.
    const audit = await clients.admin.gql<any>(`{ auditEvents(first: 1) { totalCount boundedCount { count isExact } } }`);
    expect(audit.data!.auditEvents.boundedCount).toEqual({
      count: Math.min(audit.data!.auditEvents.totalCount, 10_000),
      isExact: audit.data!.auditEvents.totalCount <= 10_000,
    });
  });
});
