// Issue 11 §3–§5 through the API: search and matching see what people see; numbers and dates as
// people type them; invisible and direction-changing characters refused in every text field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Branch } from '../modules/organisations/branch.entity';
import { Orderer } from '../modules/organisations/orderer.entity';
import { GuaranteeApplication } from '../modules/applications/guarantee-application.entity';
import { flyerApplication, signedIn, submitApplication } from './fixtures';
import { issuedGuaranteeWithKey, verifyGuarantee } from './guarantee-flow';
import { errorCode, type ApiClient, type GraphQLResponse, type TestServer, startTestServer } from './test-server';

const SAVE = `mutation($input: SaveApplicationInput!) { saveApplication(input: $input) { application { id status workDraft { name } } } }`;
const ISSUE = `mutation($id: ID!) { issueGuarantees(input: { applicationId: $id }) { guarantees { id kind contractNumber workName deadline version } } }`;
const GUARANTEES = `query($filter: GuaranteeFilter) { guarantees(filter: $filter, first: 50) { totalCount edges { node { id workName contractNumber } } } }`;
const WORKS = `query($filter: WorkFilter) { works(filter: $filter, first: 50) { totalCount edges { node { id name } } } }`;
const BY_NUMBER = `query($n: String!) { guaranteeByNumber(contractNumber: $n) { id contractNumber } }`;
const CHANGE = `mutation($input: ChangeGuaranteeInput!) { changeGuarantee(input: $input) { guarantee { id deadline workName } } }`;
const RETURN = `mutation($input: ReturnApplicationInput!) { returnApplication(input: $input) { application { id status } } }`;

const field = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.field;
const message = (result: GraphQLResponse) => result.errors?.[0]?.message;

