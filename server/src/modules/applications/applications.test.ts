import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, errorCode, startTestServer, type GraphQLResponse, type TestServer } from '../../test/test-server';
import { GuaranteeApplication } from './guarantee-application.entity';
import { Work } from '../works/work.entity';
import { flyerApplication } from '../../test/fixtures';

const APPLICATION = `
  id status version workName submittedAt
  work { id name contractAmount jointVentureName jointVentureMembers { name address } orderer { name } }
  workDraft { name ordererId contractAmount }
  orderer { name }
  destinationBranch { name }
  advancePayment { certificateFormat currentYearTargetAmount amount depositBank redeposit feePaymentMethod feeBillingParty feeStatementWanted }
  contractGuarantee { certificateFormat amount feePaymentMethod feeBillingParty feeStatementWanted }
  issuanceNoticeWanted notifyEmail contactDepartment contactTitle contactName contactPhone messageToBranch`;
const SAVE = `mutation($id: ID, $input: ApplicationInput!) { saveApplication(id: $id, input: $input) { ${APPLICATION} } }`;
const SUBMIT = `mutation($id: ID!) { submitApplication(id: $id) { ${APPLICATION} } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawApplication(id: $id) { id status } }`;
const GET = `query($id: ID!) { application(id: $id) { ${APPLICATION} } }`;
const LIST = `query($status: ApplicationStatus, $first: Int, $after: String) {
  applications(status: $status, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status workName } } } }`;

type Input = Record<string, any>;

