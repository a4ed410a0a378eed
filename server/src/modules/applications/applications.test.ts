import { todayInJapan } from '@esurety/schema';
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
const SAVE = `mutation($input: SaveApplicationInput!) { saveApplication(input: $input) { application { ${APPLICATION} } } }`;
const SUBMIT = `mutation($id: ID!) { submitApplication(input: { applicationId: $id }) { application { ${APPLICATION} } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawApplication(input: { applicationId: $id }) { application { id status } } }`;
const GET = `query($id: ID!) { application(id: $id) { ${APPLICATION} } }`;
const LIST = `query($filter: GuaranteeApplicationFilter, $first: Int, $after: String) {
  applications(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status workName } } } }`;

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

  /** Saves `input` as a new draft, or as an update of `draft` read at its version. */
  async function save(client: ApiClient, input: Input, draft?: { id: string; version: number }) {
    return client.gql(SAVE, { input: { ...input, ...(draft ? { applicationId: draft.id, expectedVersion: draft.version } : {}) } });
  }
  async function saveOk(client: ApiClient, input: Input, draft?: { id: string; version: number }) {
    const result = await save(client, input, draft);
    expect(result.errors).toBeUndefined();
    return result.data!.saveApplication.application;
  }
  const submit = async (client: ApiClient, id: string) => client.gql(SUBMIT, { id });
  const submitted = async (client: ApiClient, id: string) => (await submit(client, id)).data?.submitApplication?.application;
  const fieldOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.field;
  const fieldsOf = (result: GraphQLResponse) =>
    ((result.errors?.[0]?.extensions?.fields as { field: string }[] | undefined) ?? []).map((f) => f.field);

  beforeAll(async () => {
    server = await startTestServer();
    contractor = new ApiClient(server.url);
    await contractor.login('contractor@demo.esurety.jp');
    const em = server.orm.em.fork();
    const work = async (name: string) => (await em.findOneOrFail(Work, { name })).id;
    const { data: orgs } = await contractor.gql<any>(`{ branches { id name } orderers(first: 100) { edges { node { id name } } } }`);
    const branch = (name: string) => orgs.branches.find((b: any) => b.name === name).id;
    const orderer = (name: string) => orgs.orderers.edges.find((e: any) => e.node.name === name).node.id;
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

      const complete = await saveOk(contractor, flyer(), draft);
      expect(complete.version).toBeGreaterThan(draft.version);
      const sent = await submitted(contractor, draft.id);
      expect(sent).toMatchObject({
        status: 'SUBMITTED',
        destinationBranch: { name: '長野支店' },
        advancePayment: { certificateFormat: 'ELECTRONIC', amount: 20_000_000, depositBank: '〇〇銀行　××支店', redeposit: false },
        contractGuarantee: { certificateFormat: 'ELECTRONIC', amount: 5_000_000, feeStatementWanted: false },
        notifyEmail: 'soumu@example.co.jp',
        messageToBranch: 'よろしくお願いします。\n前払金は4月中に請求予定です。',
      });
      expect(new Date(sent.submittedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

      const list = (await contractor.gql(LIST, { filter: { status: 'SUBMITTED' } })).data!.applications;
      expect(list.edges.map((e: any) => e.node)).toContainEqual({ id: draft.id, status: 'SUBMITTED', workName: '●●●●工事' });
    });

    it('applies for one kind only', async () => {
      const input = flyer();
      input.advancePayment = null;
      const draft = await saveOk(contractor, input);
      expect(draft.advancePayment).toBeNull();
      expect((await submitted(contractor, draft.id)).status).toBe('SUBMITTED');
    });

    it('drops a kind that is no longer applied for', async () => {
      const draft = await saveOk(contractor, flyer());
      const updated = await saveOk(contractor, { ...flyer(), contractGuarantee: null }, draft);
      expect(updated.contractGuarantee).toBeNull();
      expect(updated.advancePayment.amount).toBe(20_000_000);
    });

    it('makes a new work from the entered 請負工事の情報 when it is sent, and offers it for later applications', async () => {
      const input = { ...flyer(), workId: null, work: newWork(), destinationBranchId: ids.kanagawa };
      const draft = await saveOk(contractor, input);
      expect(draft).toMatchObject({ work: null, workName: '市道改良工事', orderer: { name: '小田原市' } });
      const sent = await submitted(contractor, draft.id);
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
      const missing = await submit(contractor, (await saveOk(contractor, { ...flyer(), notifyEmail: null })).id);
      expect(fieldOf(missing)).toBe('input.notifyEmail');
      expect(missing.errors?.[0].message).toBe('メールアドレスを入力してください。');

      const invalid = await save(contractor, { ...flyer(), notifyEmail: 'soumu@@example' });
      expect(fieldOf(invalid)).toBe('input.notifyEmail');
      expect(invalid.errors?.[0].message).toBe('メールアドレスの形式が正しくありません。');

      const notWanted = await saveOk(contractor, { ...flyer(), issuanceNoticeWanted: false, notifyEmail: null });
      expect((await submitted(contractor, notWanted.id)).status).toBe('SUBMITTED');
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
      const sent = await submitted(contractor, draft.id);
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
      expect(result.errors?.[0].message).toMatch(/使用できない文字（U\+00(00|1B)、制御文字）/);
    });

    it('refuses a second send of the same application, and any change once sent: CONFLICT, with the status', async () => {
      const draft = await saveOk(contractor, flyer());
      const sent = await submitted(contractor, draft.id);
      const again = await submit(contractor, draft.id);
      expect(errorCode(again)).toBe('CONFLICT');
      expect(again.errors?.[0].extensions?.current).toMatchObject({ status: 'SUBMITTED' });
      expect(again.errors?.[0].message).toBe('この申込は既に送信済みです。');
      const edit = await save(contractor, flyer(), sent);
      expect(errorCode(edit)).toBe('CONFLICT');
      expect(edit.errors?.[0].message).toBe('この申込は既に送信済みです。');
    });

    it('sends an application exactly once when two sends race', async () => {
      const draft = await saveOk(contractor, flyer());
      const results = await Promise.all([submit(contractor, draft.id), submit(contractor, draft.id)]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(1);
    });
  });

  describe('saving from a stale tab', () => {
    it('answers CONFLICT with the current draft instead of overwriting another tab’s change', async () => {
      const loaded = await saveOk(contractor, flyer());
      // Tab A raises the amount; tab B, opened before, then changes the bank.
      const tabA = await saveOk(contractor, { ...flyer(), advancePayment: { ...flyer().advancePayment, amount: 21_000_000 } }, loaded);
      const tabB = await save(
        contractor,
        { ...flyer(), advancePayment: { ...flyer().advancePayment, depositBank: '△△銀行　本店' } },
        loaded,
      );
      expect(errorCode(tabB)).toBe('CONFLICT');
      expect(tabB.errors?.[0].message).toMatch(/他の画面又は操作で更新されました/);
      expect(tabB.errors?.[0].extensions?.current).toMatchObject({
        applicationId: loaded.id,
        version: tabA.version,
        status: 'DRAFT',
        workId: ids.matsumotoWork,
        advancePayment: { amount: 21_000_000, depositBank: '〇〇銀行　××支店' },
      });
      const stored = (await contractor.gql(GET, { id: loaded.id })).data!.application;
      expect(stored.advancePayment).toMatchObject({ amount: 21_000_000, depositBank: '〇〇銀行　××支店' });
      expect(stored.version).toBe(tabA.version);

      // Tab B, reloaded with the current version, saves its change on top of A's.
      const merged = await saveOk(
        contractor,
        { ...flyer(), advancePayment: { ...flyer().advancePayment, amount: 21_000_000, depositBank: '△△銀行　本店' } },
        stored,
      );
      expect(merged.advancePayment).toMatchObject({ amount: 21_000_000, depositBank: '△△銀行　本店' });
    });

    it('needs expectedVersion to update, and none to create', async () => {
      const draft = await saveOk(contractor, flyer());
      const withoutVersion = await contractor.gql(SAVE, { input: { ...flyer(), applicationId: draft.id } });
      expect(withoutVersion.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expectedVersion' });
      const newWithVersion = await contractor.gql(SAVE, { input: { ...flyer(), expectedVersion: 1 } });
      expect(newWithVersion.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expectedVersion' });
    });

    it.each([
      ['an empty id', ''],
      ['a made-up id', 'application-1'],
    ])('refuses %s, naming the field, and creates nothing', async (_, applicationId) => {
      const before = await server.orm.em.fork().count(GuaranteeApplication);
      const result = await contractor.gql(SAVE, { input: { ...flyer(), applicationId, expectedVersion: 1 } });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.applicationId' });
      expect(result.errors?.[0].message).toBe('更新する申込のIDの形式が正しくありません。');
      const inline = await contractor.gql(
        `mutation { submitApplication(input: { applicationId: "${applicationId}" }) { application { id } } }`,
      );
      expect(inline.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.applicationId' });
      expect(await server.orm.em.fork().count(GuaranteeApplication)).toBe(before);
    });
  });

  describe('errors name the field of the input, whatever the variables are called', () => {
    const expectAmountRefused = (result: GraphQLResponse) => {
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.advancePayment.amount' });
      expect(result.errors?.[0].message).toBe('前払金保証金額は1円以上10兆円以下の整数で入力してください。');
    };

    it('a variable called $d', async () => {
      const result = await contractor.gql(`mutation($d: SaveApplicationInput!) { saveApplication(input: $d) { application { id } } }`, {
        d: { ...flyer(), advancePayment: { ...flyer().advancePayment, amount: 0 } },
      });
      expectAmountRefused(result);
      expect(result.errors?.[0].message).not.toMatch(/\bd\b/);
    });

    it('a variable for a part of the input', async () => {
      const result = await contractor.gql(
        `mutation($a: AdvancePaymentInput) { saveApplication(input: { advancePayment: $a }) { application { id } } }`,
        {
          a: { amount: 0 },
        },
      );
      expectAmountRefused(result);
    });

    it('a value written in the query (an inline literal)', async () => {
      expectAmountRefused(
        await contractor.gql(`mutation { saveApplication(input: { advancePayment: { amount: 0 } }) { application { id } } }`),
      );
      expectAmountRefused(
        await contractor.gql(`mutation { saveApplication(input: { advancePayment: { amount: "20,000,000" } }) { application { id } } }`),
      );
    });

    it('a wrong type, an unknown field and a missing one, written inline or in a variable', async () => {
      const flag = await contractor.gql(`mutation { saveApplication(input: { issuanceNoticeWanted: "yes" }) { application { id } } }`);
      expect(flag.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.issuanceNoticeWanted' });
      expect(flag.errors?.[0].message).toBe('電子保証発行完了のお知らせを希望するかの値が正しくありません。');
      const unknown = await contractor.gql(`mutation { saveApplication(input: { colour: "red" }) { application { id } } }`);
      expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.colour' });
      const missingInline = await contractor.gql(`mutation { submitApplication(input: {}) { application { id } } }`);
      expect(missingInline.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.applicationId' });
      expect(missingInline.errors?.[0].message).toBe('送信する申込を入力してください。');
      const missingVariable = await contractor.gql(
        `mutation($x: SubmitApplicationInput!) { submitApplication(input: $x) { application { id } } }`,
        { x: {} },
      );
      expect(missingVariable.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.applicationId' });
      const members = await contractor.gql(
        `mutation($m: [JointVentureMemberInput!]) { saveApplication(input: { work: { jointVentureMembers: $m } }) { application { id } } }`,
        {
          m: [{ name: 'A', address: 'B' }, { name: 'C' }],
        },
      );
      expect(members.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.work.jointVentureMembers.1.address' });
    });
  });

  describe('nothing half-written', () => {
    it('leaves a draft as it was when an update is refused', async () => {
      const draft = await saveOk(contractor, flyer());
      const result = await save(
        contractor,
        { ...flyer(), contactName: 'Changed', contractGuarantee: { ...flyer().contractGuarantee, amount: 0 } },
        draft,
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
      expect(errorCode(await submit(contractor, draft.id))).toBe('BAD_USER_INPUT');
      expect(await server.orm.em.fork().count(Work)).toBe(works);
    });
  });

  describe('withdrawal', () => {
    it('takes a sent application back, and then it can neither be edited nor sent', async () => {
      const draft = await saveOk(contractor, flyer());
      await submit(contractor, draft.id);
      const withdrawn = (await contractor.gql(WITHDRAW, { id: draft.id })).data?.withdrawApplication.application;
      expect(withdrawn.status).toBe('WITHDRAWN');
      expect(errorCode(await submit(contractor, draft.id))).toBe('CONFLICT');
      const latest = (await contractor.gql(GET, { id: draft.id })).data!.application;
      expect(errorCode(await save(contractor, flyer(), latest))).toBe('CONFLICT');
    });

    it('does not withdraw a draft: CONFLICT, with the status', async () => {
      const draft = await saveOk(contractor, flyer());
      const result = await contractor.gql(WITHDRAW, { id: draft.id });
      expect(errorCode(result)).toBe('CONFLICT');
      expect(result.errors?.[0].extensions?.current).toEqual({ status: 'DRAFT' });
      expect(result.errors?.[0].message).toBe('送信済み又は差戻しの申込だけを取り下げられます。');
    });
  });

  describe('who sees what', () => {
    let sentToNagano: string;
    let draftId: string;
    beforeAll(async () => {
      sentToNagano = (await saveOk(contractor, flyer())).id;
      await submit(contractor, sentToNagano);
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
      expect(errorCode(await save(other, { destinationBranchId: ids.nagano }, { id: draftId, version: 1 }))).toBe('NOT_FOUND');
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
        `{ orderers(filter: { acceptsElectronic: true }) { totalCount edges { node { name electronicFrom electronicRuleDescription } } } }`,
      );
      const orderers = data.orderers.edges.map((e: any) => e.node);
      expect(orderers.map((o: any) => o.name)).toEqual(['小田原市', '松本市'].sort());
      expect(data.orderers.totalCount).toBe(2);
      expect(orderers.find((o: any) => o.name === '松本市').electronicFrom).toBe('2026-03-01');
      const named = await new ApiClient(server.url).gql<any>(
        `{ orderers(filter: { name: "塩尻" }) { edges { node { name acceptsElectronic } } } }`,
      );
      expect(named.data.orderers.edges.map((e: any) => e.node)).toEqual([{ name: '塩尻市', acceptsElectronic: false }]);
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

    it('reads a page as plain rows that answer as the application itself does, joining only what is asked', async () => {
      // What a list row answers from its columns (application.service.ts, APPLICATION_ROW): 工事名
      // from the work or the draft, 前払金保証 / 契約保証 from the items, read for the page at once.
      const ROW = `id status workName submittedAt orderer { name } destinationBranch { name }
        advancePayment { kind certificateFormat currentYearTargetAmount amount depositBank redeposit feePaymentMethod }
        contractGuarantee { kind certificateFormat amount feeBillingParty feeStatementWanted }`;
      server.queries.length = 0;
      const page = await contractor.gql<any>(`{ applications(first: 100) { edges { node { ${ROW} } } } }`);
      expect(page.errors).toBeUndefined();
      const selects = server.queries.filter((q) => /^\[query\] select/i.test(q) && !/ from .session. /.test(q));
      const [list, items] = selects;
      expect(selects).toHaveLength(2);
      expect([...list.matchAll(/ join .(\w+)./g)].map((m) => m[1]).sort()).toEqual(['branch', 'orderer', 'work']);
      // The columns asked for, the joined ones under their alias (not every column of four entities).
      expect(list).toMatch(/ as .j\d__name./);
      expect(list).not.toMatch(/message_to_branch/);
      expect(items).toMatch(/from .application_item. .* in \(/);
      const nodes = page.data.applications.edges.map((e: any) => e.node);
      expect(nodes.some((n: any) => n.advancePayment?.amount > 0 && n.contractGuarantee)).toBe(true);
      for (const node of nodes) {
        const one = await contractor.gql<any>(`query($id: ID!) { application(id: $id) { ${ROW} } }`, { id: node.id });
        expect(node).toEqual(one.data.application);
      }
      // Without the items' fields, no statement for them; a field only an entity answers reads entities.
      server.queries.length = 0;
      await contractor.gql<any>(`{ applications(first: 5) { edges { node { id workName } } } }`);
      expect(server.queries.filter((q) => /application_item/.test(q))).toEqual([]);
      const entities = await contractor.gql<any>(
        `{ applications(first: 5) { edges { node { id workDraft { name } work { orderer { name } } } } } }`,
      );
      expect(entities.errors).toBeUndefined();
    });

    it.each([[0], [101]])('refuses a page size of %d', async (first) => {
      const result = await contractor.gql(LIST, { first });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldOf(result)).toBe('first');
    });

    it('filters by orderer and by the day it was sent', async () => {
      const nagano = await signedInAs('nagano@demo.esurety.jp');
      const BY_ORDERER = `query($filter: GuaranteeApplicationFilter) {
        applications(filter: $filter, first: 100) { totalCount edges { node { orderer { name } submittedAt } } } }`;
      // The day in Japan the latest application to 小田原市 was sent (earlier tests sent them: a
      // midnight in Japan may have passed since, so not necessarily today).
      const toOdawara = (await nagano.gql<any>(BY_ORDERER, { filter: { ordererId: ids.odawara } })).data.applications.edges;
      const sentOn = toOdawara.map((e: any) => todayInJapan(new Date(e.node.submittedAt)));
      expect(sentOn.length).toBeGreaterThan(0);
      const day = sentOn[0];
      const odawara = (await nagano.gql<any>(BY_ORDERER, { filter: { ordererId: ids.odawara, submittedFrom: day, submittedTo: day } })).data
        .applications;
      expect(odawara.totalCount).toBe(sentOn.filter((d: string) => d === day).length);
      expect(new Set(odawara.edges.map((e: any) => e.node.orderer.name))).toEqual(new Set(['小田原市']));
      const all = (await nagano.gql<any>(BY_ORDERER, {})).data.applications;
      expect(all.totalCount).toBeGreaterThan(odawara.totalCount);
      expect((await nagano.gql<any>(BY_ORDERER, { filter: { submittedFrom: '2099-01-01' } })).data.applications.totalCount).toBe(0);
    });

    it('refuses a forged cursor', async () => {
      expect(fieldOf(await contractor.gql(LIST, { after: 'not-a-cursor' }))).toBe('after');
    });
  });
});