describe(`text as people type it (${process.env.ESURETY_TEST_DB ?? 'sqlite'})`, () => {
  let server: TestServer;
  let contractor: ApiClient;
  let nagano: ApiClient;
  let odawaraId: string;
  let naganoId: string;

  const newWork = (overrides: Record<string, unknown> = {}) => ({
    name: '市道改良工事',
    ordererId: odawaraId,
    location: '神奈川県小田原市',
    contractAmount: 30_000_000,
    contractDate: '2026-06-01',
    startDate: '2026-06-02',
    endDate: '2027-01-29',
    announcedOn: '2026-05-01',
    ...overrides,
  });
  const application = async (work: Record<string, unknown>, overrides: Record<string, unknown> = {}) => ({
    ...(await flyerApplication(server)),
    workId: null,
    work: newWork(work),
    advancePayment: { ...(await flyerApplication(server)).advancePayment, certificateFormat: 'PAPER' },
    contractGuarantee: null,
    destinationBranchId: naganoId,
    ...overrides,
  });
  const save = async (input: Record<string, unknown>) => contractor.gql<any>(SAVE, { input });

  /** Applies for a new work named `name` and issues it: the guarantee. */
  async function issuedFor(name: string) {
    const id = await submitApplication(contractor, await application({ name }));
    const issued = await nagano.gql<any>(ISSUE, { id });
    expect(issued.errors).toBeUndefined();
    return issued.data.issueGuarantees.guarantees[0];
  }

  beforeAll(async () => {
    server = await startTestServer();
    contractor = await signedIn(server, 'contractor@demo.esurety.jp');
    nagano = await signedIn(server, 'nagano@demo.esurety.jp');
    const em = server.orm.em.fork();
    odawaraId = (await em.findOneOrFail(Orderer, { name: '小田原市' })).id;
    naganoId = (await em.findOneOrFail(Branch, { name: '長野支店' })).id;
  });
  afterAll(async () => {
    await server?.close();
  });

  describe('§3 search and matching see what people see', () => {
    // Stored as typed: a wave dash, a decomposed ド, half-width digits and hyphen, Ⅱ, full-width テスト.
    const stored = '松本駅前〜ト\u3099ーム前 市道1-2号線 第Ⅱ期テスト工事';
    let guarantee: { id: string; workName: string };
    beforeAll(async () => {
      guarantee = await issuedFor(stored);
    });

    it('keeps the name as typed (no NFC)', () => {
      expect(guarantee.workName).toBe(stored);
    });

    it.each([['松本駅前～'], ['ドーム前'], ['市道１－２号線'], ['市道1−2号線'], ['第II期'], ['ﾃｽﾄ'], ['第Ⅱ期 テスト']])(
      '工事名 %s finds it among the guarantees and the works',
      async (term) => {
        const guarantees = await contractor.gql<any>(GUARANTEES, { filter: { workName: term } });
        expect(guarantees.errors).toBeUndefined();
        expect(guarantees.data.guarantees.edges.map((e: any) => e.node.workName)).toEqual([stored]);
        const works = await contractor.gql<any>(WORKS, { filter: { name: term } });
        expect(works.errors).toBeUndefined();
        expect(works.data.works.edges.map((e: any) => e.node.name)).toEqual([stored]);
      },
    );

    it('finds nothing for a name it does not hold, and reads % and _ as themselves', async () => {
      for (const term of ['松本駅後', '%', '_', '市道1_2号線', '\\']) {
        const guarantees = await contractor.gql<any>(GUARANTEES, { filter: { workName: term } });
        expect(guarantees.data.guarantees.totalCount, term).toBe(0);
        const works = await contractor.gql<any>(WORKS, { filter: { name: term } });
        expect(works.data.works.totalCount, term).toBe(0);
      }
    });

    it('keeps the key when staff change the name', async () => {
      const current = (await nagano.gql<any>(`query($id: ID!) { guarantee(id: $id) { version } }`, { id: guarantee.id })).data.guarantee;
      const changed = await nagano.gql<any>(CHANGE, {
        input: { guaranteeId: guarantee.id, expectedVersion: current.version, workName: '北口ロータリー改修工事（その２）' },
      });
      expect(changed.errors).toBeUndefined();
      const found = await contractor.gql<any>(GUARANTEES, { filter: { workName: 'ﾛｰﾀﾘｰ改修工事(その2)' } });
      expect(found.data.guarantees.edges.map((e: any) => e.node.id)).toEqual([guarantee.id]);
      expect((await contractor.gql<any>(GUARANTEES, { filter: { workName: '松本駅前' } })).data.guarantees.totalCount).toBe(0);
    });

    it('takes the JV representative as the flyer’s header shows it, with a space', async () => {
      const members = [
        { name: '〇〇建設 株式会社', address: '長野県松本市中央一丁目1番1号' },
        { name: '□□建設株式会社', address: '長野県塩尻市' },
      ];
      const result = await save(await application({ jointVentureName: '〇〇・□□特定建設工事共同企業体', jointVentureMembers: members }));
      expect(result.errors).toBeUndefined();
      const other = await save(
        await application({ jointVentureName: '〇〇・□□特定建設工事共同企業体', jointVentureMembers: [members[1], members[0]] }),
      );
      expect(field(other)).toBe('input.work.jointVentureMembers');
    });
  });

  describe('§4 numbers, keys and dates people type', () => {
    let issued: { id: string; contractNumber: string; authKey: string };
    beforeAll(async () => {
      issued = await issuedGuaranteeWithKey(server);
    });

    it.each([
      ['\u2212', 'minus sign'],
      ['\u2013', 'en dash'],
      ['\u2010', 'hyphen'],
      ['\u2015', 'horizontal bar'],
      ['\uFF0D', 'full-width hyphen-minus'],
      ['ー', 'long vowel mark'],
    ])('reads %s (%s) as the hyphen in verifyGuarantee, guaranteeByNumber and the guarantees filter', async (dash) => {
      const typed = issued.contractNumber.replace('-', dash);
      const verified = await verifyGuarantee(server, typed, issued.authKey);
      expect(verified.errors).toBeUndefined();
      expect(verified.data!.verifyGuarantee.verification.contractNumber).toBe(issued.contractNumber);
      const byNumber = await contractor.gql<any>(BY_NUMBER, { n: typed });
      expect(byNumber.data?.guaranteeByNumber.id).toBe(issued.id);
      const filtered = await contractor.gql<any>(GUARANTEES, { filter: { contractNumber: typed } });
      expect(filtered.data.guarantees.edges.map((e: any) => e.node.id)).toEqual([issued.id]);
    });

    it('refuses a 令和 year typed into the year field (0008-04-01), naming the field', async () => {
      const result = await save(await application({ contractDate: '0008-04-01', announcedOn: null }));
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(field(result)).toBe('input.work.contractDate');
      expect(message(result)).toBe('請負契約日は2000年1月1日から2099年12月31日までの日付で入力してください。');
    });

    it('refuses dates out of order: 公告日 ≤ 請負契約日 ≤ 着工日 ≤ 完成日', async () => {
      const late = await save(await application({ announcedOn: '2026-06-15' }));
      expect([field(late), message(late)]).toEqual(['input.work.contractDate', '請負契約日は公告日以降の日付にしてください。']);
      const early = await save(await application({ startDate: '2026-05-20' }));
      expect([field(early), message(early)]).toEqual(['input.work.startDate', '工期（着工日）は請負契約日以降の日付にしてください。']);
    });

    it('refuses a 保証期限 before the end of the work, and dates outside the range, on 変更', async () => {
      const g = (await contractor.gql<any>(`query($id: ID!) { guarantee(id: $id) { version workEndDate } }`, { id: issued.id })).data
        .guarantee;
      const before = await nagano.gql<any>(CHANGE, {
        input: { guaranteeId: issued.id, expectedVersion: g.version, deadline: '2026-01-01' },
      });
      expect([field(before), message(before)]).toEqual(['input.deadline', '保証期限は工期（完成日）以降の日付にしてください。']);
      const far = await nagano.gql<any>(CHANGE, { input: { guaranteeId: issued.id, expectedVersion: g.version, deadline: '2126-01-01' } });
      expect([field(far), message(far)]).toEqual([
        'input.deadline',
        '保証期限は2000年1月1日から2099年12月31日までの日付で入力してください。',
      ]);
      const shorter = await nagano.gql<any>(CHANGE, {
        input: { guaranteeId: issued.id, expectedVersion: g.version, workEndDate: '2099-12-31' },
      });
      expect([field(shorter), message(shorter)]).toEqual(['input.workEndDate', '保証期限は工期（完成日）以降の日付にしてください。']);
    });
  });

  describe('§5 invisible and direction-changing characters', () => {
    it.each([
      ['an RTL override', '工事\u202Egnp.exe', 'U+202E、文字の向きを変える制御文字'],
      ['a lone surrogate', '工事\uD800', 'U+D800、対になっていないサロゲート'],
      ['NUL', '工事\u0000', 'U+0000、制御文字'],
      ['a zero-width space', '工\u200B事', 'U+200B、見えない書式制御文字'],
      ['a line break in a one-line field', '工事\n名', 'U+000A、改行'],
    ])('refuses %s in the work name, naming the field and the character, and saves nothing', async (_, name, named) => {
      const before = await server.orm.em.fork().count(GuaranteeApplication, {});
      const result = await save(await application({ name }));
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(field(result)).toBe('input.work.name');
      expect(message(result)).toBe(`工事名に使用できない文字（${named}）が含まれています。`);
      expect(await server.orm.em.fork().count(GuaranteeApplication, {})).toBe(before);
    });

    it('refuses them in every text field of every operation, lists and filters too', async () => {
      const inMember = await save(
        await application({
          jointVentureName: '〇〇・□□特定建設工事共同企業体',
          jointVentureMembers: [
            { name: '〇〇建設株式会社', address: '長野県' },
            { name: '□□建設株式会社', address: '長野県\u2066塩尻市' },
          ],
        }),
      );
      expect(field(inMember)).toBe('input.work.jointVentureMembers.1.address');
      const inContact = await save({ ...(await application({})), contactName: '建設\u200F次郎' });
      expect(field(inContact)).toBe('input.contactName');
      const inFilter = await contractor.gql<any>(GUARANTEES, { filter: { workName: '\u202E' } });
      expect([errorCode(inFilter), field(inFilter)]).toEqual(['BAD_USER_INPUT', 'filter.workName']);
      const inNumber = await verifyGuarantee(server, '20075-00011N\u200B', 'abcdefghijkm');
      expect([errorCode(inNumber), field(inNumber)]).toEqual(['BAD_USER_INPUT', 'input.contractNumber']);
    });

    it('keeps what real text needs: 異体字 selectors, and line breaks in multi-line fields', async () => {
      const result = await save(await application({ name: '葛\u{E0100}城地区工事' }, { messageToBranch: '一行目\r\n二行目' }));
      expect(result.errors).toBeUndefined();
      expect(result.data.saveApplication.application.workDraft.name).toBe('葛\u{E0100}城地区工事');
      const id = await submitApplication(contractor, await application({}));
      const bidi = await nagano.gql<any>(RETURN, { input: { applicationId: id, message: '確認\u202Eください' } });
      expect([field(bidi), message(bidi)]).toEqual([
        'input.message',
        '差戻しの理由に使用できない文字（U+202E、文字の向きを変える制御文字）が含まれています。',
      ]);
      const returned = await nagano.gql<any>(RETURN, { input: { applicationId: id, message: '金額を\nご確認ください。' } });
      expect(returned.errors).toBeUndefined();
    });
  });
});
