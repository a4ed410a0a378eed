import { todayInJapan } from '@esurety/schema';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { signedIn } from '../../test/fixtures';
import { ApiClient, errorCode, startTestServer, type GraphQLResponse, type TestServer } from '../../test/test-server';
import { AuditEvent } from '../audit/audit-event.entity';
import { Branch } from '../organisations/branch.entity';
import { Orderer } from '../organisations/orderer.entity';
import { WebhookDelivery } from '../webhooks/webhook-delivery.entity';
import { lapseOverdueBidBonds } from './bid-bond-lapse';
import { BidBond, BidBondStatus } from './bid-bond.entity';

const BID_BOND = `id status bidBondNumber workName bidDate expectedContractAmount version issuedAt convertedAt withdrawnAt lapsedAt
  orderer { name } destinationBranch { name } contractor { name } application { id status }`;
const APPLY = `mutation($input: ApplyBidBondInput!) { applyBidBond(input: $input) { bidBond { ${BID_BOND} } } }`;
const ISSUE = `mutation($id: ID!) { issueBidBond(input: { bidBondId: $id }) { bidBond { ${BID_BOND} } } }`;
const CONVERT = `mutation($id: ID!) { convertBidBond(input: { bidBondId: $id }) {
  bidBond { ${BID_BOND} }
  application { id status workName orderer { name } destinationBranch { name }
    workDraft { name ordererId contractAmount } contractGuarantee { amount feePaymentMethod } advancePayment { amount } } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawBidBond(input: { bidBondId: $id }) { bidBond { ${BID_BOND} } } }`;
const LIST = `query($filter: BidBondFilter, $first: Int, $after: String) {
  bidBonds(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status bidBondNumber workName } } } }`;

type Input = Record<string, unknown>;

/** YYYY-MM-DD, `days` after today in Japan. */
const inDays = (days: number, from = new Date()) => todayInJapan(new Date(from.getTime() + days * 86_400_000));

