import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flyerApplication, signedIn, submitApplication } from '../../test/fixtures';
import { errorCode, startTestServer, type ApiClient, type TestServer } from '../../test/test-server';
import { Work } from '../works/work.entity';
import { Guarantee } from './guarantee.entity';

const LIST = `query($filter: GuaranteeFilter, $first: Int!, $after: String) {
  guarantees(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id contractNumber kind validity contractor { id name } } } } }`;
const ISSUE = `mutation($id: ID!) { issueGuarantees(input: { applicationId: $id }) { guarantees { id contractNumber kind contractor { id name } } } }`;
const REVOKE = `mutation($id: ID!) { revokeGuarantee(input: { guaranteeId: $id, reason: "誤発行のため" }) { guarantee { id status } } }`;

/** The branch staff's 保証契約一覧 (and the CSV of it, for staff and contractors alike). */
describe('保証契約一覧 for branch staff, and its CSV', () => {
  let server: TestServer;
  let contractor: ApiClient;
  let contractor2: ApiClient;
  let nagano: ApiClient;
  let kanagawa: ApiClient;
  let orderer: ApiClient;
  /** 〇〇建設's two guarantees (前払金 and 契約) and △△工業's one, all issued by 長野支店. */
  let ownAdvance: any;
  let ownContract: any;
  let otherAdvance: any;

  beforeAll(async () => {
    server = await startTestServer();
    contractor = await signedIn(server, 'contractor@demo.esurety.jp');
    contractor2 = await signedIn(server, 'contractor2@demo.esurety.jp');
    nagano = await signedIn(server, 'nagano@demo.esurety.jp');
    kanagawa = await signedIn(server, 'kanagawa@demo.esurety.jp');
    orderer = await signedIn(server, 'matsumoto@demo.esurety.jp');
    const issued = (await nagano.gql<any>(ISSUE, { id: await submitApplication(contractor, await flyerApplication(server)) })).data
      .issueGuarantees.guarantees;
    ownAdvance = issued.find((g: any) => g.kind === 'ADVANCE_PAYMENT');
    ownContract = issued.find((g: any) => g.kind === 'CONTRACT');
    const otherWork = await server.orm.em.fork().findOneOrFail(Work, { name: '市道橋梁補修工事' });
    const flyer = await flyerApplication(server, { workId: otherWork.id, contractGuarantee: null });
    const input = { ...flyer, advancePayment: { ...flyer.advancePayment, feeBillingParty: '△△工務店' } };
    const other = await nagano.gql<any>(ISSUE, { id: await submitApplication(contractor2, input) });
    expect(other.errors).toBeUndefined();
    otherAdvance = other.data.issueGuarantees.guarantees[0];
    // 契約保証 revoked; △△工業's past its 保証期限.
    expect((await nagano.gql<any>(REVOKE, { id: ownContract.id })).errors).toBeUndefined();
    await server.orm.em.fork().nativeUpdate(Guarantee, { id: otherAdvance.id }, { deadline: '2020-03-31' });
  });
  afterAll(async () => {
    await server?.close();
  });

  const list = async (client: ApiClient, filter: Record<string, unknown> = {}, first = 20) => {
    const result = await client.gql<any>(LIST, { filter, first });
    expect(result.errors).toBeUndefined();
    return result.data.guarantees;
  };
  const numbers = (page: any) => page.edges.map((e: any) => e.node.contractNumber).sort();

  it("shows staff every guarantee of their branch, whoever the contractor, and another branch's staff none of them", async () => {
    expect(numbers(await list(nagano))).toEqual([ownAdvance, ownContract, otherAdvance].map((g) => g.contractNumber).sort());
    expect((await list(kanagawa)).totalCount).toBe(0);
    expect((await list(kanagawa, { contractorId: ownAdvance.contractor.id })).totalCount).toBe(0);
  });

  it('filters by contractor: by id, and by a part of its name', async () => {
    expect(numbers(await list(nagano, { contractorId: otherAdvance.contractor.id }))).toEqual([otherAdvance.contractNumber]);
    expect((await list(nagano, { contractorName: '〇〇建設' })).totalCount).toBe(2);
    expect(numbers(await list(nagano, { contractorName: '工業' }))).toEqual([otherAdvance.contractNumber]);
    expect((await list(nagano, { contractorName: '存在しない会社' })).totalCount).toBe(0);
  });

  it("gives a contractor nothing of another contractor's, whatever the filter", async () => {
    expect((await list(contractor, { contractorId: otherAdvance.contractor.id })).totalCount).toBe(0);
    expect((await list(contractor, { contractorName: '工業' })).totalCount).toBe(0);
  });

  it('filters by state: 有効, 取消済み, 期限切れ', async () => {
    const valid = await list(nagano, { validity: 'VALID' });
    expect(numbers(valid)).toEqual([ownAdvance.contractNumber]);
    expect(valid.edges[0].node.validity).toBe('VALID');
    expect(numbers(await list(nagano, { validity: 'REVOKED' }))).toEqual([ownContract.contractNumber]);
    const expired = await list(nagano, { validity: 'EXPIRED' });
    expect(numbers(expired)).toEqual([otherAdvance.contractNumber]);
    expect(expired.edges[0].node.validity).toBe('EXPIRED');
  });

  it('combines the filters with the pinpoint number and pages them', async () => {
    expect((await list(nagano, { contractNumber: ownAdvance.contractNumber, validity: 'REVOKED' })).totalCount).toBe(0);
    expect((await list(nagano, { kind: 'ADVANCE_PAYMENT', contractorName: '建設' })).totalCount).toBe(1);
    const first = await list(nagano, {}, 2);
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const rest = await nagano.gql<any>(LIST, { filter: {}, first: 2, after: first.pageInfo.endCursor });
    expect(rest.data.guarantees.edges).toHaveLength(1);
  });

  it('refuses an id that cannot be one, naming the field', async () => {
    const result = await nagano.gql(LIST, { filter: { contractorId: 'abc' }, first: 5 });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.field).toBe('filter.contractorId');
  });

  describe('CSV', () => {
    async function download(client: ApiClient | null, query = '') {
      const response = await fetch(`${server.url}/documents/guarantees.csv${query}`, {
        headers: client?.cookie ? { cookie: client.cookie } : {},
      });
      const body = Buffer.from(await response.arrayBuffer());
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        disposition: response.headers.get('content-disposition'),
        body,
      };
    }
    const lines = (body: Buffer) =>
      body
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');

    it('is UTF-8 with a BOM, a Japanese header and one row per guarantee of the list', async () => {
      const csv = await download(nagano);
      expect(csv.status).toBe(200);
      expect(csv.type).toBe('text/csv; charset=utf-8');
      expect(csv.disposition).toMatch(/^attachment; filename="guarantees-\d{4}-\d{2}-\d{2}\.csv"$/);
      expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header, ...rows] = lines(csv.body);
      expect(header).toBe(
        '保証契約番号,保証種類,保証証書の形式,状態,請負者,発注者,工事名,請負金額（円）,保証金額（円）,保証期限,工期（着工日）,工期（完成日）,発行日,取扱支店',
      );
      expect(rows).toHaveLength(3);
      const advance = rows.find((r) => r.startsWith(ownAdvance.contractNumber))!.split(',');
      expect(advance.slice(1, 7)).toEqual(['前払金保証', '電子保証', '有効', '〇〇建設株式会社', '松本市', '●●●●工事']);
      expect(advance[8]).toBe('20000000');
      expect(advance[9]).toMatch(/^令和\d+年\d+月\d+日$/);
      expect(advance[13]).toBe('長野支店');
      expect(rows.find((r) => r.startsWith(otherAdvance.contractNumber))).toContain(',期限切れ,');
    });

    it('has the filter of the list', async () => {
      const [, ...revoked] = lines((await download(nagano, '?validity=REVOKED')).body);
      expect(revoked.map((r) => r.split(',')[0])).toEqual([ownContract.contractNumber]);
      const [, ...byName] = lines((await download(nagano, `?contractorName=${encodeURIComponent('△△工業')}`)).body);
      expect(byName.map((r) => r.split(',')[0])).toEqual([otherAdvance.contractNumber]);
    });

    it('gives each caller only what their list holds: the contractor its own, another branch nothing but the header', async () => {
      const [, ...own] = lines((await download(contractor)).body);
      expect(own.map((r) => r.split(',')[0]).sort()).toEqual([ownAdvance.contractNumber, ownContract.contractNumber].sort());
      expect(lines((await download(kanagawa)).body)).toHaveLength(1);
    });

    it('refuses the signed-out (401) and orderers (403), and bad conditions (400 naming them), with nothing of the list', async () => {
      expect((await download(null)).status).toBe(401);
      const forOrderer = await download(orderer);
      expect(forOrderer.status).toBe(403);
      expect(forOrderer.body.toString()).not.toContain(ownAdvance.contractNumber);
      const bad = await download(nagano, '?validity=SOMETIMES');
      expect(bad.status).toBe(400);
      expect(bad.body.toString()).toContain('validity');
      expect((await download(nagano, '?issuedFrom=2026-13-45')).status).toBe(400);
      expect((await download(nagano, '?contractorId=nope')).status).toBe(400);
    });
  });
});