describe('保証申込 (applications)', () => {
  let server: TestServer;
  let contractor: ApiClient;
  let ids: {
    matsumotoWork: string;
    odawaraWork: string;
    otherWork: string;
    nagano: string;
    kanagawa: string;
    shiojiri: string;
    odawara: string;
  };

  let flyerInput: Input;
  /** The application of the flyer: 前払金保証 20,000,000円 電子保証 and 契約保証 5,000,000円 to 長野支店. */
  const flyer = (): Input => structuredClone(flyerInput);

  const newWork = (overrides: Input = {}): Input => ({
    name: '市道改良工事',
    ordererId: ids.odawara,
    location: '神奈川県小田原市',
    contractAmount: 30_000_000,
    contractDate: '2026-06-01',
    startDate: '2026-06-02',
    endDate: '2027-01-29',
    announcedOn: '2026-05-01',
    ...overrides,
  });

  async function signedInAs(email: string) {
    const client = new ApiClient(server.url);
    await client.login(email);
    return client;
  }

  async function save(client: ApiClient, input: Input, id?: string) {
    return client.gql(SAVE, { id: id ?? null, input });
  }
  async function saveOk(client: ApiClient, input: Input, id?: string) {
    const result = await save(client, input, id);
    expect(result.errors).toBeUndefined();
    return result.data!.saveApplication;
  }
  const fieldOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.field;
  const fieldsOf = (result: GraphQLResponse) =>
    ((result.errors?.[0]?.extensions?.fields as { field: string }[] | undefined) ?? []).map((f) => f.field);

  beforeAll(async () => {
    server = await startTestServer();
    contractor = new ApiClient(server.url);
    await contractor.login('contractor@demo.esurety.jp');
    const em = server.orm.em.fork();
    const work = async (name: string) => (await em.findOneOrFail(Work, { name })).id;
    const { data: orgs } = await contractor.gql<any>(`{ branches { id name } orderers { id name } }`);
    const branch = (name: string) => orgs.branches.find((b: any) => b.name === name).id;
    const orderer = (name: string) => orgs.orderers.find((o: any) => o.name === name).id;
    ids = {
      matsumotoWork: await work('●●●●工事'),
      odawaraWork: await work('道路改良工事'),
      otherWork: await work('市道橋梁補修工事'),
      nagano: branch('長野支店'),
      kanagawa: branch('神奈川支店'),
      shiojiri: orderer('塩尻市'),
      odawara: orderer('小田原市'),
    };
    flyerInput = await flyerApplication(server);
  });
  afterAll(async () => {
    await server?.close();
  });

  describe('the flow', () => {
    it('saves a draft, resumes it, sends it, and lists it as 送信済み', async () => {
      const draft = await saveOk(contractor, { workId: ids.matsumotoWork, advancePayment: { amount: 20_000_000 } });
      expect(draft).toMatchObject({ status: 'DRAFT', workName: '●●●●工事', orderer: { name: '松本市' } });

      const resumed = (await contractor.gql(GET, { id: draft.id })).data!.application;
      expect(resumed.advancePayment.amount).toBe(20_000_000);

      const complete = await saveOk(contractor, flyer(), draft.id);
      expect(complete.version).toBeGreaterThan(draft.version);
      const sent = (await contractor.gql(SUBMIT, { id: draft.id })).data!.submitApplication;
      expect(sent).toMatchObject({
        status: 'SUBMITTED',
        destinationBranch: { name: '長野支店' },
        advancePayment: { certificateFormat: 'ELECTRONIC', amount: 20_000_000, depositBank: '〇〇銀行　××支店', redeposit: false },
        contractGuarantee: { certificateFormat: 'ELECTRONIC', amount: 5_000_000, feeStatementWanted: false },
        notifyEmail: 'soumu@example.co.jp',
        messageToBranch: 'よろしくお願いします。\n前払金は4月中に請求予定です。',
      });
      expect(new Date(sent.submittedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

      const list = (await contractor.gql(LIST, { status: 'SUBMITTED' })).data!.applications;
      expect(list.edges.map((e: any) => e.node)).toContainEqual({ id: draft.id, status: 'SUBMITTED', workName: '●●●●工事' });
    });

    it('applies for one kind only', async () => {
      const input = flyer();
      input.advancePayment = null;
      const draft = await saveOk(contractor, input);
      expect(draft.advancePayment).toBeNull();
      expect((await contractor.gql(SUBMIT, { id: draft.id })).data?.submitApplication.status).toBe('SUBMITTED');
    });

    it('drops a kind that is no longer applied for', async () => {
      const draft = await saveOk(contractor, flyer());
      const updated = await saveOk(contractor, { ...flyer(), contractGuarantee: null }, draft.id);
      expect(updated.contractGuarantee).toBeNull();
      expect(updated.advancePayment.amount).toBe(20_000_000);
    });

    it('makes a new work from the entered 請負工事の情報 when it is sent, and offers it for later applications', async () => {
      const input = { ...flyer(), workId: null, work: newWork(), destinationBranchId: ids.kanagawa };
      const draft = await saveOk(contractor, input);
      expect(draft).toMatchObject({ work: null, workName: '市道改良工事', orderer: { name: '小田原市' } });
      const sent = (await contractor.gql(SUBMIT, { id: draft.id })).data!.submitApplication;
      expect(sent.work).toMatchObject({ name: '市道改良工事', contractAmount: 30_000_000, orderer: { name: '小田原市' } });
      const works = (await contractor.gql<any>(`{ works(first: 50) { edges { node { id name } } } }`)).data!.works;
      expect(works.edges.map((e: any) => e.node.name)).toContain('市道改良工事');
    });
  });

  describe('rules', () => {
    it('needs at least one kind', async () => {
      const draft = await saveOk(contractor, { ...flyer(), advancePayment: null, contractGuarantee: null });
      const result = await contractor.gql(SUBMIT, { id: draft.id });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldOf(result)).toBe('input.kinds');
      expect(result.errors?.[0].message).toBe('前払金保証と契約保証の少なくとも一方を申し込んでください。');
    });

    it('names every missing required field when sending', async () => {
      const draft = await saveOk(contractor, { workId: ids.matsumotoWork, advancePayment: {}, issuanceNoticeWanted: true });
      const result = await contractor.gql(SUBMIT, { id: draft.id });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual(
        expect.arrayContaining([
          'input.advancePayment.certificateFormat',
          'input.advancePayment.amount',
          'input.advancePayment.depositBank',
          'input.advancePayment.redeposit',
          'input.advancePayment.feeBillingParty',
          'input.advancePayment.feeStatementWanted',
          'input.destinationBranchId',
          'input.notifyEmail',
        ]),
      );
      expect(result.errors?.[0].extensions?.fields).toContainEqual({
        field: 'input.advancePayment.amount',
        message: '前払金保証金額を入力してください。',
      });
    });

    it.each([
      ['zero', 0],
      ['negative', -20_000_000],
      ['fractional', 20_000_000.5],
      ['non-numeric', '20,000,000'],
      ['absurd', 10_000_000_000_001],
    ])('refuses a %s amount, naming the field', async (_, amount) => {
      const result = await save(contractor, { ...flyer(), advancePayment: { ...flyer().advancePayment, amount } });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldOf(result)).toBe('input.advancePayment.amount');
      expect(result.errors?.[0].message).toBe('前払金保証金額は1円以上10兆円以下の整数で入力してください。');
    });

    it('keeps the amount within the contract amount', async () => {
      const result = await save(contractor, { ...flyer(), contractGuarantee: { ...flyer().contractGuarantee, amount: 50_000_001 } });
      expect(fieldOf(result)).toBe('input.contractGuarantee.amount');
      expect(result.errors?.[0].message).toBe('契約保証金額は請負金額（50,000,000円）以下にしてください。');
    });

    it('keeps the advance within this year’s target amount, and that within the contract amount', async () => {
      const overTarget = await save(contractor, {
        ...flyer(),
        advancePayment: { ...flyer().advancePayment, currentYearTargetAmount: 15_000_000 },
      });
      expect(fieldOf(overTarget)).toBe('input.advancePayment.amount');
      expect(overTarget.errors?.[0].message).toBe('前払金保証金額は今年度対象額（15,000,000円）以下にしてください。');

      const targetOverContract = await save(contractor, {
        ...flyer(),
        advancePayment: { ...flyer().advancePayment, currentYearTargetAmount: 60_000_000 },
      });
      expect(fieldOf(targetOverContract)).toBe('input.advancePayment.currentYearTargetAmount');

      const ok = await saveOk(contractor, {
        ...flyer(),
        advancePayment: { ...flyer().advancePayment, currentYearTargetAmount: 30_000_000 },
      });
      expect(ok.advancePayment.currentYearTargetAmount).toBe(30_000_000);
    });

    it('stores 預託金融機関 in full-width', async () => {
      const draft = await saveOk(contractor, {
        ...flyer(),
        advancePayment: { ...flyer().advancePayment, depositBank: 'ﾏﾂﾓﾄｼﾝｷﾝ ABC支店' },
      });
      expect(draft.advancePayment.depositBank).toBe('マツモトシンキン　ＡＢＣ支店');
    });

    it('needs a valid e-mail address when the notice is wanted', async () => {
      const missing = await contractor.gql(SUBMIT, { id: (await saveOk(contractor, { ...flyer(), notifyEmail: null })).id });
      expect(fieldOf(missing)).toBe('input.notifyEmail');
      expect(missing.errors?.[0].message).toBe('メールアドレスを入力してください。');

      const invalid = await save(contractor, { ...flyer(), notifyEmail: 'soumu@@example' });
      expect(fieldOf(invalid)).toBe('input.notifyEmail');
      expect(invalid.errors?.[0].message).toBe('メールアドレスの形式が正しくありません。');

      const notWanted = await saveOk(contractor, { ...flyer(), issuanceNoticeWanted: false, notifyEmail: null });
      expect((await contractor.gql(SUBMIT, { id: notWanted.id })).data?.submitApplication.status).toBe('SUBMITTED');
    });

    it('allows 電子保証 only where the orderer accepts it for the work, and says why not', async () => {
      const shiojiri = await save(contractor, { ...flyer(), workId: null, work: newWork({ ordererId: ids.shiojiri }) });
      expect(fieldOf(shiojiri)).toBe('input.advancePayment.certificateFormat');
      expect(shiojiri.errors?.[0].message).toBe('塩尻市は電子保証に対応していません。証書(紙)を選択してください。');

      const tooEarly = await save(contractor, { ...flyer(), workId: null, work: newWork({ announcedOn: '2026-03-31' }) });
      expect(fieldOf(tooEarly)).toBe('input.advancePayment.certificateFormat');
      expect(tooEarly.errors?.[0].message).toMatch(/^小田原市の電子保証の対象は「競争入札: 令和8年4月1日以降/);

      const paper = flyer();
      paper.advancePayment.certificateFormat = 'PAPER';
      paper.contractGuarantee.certificateFormat = 'PAPER';
      const onPaper = await saveOk(contractor, { ...paper, workId: null, work: newWork({ ordererId: ids.shiojiri }) });
      expect(onPaper.advancePayment.certificateFormat).toBe('PAPER');
    });

    it('lets a JV apply through its representative only', async () => {
      const members = (first: string) => [
        { name: first, address: '長野県松本市中央一丁目1番1号' },
        { name: '□□建設株式会社', address: '長野県塩尻市' },
      ];
      const jv = (first: string) => ({
        ...flyer(),
        workId: null,
        work: newWork({ jointVentureName: '〇〇・□□特定建設工事共同企業体', jointVentureMembers: members(first) }),
        advancePayment: { ...flyer().advancePayment, certificateFormat: 'PAPER' },
        contractGuarantee: null,
      });
      const notRepresentative = await save(contractor, jv('□□建設株式会社'));
      expect(fieldOf(notRepresentative)).toBe('input.work.jointVentureMembers');

      const draft = await saveOk(contractor, jv('〇〇建設株式会社'));
      const sent = (await contractor.gql(SUBMIT, { id: draft.id })).data!.submitApplication;
      expect(sent.work.jointVentureName).toBe('〇〇・□□特定建設工事共同企業体');
      expect(sent.work.jointVentureMembers.map((m: any) => m.name)).toEqual(['〇〇建設株式会社', '□□建設株式会社']);
    });

    it('refuses another contractor’s work', async () => {
      const result = await save(contractor, { ...flyer(), workId: ids.otherWork });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldOf(result)).toBe('input.workId');
    });

    it.each([
      ['工事名', 'work', { name: '工'.repeat(201) }, 'input.work.name', '工事名は200文字以内で入力してください。'],
      ['担当者名', 'root', { contactName: '名'.repeat(101) }, 'input.contactName', '担当者名は100文字以内で入力してください。'],
      [
        '連絡事項',
        'root',
        { messageToBranch: 'あ'.repeat(2001) },
        'input.messageToBranch',
        'お客様から弊社への連絡事項は2000文字以内で入力してください。',
      ],
    ])('refuses a %s over its length limit', async (_, where, patch, field, message) => {
      const input = where === 'work' ? { ...flyer(), workId: null, work: newWork(patch) } : { ...flyer(), ...patch };
      const result = await save(contractor, input);
      expect(fieldOf(result)).toBe(field);
      expect(result.errors?.[0].message).toBe(message);
    });

    it('counts characters, not UTF-16 units, against the limits', async () => {
      const draft = await saveOk(contractor, { ...flyer(), contactName: '𠮷'.repeat(100) });
      expect(draft.contactName).toHaveLength(200);
    });

    it.each([
      ['a NUL in the work name', { name: '工事\u0000名' }, 'input.work.name'],
      ['an escape in the location', { location: '松本市\u001b[31m' }, 'input.work.location'],
    ])('refuses control characters: %s', async (_, patch, field) => {
      const result = await save(contractor, { ...flyer(), workId: null, work: newWork(patch) });
      expect(fieldOf(result)).toBe(field);
      expect(result.errors?.[0].message).toMatch(/使用できない文字（制御文字）/);
    });

    it('refuses a second send of the same application', async () => {
      const draft = await saveOk(contractor, flyer());
      expect((await contractor.gql(SUBMIT, { id: draft.id })).errors).toBeUndefined();
      const again = await contractor.gql(SUBMIT, { id: draft.id });
      expect(errorCode(again)).toBe('BAD_USER_INPUT');
      expect(fieldOf(again)).toBe('id');
      expect(again.errors?.[0].message).toBe('この申込は既に送信済みです。');
      expect(errorCode(await save(contractor, flyer(), draft.id))).toBe('BAD_USER_INPUT');
    });

    it('sends an application exactly once when two sends race', async () => {
      const draft = await saveOk(contractor, flyer());
      const results = await Promise.all([contractor.gql(SUBMIT, { id: draft.id }), contractor.gql(SUBMIT, { id: draft.id })]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => errorCode(r) === 'BAD_USER_INPUT')).toHaveLength(1);
    });
  });

  describe('nothing half-written', () => {
    it('leaves a draft as it was when an update is refused', async () => {
      const draft = await saveOk(contractor, flyer());
      const result = await save(
        contractor,
        { ...flyer(), contactName: 'Changed', contractGuarantee: { ...flyer().contractGuarantee, amount: 0 } },
        draft.id,
      );
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      const after = (await contractor.gql(GET, { id: draft.id })).data!.application;
      expect(after).toEqual(draft);
    });

    it('creates nothing when a new application is refused', async () => {
      const before = await server.orm.em.fork().count(GuaranteeApplication);
      await save(contractor, { ...flyer(), workId: null, work: newWork({ name: '\u0007' }) });
      await save(contractor, { ...flyer(), workId: ids.otherWork });
      expect(await server.orm.em.fork().count(GuaranteeApplication)).toBe(before);
    });

    it('creates no work when sending is refused', async () => {
      const works = await server.orm.em.fork().count(Work);
      const draft = await saveOk(contractor, {
        ...flyer(),
        workId: null,
        work: newWork({ name: '未送信の工事' }),
        destinationBranchId: null,
      });
      expect(errorCode(await contractor.gql(SUBMIT, { id: draft.id }))).toBe('BAD_USER_INPUT');
      expect(await server.orm.em.fork().count(Work)).toBe(works);
    });
  });

  describe('withdrawal', () => {
    it('takes a sent application back, and then it can neither be edited nor sent', async () => {
      const draft = await saveOk(contractor, flyer());
      await contractor.gql(SUBMIT, { id: draft.id });
      expect((await contractor.gql(WITHDRAW, { id: draft.id })).data?.withdrawApplication.status).toBe('WITHDRAWN');
      expect(errorCode(await contractor.gql(SUBMIT, { id: draft.id }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await save(contractor, flyer(), draft.id))).toBe('BAD_USER_INPUT');
    });

    it('does not withdraw a draft', async () => {
      const draft = await saveOk(contractor, flyer());
      const result = await contractor.gql(WITHDRAW, { id: draft.id });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
    });
  });

  describe('who sees what', () => {
    let sentToNagano: string;
    let draftId: string;
    beforeAll(async () => {
      sentToNagano = (await saveOk(contractor, flyer())).id;
      await contractor.gql(SUBMIT, { id: sentToNagano });
      draftId = (await saveOk(contractor, flyer())).id;
    });

    it('shows a branch the applications sent to it, never drafts', async () => {
      const nagano = new ApiClient(server.url);
      await nagano.login('nagano@demo.esurety.jp');
      const ids = (await nagano.gql(LIST, { first: 100 })).data!.applications.edges.map((e: any) => e.node.id);
      expect(ids).toContain(sentToNagano);
      expect(ids).not.toContain(draftId);
      expect((await nagano.gql(GET, { id: sentToNagano })).data?.application.status).toBe('SUBMITTED');
      expect(errorCode(await nagano.gql(GET, { id: draftId }))).toBe('NOT_FOUND');
    });

    it('hides it from another branch', async () => {
      const kanagawa = new ApiClient(server.url);
      await kanagawa.login('kanagawa@demo.esurety.jp');
      const ids = (await kanagawa.gql(LIST, { first: 100 })).data!.applications.edges.map((e: any) => e.node.id);
      expect(ids).not.toContain(sentToNagano);
      expect(errorCode(await kanagawa.gql(GET, { id: sentToNagano }))).toBe('NOT_FOUND');
    });

    it('hides it from another contractor, exactly like a missing one', async () => {
      const other = new ApiClient(server.url);
      await other.login('contractor2@demo.esurety.jp');
      const foreign = await other.gql(GET, { id: sentToNagano });
      const missing = await other.gql(GET, { id: '00000000-0000-4000-8000-000000000000' });
      expect(errorCode(foreign)).toBe('NOT_FOUND');
      expect(foreign.errors?.[0].message).toBe(missing.errors?.[0].message);
      expect((await other.gql(LIST, {})).data!.applications.totalCount).toBe(0);
      expect(errorCode(await other.gql(WITHDRAW, { id: sentToNagano }))).toBe('NOT_FOUND');
      expect(errorCode(await save(other, { destinationBranchId: ids.nagano }, draftId))).toBe('NOT_FOUND');
    });

    it('lets only contractors apply', async () => {
      const nagano = new ApiClient(server.url);
      await nagano.login('nagano@demo.esurety.jp');
      expect(errorCode(await save(nagano, flyer()))).toBe('FORBIDDEN');
      const orderer = new ApiClient(server.url);
      await orderer.login('matsumoto@demo.esurety.jp');
      expect(errorCode(await orderer.gql(LIST, {}))).toBe('FORBIDDEN');
      expect(errorCode(await new ApiClient(server.url).gql(LIST, {}))).toBe('UNAUTHENTICATED');
    });

    it('lists only the caller’s own works', async () => {
      const names = async (email: string) => {
        const client = new ApiClient(server.url);
        await client.login(email);
        return (await client.gql<any>(`{ works(first: 100) { totalCount edges { node { name } } } }`)).data!.works.edges.map(
          (e: any) => e.node.name,
        );
      };
      expect(await names('contractor@demo.esurety.jp')).toEqual(expect.arrayContaining(['●●●●工事', '道路改良工事']));
      expect(await names('contractor@demo.esurety.jp')).not.toContain('市道橋梁補修工事');
      expect(await names('contractor2@demo.esurety.jp')).toEqual(['市道橋梁補修工事']);
    });
  });

  describe('registries and paging', () => {
    it('lists the orderers that accept electronic guarantees, to anyone', async () => {
      const { data } = await new ApiClient(server.url).gql<any>(
        `{ orderers(acceptsElectronic: true) { name electronicFrom electronicRuleDescription } }`,
      );
      expect(data.orderers.map((o: any) => o.name).sort()).toEqual(['小田原市', '松本市']);
      expect(data.orderers.find((o: any) => o.name === '松本市').electronicFrom).toBe('2026-03-01');
    });

    it('pages with cursors, newest first', async () => {
      const client = new ApiClient(server.url);
      await client.login('contractor@demo.esurety.jp');
      const all = (await client.gql(LIST, { first: 100 })).data!.applications;
      const first = (await client.gql(LIST, { first: 2 })).data!.applications;
      expect(first.totalCount).toBe(all.totalCount);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (await client.gql(LIST, { first: 2, after: first.pageInfo.endCursor })).data!.applications;
      expect([...first.edges, ...second.edges].map((e: any) => e.node.id)).toEqual(all.edges.slice(0, 4).map((e: any) => e.node.id));
    });

    it('serves a page of applications with a constant number of SQL statements, whatever its size', async () => {
      const client = await signedInAs('contractor@demo.esurety.jp');
      const em = server.orm.em.fork();
      const work = await em.findOneOrFail(Work, { id: ids.matsumotoWork }, { populate: ['contractor', 'orderer'] });
      for (let i = 0; i < 60; i++) em.create(GuaranteeApplication, { contractor: work.contractor, work, orderer: work.orderer });
      await em.flush();
      const statements = async (first: number) => {
        server.queries.length = 0;
        const result = await client.gql(LIST, { first });
        expect(result.errors).toBeUndefined();
        expect(result.data!.applications.edges).toHaveLength(first);
        return server.queries.filter((q) => /^\[query\] (select|insert|update|delete)/i.test(q)).length;
      };
      const small = await statements(2);
      const large = await statements(50);
      // One for the signed-in user's session, one for the page with its relations, one for the count.
      expect(small).toBeGreaterThanOrEqual(2);
      expect(large).toBe(small);
      expect(large).toBeLessThanOrEqual(3);
    });

    it.each([[0], [101]])('refuses a page size of %d', async (first) => {
      const result = await contractor.gql(LIST, { first });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldOf(result)).toBe('first');
    });

    it('refuses a forged cursor', async () => {
      expect(fieldOf(await contractor.gql(LIST, { after: 'not-a-cursor' }))).toBe('after');
    });
  });
});
