import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flyerApplication, signedIn, submitApplication } from '../../test/fixtures';
import { errorCode, startTestServer, type ApiClient, type TestServer } from '../../test/test-server';
import { AuthKeyDisplay } from './auth-key-display.entity';

const LIST = `query($filter: GuaranteeFilter, $first: Int, $after: String) {
  guarantees(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id contractNumber kind certificateFormat workName amount orderer { name certificateTitle } work { contractAmount } } } } }`;
const BY_NUMBER = `query($n: String!) { guaranteeByNumber(contractNumber: $n) { id contractNumber } }`;
const AUTH_KEY = `mutation($id: ID!) { revealAuthKey(input: { guaranteeId: $id }) { authKey guarantee { id contractNumber } } }`;

describe('保証契約一覧 (the guarantee list)', () => {
  let server: TestServer;
  let contractor: ApiClient;
  let nagano: ApiClient;
  let advance: { id: string; contractNumber: string };
  let paperContract: { id: string; contractNumber: string };

  beforeAll(async () => {
    server = await startTestServer();
    contractor = await signedIn(server, 'contractor@demo.esurety.jp');
    nagano = await signedIn(server, 'nagano@demo.esurety.jp');
    const input = await flyerApplication(server);
    input.contractGuarantee.certificateFormat = 'PAPER';
    const id = await submitApplication(contractor, input);
    const issued = (
      await nagano.gql<any>(
        `mutation($id: ID!) { issueGuarantees(input: { applicationId: $id }) { guarantees { id contractNumber kind } } }`,
        { id },
      )
    ).data!.issueGuarantees.guarantees;
    advance = issued.find((g: any) => g.kind === 'ADVANCE_PAYMENT');
    paperContract = issued.find((g: any) => g.kind === 'CONTRACT');
    // A second issued application, for another work, so that filters have something to leave out.
    const odawara = await flyerApplication(server, { contractGuarantee: null });
    const works = (await contractor.gql<any>(`{ works(first: 10) { edges { node { id name } } } }`)).data.works.edges;
    odawara.workId = works.find((e: any) => e.node.name === '道路改良工事').node.id;
    const second = await submitApplication(contractor, odawara);
    await nagano.gql(`mutation($id: ID!) { issueGuarantees(input: { applicationId: $id }) { guarantees { id } } }`, { id: second });
  });
  afterAll(async () => {
    await server?.close();
  });

  const list = async (client: ApiClient, filter: Record<string, unknown> = {}, first = 20) => {
    const result = await client.gql<any>(LIST, { filter, first });
    expect(result.errors).toBeUndefined();
    return result.data.guarantees;
  };

  it('lists the contractor’s guarantees with work and orderer, newest first', async () => {
    const page = await list(contractor);
    expect(page.totalCount).toBe(3);
    expect(page.edges[0].node.workName).toBe('道路改良工事');
    expect(page.edges.map((e: any) => e.node.orderer.certificateTitle)).toEqual(['小田原市長', '松本市長', '松本市長']);
  });

  it.each([
    [{ kind: 'CONTRACT' }, 1],
    [{ kind: 'ADVANCE_PAYMENT' }, 2],
    [{ certificateFormat: 'ELECTRONIC' }, 2],
    [{ workName: '●●●' }, 2],
    [{ workName: '改良' }, 1],
    [{ workName: '存在しない工事' }, 0],
    [{ issuedFrom: '2020-01-01' }, 3],
    [{ issuedTo: '2020-01-01' }, 0],
  ])('filters by %j', async (filter, count) => {
    expect((await list(contractor, filter)).totalCount).toBe(count);
  });

  it('filters by orderer', async () => {
    const orderers = (await contractor.gql<any>(`{ orderers(first: 100) { edges { node { id name } } } }`)).data.orderers.edges;
    const odawara = orderers.find((e: any) => e.node.name === '小田原市').node.id;
    expect((await list(contractor, { ordererId: odawara })).totalCount).toBe(1);
  });

  it('pages through with the total count', async () => {
    const first = await list(contractor, {}, 2);
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const rest = (await contractor.gql<any>(LIST, { filter: {}, first: 2, after: first.pageInfo.endCursor })).data.guarantees;
    expect(rest.edges).toHaveLength(1);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  describe('pinpoint search by contract number', () => {
    const variants = (n: string) => [
      n,
      n.replace('-', ''),
      n.toLowerCase(),
      ` ${n.slice(0, 5)} ${n.slice(6)} `,
      [...n].map((c) => (c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xfee0))).join(''),
    ];

    it('forgives case, full-width characters, spaces and a missing hyphen', async () => {
      for (const typed of variants(advance.contractNumber)) {
        const page = await list(contractor, { contractNumber: typed });
        expect(
          page.edges.map((e: any) => e.node.id),
          typed,
        ).toEqual([advance.id]);
        expect((await contractor.gql<any>(BY_NUMBER, { n: typed })).data?.guaranteeByNumber.id).toBe(advance.id);
      }
    });

    it('says when the check character shows a typo', async () => {
      const n = advance.contractNumber;
      const typo = `${n.slice(0, 6)}${(Number(n[6]) + 1) % 10}${n.slice(7)}`;
      const result = await contractor.gql(LIST, { filter: { contractNumber: typo }, first: 5 });
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'filter.contractNumber',
        reason: 'CHECK_CHARACTER',
      });
      expect(result.errors?.[0].message).toMatch(/確認文字が合いません/);
      const malformed = await contractor.gql(BY_NUMBER, { n: '12345' });
      expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contractNumber' });
    });

    it('answers another contractor exactly as for a number that does not exist', async () => {
      const other = await signedIn(server, 'contractor2@demo.esurety.jp');
      const foreign = await other.gql(BY_NUMBER, { n: advance.contractNumber });
      expect(errorCode(foreign)).toBe('NOT_FOUND');
      expect((await list(other)).totalCount).toBe(0);
      expect(errorCode(await other.gql(`query($id: ID!) { guarantee(id: $id) { id } }`, { id: advance.id }))).toBe('NOT_FOUND');
    });
  });

  describe('認証キー', () => {
    it('shows the contractor its key and records each display', async () => {
      const before = await server.orm.em.fork().count(AuthKeyDisplay, { guarantee: advance.id });
      const { data } = await contractor.gql<any>(AUTH_KEY, { id: advance.id });
      expect(data.revealAuthKey.authKey).toMatch(/^[2-9A-HJ-NP-Za-km-np-z]{12}$/);
      expect(data.revealAuthKey.guarantee).toEqual({ id: advance.id, contractNumber: advance.contractNumber });
      expect((await contractor.gql<any>(AUTH_KEY, { id: advance.id })).data.revealAuthKey.authKey).toBe(data.revealAuthKey.authKey);
      expect(await server.orm.em.fork().count(AuthKeyDisplay, { guarantee: advance.id })).toBe(before + 2);
    });

    it('writes only the record of the display: nothing it read is rewritten (staff keep their version)', async () => {
      const VERSION = `query($id: ID!) { guarantee(id: $id) { version } }`;
      const before = (await nagano.gql<any>(VERSION, { id: advance.id })).data.guarantee.version;
      server.queries.length = 0;
      await contractor.gql<any>(AUTH_KEY, { id: advance.id });
      expect(server.queries.filter((q) => /^\[query\] (insert|update|delete)/i.test(q)).map((q) => q.slice(8, 40))).toEqual([
        expect.stringMatching(/^insert into .auth_key_display/),
        expect.stringMatching(/^insert into .audit_event/),
      ]);
      expect((await nagano.gql<any>(VERSION, { id: advance.id })).data.guarantee.version).toBe(before);
    });

    it('shows no key to anyone else, and has none for paper', async () => {
      const other = await signedIn(server, 'contractor2@demo.esurety.jp');
      expect(errorCode(await other.gql(AUTH_KEY, { id: advance.id }))).toBe('NOT_FOUND');
      expect(errorCode(await nagano.gql(AUTH_KEY, { id: advance.id }))).toBe('FORBIDDEN');
      const paper = await contractor.gql(AUTH_KEY, { id: paperContract.id });
      expect(paper.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.guaranteeId' });
      expect(errorCode(await contractor.gql(AUTH_KEY, { id: '' }))).toBe('BAD_USER_INPUT');
    });
  });

  it('joins only the relations the query asks for, and all that the certificate needs when asked', async () => {
    const page = async (node: string) => {
      server.queries.length = 0;
      const result = await contractor.gql<any>(`{ guarantees(first: 5) { edges { node { ${node} } } } }`);
      expect(result.errors).toBeUndefined();
      const select = server.queries.find((q) => /^\[query\] select .* from .guarantee. as .g0. .*order by/i.test(q))!;
      return {
        nodes: result.data.guarantees.edges.map((e: any) => e.node),
        joins: [...select.matchAll(/ join .(\w+)./g)].map((m) => m[1]).sort(),
      };
    };
    // A list of columns is read as plain rows (common/page-rows.ts): no join it does not show.
    const columns = await page('id contractNumber amount validity certificateFormat keyNoticeUrl');
    expect(columns.joins).toEqual([]);
    for (const node of columns.nodes) {
      expect(node).toEqual({
        id: expect.any(String),
        contractNumber: expect.stringMatching(/^\d{5}-\d{5}[0-9A-Z]$/),
        amount: expect.any(Number),
        validity: 'VALID',
        certificateFormat: expect.any(String),
        keyNoticeUrl: node.certificateFormat === 'ELECTRONIC' ? `/documents/guarantees/${node.id}/key-notice.pdf` : null,
      });
    }
    const rows = await page('contractNumber orderer { certificateTitle } work { contractAmount } ordererView { viewCount }');
    expect(rows.joins).toEqual(['orderer', 'orderer_view', 'work']);
    expect(rows.nodes[0]).toMatchObject({
      orderer: { certificateTitle: expect.any(String) },
      work: { contractAmount: expect.any(Number) },
    });
    // A relation of a relation is read as entities; orderer_view: MikroORM joins the owning side
    // of a one-to-one to know whether there is one.
    const withOrderer = await page('contractNumber work { name orderer { name } } orderer { certificateTitle }');
    expect(withOrderer.joins).toEqual(['orderer', 'orderer', 'orderer_view', 'work']);
    expect(withOrderer.nodes[0]).toMatchObject({
      work: { name: expect.any(String), orderer: { name: expect.any(String) } },
      orderer: { certificateTitle: expect.any(String) },
    });
    const withCertificate = await page('certificate { contractorName branchName guarantorName ordererTitle }');
    expect(withCertificate.nodes[0].certificate.guarantorName).toBe('東日本建設業保証株式会社');
    const fragment = await contractor.gql<any>(
      `{ guarantees(first: 1) { edges { node { ...Row } } } } fragment Row on Guarantee { contractor { name } branch { name guarantor { name } } }`,
    );
    expect(fragment.data.guarantees.edges[0].node).toEqual({
      contractor: { name: '〇〇建設株式会社' },
      branch: { name: '長野支店', guarantor: { name: '東日本建設業保証株式会社' } },
    });
  });

  it('serves a page with a constant number of SQL statements', async () => {
    const count = async (first: number) => {
      server.queries.length = 0;
      await list(contractor, {}, first);
      return server.queries.filter((q) => /^\[query\] select/i.test(q)).length;
    };
    const one = await count(1);
    expect(one).toBeGreaterThanOrEqual(2);
    expect(await count(3)).toBe(one);
    expect(one).toBeLessThanOrEqual(3);
  });

  it('reads the histories and certificates of a whole page in one more statement, not one per guarantee', async () => {
    const count = async (first: number) => {
      server.queries.length = 0;
      const result = await contractor.gql<any>(
        `query($first: Int!) { guarantees(first: $first) { edges { node { issuances { kind } certificate { contractNumber amount } } } } }`,
        { first },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data.guarantees.edges.length).toBe(first);
      return server.queries.filter((q) => /^\[query\] select/i.test(q)).length;
    };
    const one = await count(1);
    expect(await count(3)).toBe(one);
    expect(one).toBeLessThanOrEqual(4);
  });
});