describe('契約保証予約 (bid bonds)', () => {
  let server: TestServer;
  let contractor: ApiClient;
  let contractor2: ApiClient;
  let nagano: ApiClient;
  let kanagawa: ApiClient;
  let orderer: ApiClient;
  let ids: { matsumoto: string; nagano: string; kanagawa: string };

  const reservation = (overrides: Input = {}): Input => ({
    ordererId: ids.matsumoto,
    workName: '松本市立〇〇小学校改築工事',
    bidDate: inDays(7),
    expectedContractAmount: 120_000_000,
    destinationBranchId: ids.nagano,
    ...overrides,
  });
  async function apply(client: ApiClient, input: Input = reservation()) {
    const result = await client.gql<any>(APPLY, { input });
    expect(result.errors).toBeUndefined();
    return result.data!.applyBidBond.bidBond;
  }
  async function issued(input: Input = reservation()) {
    const bidBond = await apply(contractor, input);
    const result = await nagano.gql<any>(ISSUE, { id: bidBond.id });
    expect(result.errors).toBeUndefined();
    return result.data!.issueBidBond.bidBond;
  }
  const list = async (client: ApiClient, filter: Input | null = null) =>
    (await client.gql<any>(LIST, { filter, first: 100 })).data?.bidBonds;
  const listedIds = async (client: ApiClient) => ((await list(client)).edges as { node: { id: string } }[]).map((e) => e.node.id);
  const fieldOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.field;
  const count = () => server.orm.em.fork().count(BidBond, {});

  beforeAll(async () => {
    server = await startTestServer();
    [contractor, contractor2, nagano, kanagawa, orderer] = await Promise.all(
      [
        'contractor@demo.esurety.jp',
        'contractor2@demo.esurety.jp',
        'nagano@demo.esurety.jp',
        'kanagawa@demo.esurety.jp',
        'matsumoto@demo.esurety.jp',
      ].map((email) => signedIn(server, email)),
    );
    const em = server.orm.em.fork();
    ids = {
      matsumoto: (await em.findOneOrFail(Orderer, { name: '松本市' })).id,
      nagano: (await em.findOneOrFail(Branch, { name: '長野支店' })).id,
      kanagawa: (await em.findOneOrFail(Branch, { name: '神奈川支店' })).id,
    };
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(async () => {
    await server?.close();
  });

  describe('the life of a reservation', () => {
    it('is applied for, issued by its branch with its own number, and converted into a 契約保証 draft carrying its data', async () => {
      const applied = await apply(contractor);
      expect(applied).toMatchObject({
        status: 'APPLIED',
        bidBondNumber: null,
        workName: '松本市立〇〇小学校改築工事',
        expectedContractAmount: 120_000_000,
        orderer: { name: '松本市' },
        destinationBranch: { name: '長野支店' },
        contractor: { name: '〇〇建設株式会社' },
      });
      expect(await listedIds(nagano)).toContain(applied.id);

      const issue = await nagano.gql<any>(ISSUE, { id: applied.id });
      expect(issue.errors).toBeUndefined();
      const bidBond = issue.data!.issueBidBond.bidBond;
      expect(bidBond).toMatchObject({ status: 'ISSUED', id: applied.id });
      expect(bidBond.bidBondNumber).toMatch(/^20075-B\d{5}$/);
      expect(bidBond.version).toBeGreaterThan(applied.version);

      const converted = await contractor.gql<any>(CONVERT, { id: applied.id });
      expect(converted.errors).toBeUndefined();
      const { bidBond: after, application } = converted.data!.convertBidBond;
      expect(after).toMatchObject({ status: 'CONVERTED', bidBondNumber: bidBond.bidBondNumber, application: { id: application.id } });
      expect(application).toEqual({
        id: expect.any(String),
        status: 'DRAFT',
        workName: '松本市立〇〇小学校改築工事',
        orderer: { name: '松本市' },
        destinationBranch: { name: '長野支店' },
        workDraft: { name: '松本市立〇〇小学校改築工事', ordererId: ids.matsumoto, contractAmount: 120_000_000 },
        contractGuarantee: { amount: null, feePaymentMethod: 'LUMP_SUM' },
        advancePayment: null,
      });
      // The branch sees that it was converted, not the draft itself (not sent to it yet).
      const staffView = await nagano.gql<any>(
        `{ bidBonds(filter: { status: CONVERTED }, first: 100) { edges { node { id application { id } } } } }`,
      );
      expect(staffView.data!.bidBonds.edges.find((e: any) => e.node.id === applied.id).node.application).toBeNull();
      // The draft is the contractor's to complete, like any other.
      const draft = await contractor.gql<any>(`query($id: ID!) { application(id: $id) { id status version } }`, { id: application.id });
      expect(draft.data!.application).toMatchObject({ id: application.id, status: 'DRAFT' });
      const listed = await list(contractor, { status: 'CONVERTED' });
      expect(listed.edges.map((e: any) => e.node)).toContainEqual({
        id: applied.id,
        status: 'CONVERTED',
        bidBondNumber: bidBond.bidBondNumber,
        workName: '松本市立〇〇小学校改築工事',
      });
    });

    it('numbers each branch’s reservations in sequence, apart from its contract numbers', async () => {
      const first = await issued();
      const second = await issued();
      const serial = (n: string) => Number(n.slice(-5));
      expect(serial(second.bidBondNumber)).toBe(serial(first.bidBondNumber) + 1);
    });

    it('is withdrawn by the contractor when the bid is lost, applied for or issued; then nothing more can be done with it', async () => {
      const open = await issued();
      const withdrawn = await contractor.gql<any>(WITHDRAW, { id: open.id });
      expect(withdrawn.data!.withdrawBidBond.bidBond).toMatchObject({ status: 'WITHDRAWN', withdrawnAt: expect.any(String) });
      const notIssued = await apply(contractor);
      expect((await contractor.gql<any>(WITHDRAW, { id: notIssued.id })).data!.withdrawBidBond.bidBond.status).toBe('WITHDRAWN');

      for (const [client, query] of [
        [contractor, CONVERT],
        [contractor, WITHDRAW],
        [nagano, ISSUE],
      ] as const) {
        const refused = await client.gql(query, { id: open.id });
        expect(errorCode(refused)).toBe('CONFLICT');
        expect(refused.errors![0].extensions!.current).toEqual({ status: 'WITHDRAWN' });
      }
    });

    it('refuses transitions its state does not allow with CONFLICT, changing nothing', async () => {
      const applied = await apply(contractor);
      expect(errorCode(await contractor.gql(CONVERT, { id: applied.id }))).toBe('CONFLICT');
      await nagano.gql(ISSUE, { id: applied.id });
      const twice = await nagano.gql(ISSUE, { id: applied.id });
      expect(errorCode(twice)).toBe('CONFLICT');
      expect(twice.errors![0].message).toBe('この予約は既に発行済みです。');
      await contractor.gql(CONVERT, { id: applied.id });
      expect(errorCode(await contractor.gql(CONVERT, { id: applied.id }))).toBe('CONFLICT');
      expect(errorCode(await contractor.gql(WITHDRAW, { id: applied.id }))).toBe('CONFLICT');
      const stored = await server.orm.em.fork().findOneOrFail(BidBond, { id: applied.id });
      expect(stored.status).toBe(BidBondStatus.CONVERTED);
    });
  });

  describe('who sees what', () => {
    it('shows a reservation to its contractor and its branch only: another contractor and another branch see nothing, and the orderer may not ask', async () => {
      const own = await apply(contractor);
      const kanagawaOne = await apply(contractor2, reservation({ destinationBranchId: ids.kanagawa }));
      expect(await listedIds(contractor)).toContain(own.id);
      expect(await listedIds(contractor)).not.toContain(kanagawaOne.id);
      expect(await listedIds(nagano)).toContain(own.id);
      expect(await listedIds(nagano)).not.toContain(kanagawaOne.id);
      expect(await listedIds(contractor2)).toEqual([kanagawaOne.id]);
      expect(await listedIds(kanagawa)).toEqual([kanagawaOne.id]);
      expect(errorCode(await orderer.gql(LIST, {}))).toBe('FORBIDDEN');
      expect(errorCode(await new ApiClient(server.url).gql(LIST, {}))).toBe('UNAUTHENTICATED');
    });

    it("answers another organisation's reservation exactly like a missing one (NOT_FOUND), and leaves it alone", async () => {
      const own = await apply(contractor);
      expect(errorCode(await kanagawa.gql(ISSUE, { id: own.id }))).toBe('NOT_FOUND');
      await nagano.gql(ISSUE, { id: own.id });
      expect(errorCode(await contractor2.gql(CONVERT, { id: own.id }))).toBe('NOT_FOUND');
      expect(errorCode(await contractor2.gql(WITHDRAW, { id: own.id }))).toBe('NOT_FOUND');
      expect(errorCode(await contractor2.gql(WITHDRAW, { id: crypto.randomUUID() }))).toBe('NOT_FOUND');
      expect(errorCode(await nagano.gql(CONVERT, { id: own.id }))).toBe('FORBIDDEN');
      expect(errorCode(await contractor.gql(ISSUE, { id: own.id }))).toBe('FORBIDDEN');
      expect((await server.orm.em.fork().findOneOrFail(BidBond, { id: own.id })).status).toBe(BidBondStatus.ISSUED);
    });

    it('filters by state and by orderer, and pages', async () => {
      const odawara = (await server.orm.em.fork().findOneOrFail(Orderer, { name: '小田原市' })).id;
      const other = await apply(contractor, reservation({ ordererId: odawara, workName: '小田原の工事' }));
      const byOrderer = await list(contractor, { ordererId: odawara });
      expect(byOrderer.edges.map((e: any) => e.node.id)).toEqual([other.id]);
      const applied = await list(contractor, { status: 'APPLIED' });
      expect(applied.edges.every((e: any) => e.node.status === 'APPLIED')).toBe(true);
      const page = await contractor.gql<any>(LIST, { first: 1 });
      expect(page.data!.bidBonds.edges).toHaveLength(1);
      expect(page.data!.bidBonds.pageInfo.hasNextPage).toBe(true);
      const next = await contractor.gql<any>(LIST, { first: 1, after: page.data!.bidBonds.pageInfo.endCursor });
      expect(next.data!.bidBonds.edges[0].node.id).not.toBe(page.data!.bidBonds.edges[0].node.id);
    });
  });

  describe('bad input names the field and changes nothing', () => {
    it.each([
      [
        'a bid date in the past',
        { bidDate: inDays(-1) },
        'input.bidDate',
        '入札日は今日以降の日付にしてください（過去の入札は予約できません）。',
      ],
      ['an impossible bid date', { bidDate: '2027-02-30' }, 'input.bidDate', undefined],
      [
        'an amount of zero',
        { expectedContractAmount: 0 },
        'input.expectedContractAmount',
        '契約予定金額は1円以上10兆円以下の整数で入力してください。',
      ],
      ['a negative amount', { expectedContractAmount: -5 }, 'input.expectedContractAmount', undefined],
      ['a fraction of a yen', { expectedContractAmount: 1000.5 }, 'input.expectedContractAmount', undefined],
      ['an empty work name', { workName: '  ' }, 'input.workName', '工事名を入力してください。'],
      ['a control character in the work name', { workName: '工事\u0007' }, 'input.workName', undefined],
      ['an unknown orderer', { ordererId: crypto.randomUUID() }, 'input.ordererId', '指定された発注者が見つかりません。'],
      [
        'an unknown branch',
        { destinationBranchId: crypto.randomUUID() },
        'input.destinationBranchId',
        '指定された申込送信先が見つかりません。',
      ],
      ['a malformed orderer id', { ordererId: 'x' }, 'input.ordererId', undefined],
    ])('refuses %s', async (_, overrides, field, message) => {
      const before = await count();
      const result = await contractor.gql(APPLY, { input: reservation(overrides) });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldOf(result)).toBe(field);
      if (message) expect(result.errors![0].message).toBe(message);
      expect(await count()).toBe(before);
    });

    it('accepts today as the bid date', async () => {
      expect((await apply(contractor, reservation({ bidDate: todayInJapan() }))).status).toBe('APPLIED');
    });
  });

  describe('lapse (a scheduled job, here with a fake clock)', () => {
    it('lapses every open reservation whose bid date has passed, leaves the others, and runs again harmlessly', async () => {
      const now = new Date();
      const tomorrow = inDays(1, now);
      const appliedOnly = await apply(contractor, reservation({ bidDate: tomorrow }));
      const issuedOne = await issued(reservation({ bidDate: tomorrow }));
      const withdrawn = await issued(reservation({ bidDate: tomorrow }));
      await contractor.gql(WITHDRAW, { id: withdrawn.id });
      const converted = await issued(reservation({ bidDate: tomorrow }));
      await contractor.gql(CONVERT, { id: converted.id });
      const later = await apply(contractor, reservation({ bidDate: inDays(30, now) }));

      const em = server.orm.em.fork();
      const status = async (id: string) => (await em.findOneOrFail(BidBond, { id }, { refresh: true })).status;
      // On the bid date itself nothing of these lapses: the contractor may still convert.
      await lapseOverdueBidBonds(server.orm.em, new Date(now.getTime() + 86_400_000));
      expect(await status(appliedOnly.id)).toBe(BidBondStatus.APPLIED);
      expect(await status(issuedOne.id)).toBe(BidBondStatus.ISSUED);

      const twoDaysLater = new Date(now.getTime() + 2 * 86_400_000);
      const lapsedCount = await lapseOverdueBidBonds(server.orm.em, twoDaysLater);
      expect(await status(appliedOnly.id)).toBe(BidBondStatus.LAPSED);
      expect(await status(issuedOne.id)).toBe(BidBondStatus.LAPSED);
      expect(await status(withdrawn.id)).toBe(BidBondStatus.WITHDRAWN);
      expect(await status(converted.id)).toBe(BidBondStatus.CONVERTED);
      expect(await status(later.id)).toBe(BidBondStatus.APPLIED);
      expect(lapsedCount).toBeGreaterThanOrEqual(2);
      expect((await em.findOneOrFail(BidBond, { id: issuedOne.id })).lapsedAt).toEqual(twoDaysLater);
      expect(await lapseOverdueBidBonds(server.orm.em, twoDaysLater)).toBe(0);

      const refused = await contractor.gql(CONVERT, { id: issuedOne.id });
      expect(errorCode(refused)).toBe('CONFLICT');
      expect(refused.errors![0].extensions!.current).toEqual({ status: 'LAPSED' });
      const lapsedList = await list(contractor, { status: 'LAPSED' });
      expect(lapsedList.edges.map((e: any) => e.node.id)).toEqual(expect.arrayContaining([appliedOnly.id, issuedOne.id]));
    });

    it('refuses to convert once the bid date has passed, even before the job has run', async () => {
      const bidBond = await issued(reservation({ bidDate: todayInJapan() }));
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + 86_400_000);
      // Signed in on the day after (a session of the real day would have expired by then).
      const contractor = await signedIn(server, 'contractor@demo.esurety.jp');
      const refused = await contractor.gql(CONVERT, { id: bidBond.id });
      expect(errorCode(refused)).toBe('CONFLICT');
      expect(refused.errors![0].message).toBe('入札日を過ぎた予約は移行できません。');
      // Withdrawing it (the bid was lost) is still allowed until it lapses.
      expect((await contractor.gql<any>(WITHDRAW, { id: bidBond.id })).data!.withdrawBidBond.bidBond.status).toBe('WITHDRAWN');
    });
  });

  describe('webhook events and the audit trail', () => {
    it('queues an event for the contractor and the branch at each change, never for the orderer, and audits each one', async () => {
      const events = ['BID_BOND_APPLIED', 'BID_BOND_ISSUED', 'BID_BOND_CONVERTED', 'BID_BOND_WITHDRAWN', 'BID_BOND_LAPSED'];
      const REGISTER = `mutation($url: String!, $events: [WebhookEvent!]!) { registerWebhookEndpoint(input: { url: $url, events: $events }) { webhookEndpoint { id } } }`;
      const endpoints: Record<string, string> = {};
      for (const [name, client] of [
        ['contractor', contractor],
        ['nagano', nagano],
        ['orderer', orderer],
      ] as const) {
        const registered = await client.gql<any>(REGISTER, { url: `https://hooks.example.com/${name}`, events: events as never });
        expect(registered.errors).toBeUndefined();
        endpoints[name] = registered.data!.registerWebhookEndpoint.webhookEndpoint.id;
      }
      const won = await issued();
      await contractor.gql(CONVERT, { id: won.id });
      const lost = await apply(contractor);
      await contractor.gql(WITHDRAW, { id: lost.id });
      const forgotten = await apply(contractor, reservation({ bidDate: todayInJapan() }));
      await lapseOverdueBidBonds(server.orm.em, new Date(Date.now() + 2 * 86_400_000));

      const em = server.orm.em.fork();
      const delivered = async (endpoint: string, id: string) =>
        (await em.find(WebhookDelivery, { endpoint }, { orderBy: { createdAt: 'asc' } }))
          .filter((d) => (d.payload as any).data.bidBond.id === id)
          .map((d) => [d.event, (d.payload as any).data.bidBond.status]);
      expect(await delivered(endpoints.contractor, won.id)).toEqual([
        ['BID_BOND_APPLIED', 'APPLIED'],
        ['BID_BOND_ISSUED', 'ISSUED'],
        ['BID_BOND_CONVERTED', 'CONVERTED'],
      ]);
      expect(await delivered(endpoints.nagano, won.id)).toHaveLength(3);
      expect(await delivered(endpoints.contractor, lost.id)).toEqual([
        ['BID_BOND_APPLIED', 'APPLIED'],
        ['BID_BOND_WITHDRAWN', 'WITHDRAWN'],
      ]);
      expect(await delivered(endpoints.nagano, forgotten.id)).toEqual([
        ['BID_BOND_APPLIED', 'APPLIED'],
        ['BID_BOND_LAPSED', 'LAPSED'],
      ]);
      expect(await em.count(WebhookDelivery, { endpoint: endpoints.orderer })).toBe(0);

      const trail = async (id: string) =>
        (await em.find(AuditEvent, { objectId: id, objectType: 'BidBond' }, { orderBy: { createdAt: 'asc' } })).map((e) => [
          e.action,
          e.outcome,
          e.scopeBranchId,
        ]);
      expect(await trail(won.id)).toEqual([
        ['applyBidBond', 'SUCCESS', ids.nagano],
        ['issueBidBond', 'SUCCESS', ids.nagano],
        ['convertBidBond', 'SUCCESS', ids.nagano],
      ]);
      expect(await trail(lost.id)).toEqual([
        ['applyBidBond', 'SUCCESS', ids.nagano],
        ['withdrawBidBond', 'SUCCESS', ids.nagano],
      ]);
      expect(await trail(forgotten.id)).toEqual([
        ['applyBidBond', 'SUCCESS', ids.nagano],
        ['lapseBidBond', 'SUCCESS', ids.nagano],
      ]);
      await contractor.gql(CONVERT, { id: lost.id });
      expect((await trail(lost.id)).at(-1)).toEqual(['convertBidBond', 'CONFLICT', null]);
    });
  });
});
