import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GuaranteeApplication } from '../modules/applications/guarantee-application.entity';
import { Guarantee } from '../modules/guarantees/guarantee.entity';
import { OrdererView } from '../modules/verification/orderer-view.entity';
import { flyerApplication, signedIn } from '../test/fixtures';
import { issuedGuaranteeWithKey, verifyGuarantee } from '../test/guarantee-flow';
import { startTestServer, type ApiClient, type TestServer } from '../test/test-server';
import { ScopeCount } from './scope-count.entity';

const SAVE = `mutation($input: SaveApplicationInput!) { saveApplication(input: $input) { application { id } } }`;
const DELETE = `mutation($id: ID!) { deleteApplication(input: { applicationId: $id }) { application { id } } }`;

describe('scope counters (the unfiltered lists’ totalCount)', () => {
  let server: TestServer;
  let contractor: ApiClient;

  beforeAll(async () => {
    server = await startTestServer();
    contractor = await signedIn(server, 'contractor@demo.esurety.jp');
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  /** Every counter row next to the exact count of its scope, counted from the rows themselves. */
  async function countersAndCounts() {
    const em = server.orm.em.fork();
    const rows = await em.find(ScopeCount, {}, { orderBy: { scope: 'asc', scopeId: 'asc' } });
    const exact = async ({ scope, scopeId }: ScopeCount) => {
      switch (scope) {
        case 'guarantee.contractor':
          return em.count(Guarantee, { contractor: scopeId });
        case 'guarantee.branch':
          return em.count(Guarantee, { branch: scopeId });
        case 'ledger.orderer':
          return em.count(OrdererView, { guarantee: { orderer: scopeId } });
        case 'application.contractor':
          return em.count(GuaranteeApplication, { contractor: scopeId });
        default:
          throw new Error(`unknown scope ${scope}`);
      }
    };
    return Promise.all(rows.map(async (row) => ({ scope: row.scope, counter: row.count, exact: await exact(row) })));
  }

  it('match the rows after issuing, verifying (閲覧), saving and deleting drafts', async () => {
    for (let i = 0; i < 3; i++) {
      const guarantee = await issuedGuaranteeWithKey(server);
      // The first guarantee twice: a second view counts on its row, not in the ledger's counter.
      for (let views = 0; views < 2 - i; views++) await verifyGuarantee(server, guarantee.contractNumber, guarantee.authKey);
    }
    const saved = await contractor.gql<any>(SAVE, { input: await flyerApplication(server) });
    expect(saved.errors).toBeUndefined();
    const before = await countersAndCounts();
    expect(new Set(before.map((c) => c.scope))).toEqual(
      new Set(['guarantee.contractor', 'guarantee.branch', 'ledger.orderer', 'application.contractor']),
    );
    expect(before.filter((c) => c.counter !== c.exact)).toEqual([]);

    const deleted = await contractor.gql(DELETE, { id: saved.data.saveApplication.application.id });
    expect(deleted.errors).toBeUndefined();
    const after = await countersAndCounts();
    expect(after.filter((c) => c.counter !== c.exact)).toEqual([]);
    const applications = (rows: typeof after) =>
      rows.filter((c) => c.scope === 'application.contractor').reduce((n, c) => n + c.counter, 0);
    expect(applications(after)).toBe(applications(before) - 1);
  });

  it('answer the lists’ totalCount, filtered or not, as the exact count', async () => {
    const whole = await contractor.gql<any>(`{ guarantees(first: 1) { totalCount } applications(first: 1) { totalCount } }`);
    const em = server.orm.em.fork();
    const contractorId = (await em.findOneOrFail(Guarantee, { contractNumber: { $ne: null } }, { populate: ['contractor'] })).contractor.id;
    expect(whole.data.guarantees.totalCount).toBe(await em.count(Guarantee, { contractor: contractorId }));
    expect(whole.data.applications.totalCount).toBe(await em.count(GuaranteeApplication, { contractor: contractorId }));
    const blank = await contractor.gql<any>(`{ guarantees(first: 1, filter: { workName: "  " }) { totalCount } }`);
    expect(blank.data.guarantees.totalCount).toBe(whole.data.guarantees.totalCount);
  });
});
