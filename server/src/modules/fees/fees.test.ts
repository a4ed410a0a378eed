import { addDays, guaranteePeriodDays, todayInJapan } from '@esurety/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWork, flyerApplication, signedIn, submitApplication } from '../../test/fixtures';
import { ApiClient, errorCode, startTestServer, type TestServer } from '../../test/test-server';
import { AuditEvent } from '../audit/audit-event.entity';
import { pdfText, withoutSpaces } from '../documents/pdf-inspection';
import { WebhookDelivery } from '../webhooks/webhook-delivery.entity';

const STATEMENT = `id statementNumber sequence reason kind contractNumber workName contractorName amount periodStart periodEnd periodDays
  rateEffectiveFrom rateBands { upTo ratePerMillion } minimumFee exampleRates fee previouslyCharged charge refund
  feePaymentMethod feeBillingParty paperWanted mailedAt issuedOn pdfUrl guaranteeId`;
const ISSUE = `mutation($id: ID!) { issueGuarantees(input: { applicationId: $id }) {
  guarantees { id kind contractNumber version amount deadline issuances { id } } feeStatements { ${STATEMENT} } } }`;
const CHANGE = `mutation($input: ChangeGuaranteeInput!) { changeGuarantee(input: $input) { guarantee { id version } feeStatements { ${STATEMENT} } } }`;
const REVOKE = `mutation($input: RevokeGuaranteeInput!) { revokeGuarantee(input: $input) { guarantee { id status } feeStatements { ${STATEMENT} } } }`;
const LIST = `query($filter: FeeStatementFilter) { feeStatements(filter: $filter, first: 100) { totalCount edges { node { ${STATEMENT} } } } }`;
const ONE = `query($id: ID!) { feeStatement(id: $id) { ${STATEMENT} } }`;
const MARK = `mutation($id: ID!) { markFeeStatementMailed(input: { feeStatementId: $id }) { feeStatement { id mailedAt } } }`;
const SET_RATES = `mutation($input: SetFeeRatesInput!) { setFeeRates(input: $input) { feeRate { id kind effectiveFrom minimumFee example bands { upTo ratePerMillion } } } }`;

// The demo's example rates (example-rates.ts): 前払金保証 0.18% a year up to 1億円, at least 3,000円;
// 契約保証 0.3% a year up to 1億円, at least 5,000円. Written out here so the test does not reuse the code it checks.
const yearly = (amount: number, ratePerMillion: number) => (amount * ratePerMillion) / 1_000_000;
const expectedFee = (amount: number, ratePerMillion: number, days: number, minimum: number) =>
  Math.max(minimum, Math.floor((yearly(amount, ratePerMillion) * days) / 365));

describe('guarantee fees (保証料)', () => {
  let server: TestServer;
  let contractor: ApiClient;
  let contractor2: ApiClient;
  let nagano: ApiClient;
  let kanagawa: ApiClient;
  let orderer: ApiClient;
  let admin: ApiClient;
  let issued: any;
  let workEnd: string;

  /**
   * `act`'s result and today's date in Japan just before and just after it: the day it ran on is
   * one of them (a midnight in Japan may pass while a test runs, or even during the request).
   */
  async function withToday<T>(act: () => Promise<T>): Promise<[T, string[]]> {
    const before = todayInJapan();
    const result = await act();
    return [result, [before, todayInJapan()]];
  }

  async function issue(overrides: Record<string, any> = {}) {
    const base = await flyerApplication(server);
    const input = {
      ...base,
      advancePayment: { ...base.advancePayment, feeBillingParty: '〇〇建設株式会社 経理部', feeStatementWanted: true },
      ...overrides,
    };
    const id = await submitApplication(contractor, input);
    const [result, today] = await withToday(() => nagano.gql<any>(ISSUE, { id }));
    expect(result.errors).toBeUndefined();
    // Dated the day of issue in Japan: the fee's period starts then.
    for (const statement of result.data.issueGuarantees.feeStatements) {
      expect(today).toContain(statement.issuedOn);
      expect(statement.periodStart).toBe(statement.issuedOn);
    }
    return result.data.issueGuarantees;
  }
  const byKind = (list: any[], kind: string) => list.find((x) => x.kind === kind);

  beforeAll(async () => {
    server = await startTestServer();
    contractor = await signedIn(server, 'contractor@demo.esurety.jp');
    contractor2 = await signedIn(server, 'contractor2@demo.esurety.jp');
    nagano = await signedIn(server, 'nagano@demo.esurety.jp');
    kanagawa = await signedIn(server, 'kanagawa@demo.esurety.jp');
    orderer = await signedIn(server, 'matsumoto@demo.esurety.jp');
    admin = await signedIn(server, 'admin@demo.esurety.jp');
    const hook = await contractor.gql<any>(
      `mutation { registerWebhookEndpoint(input: { url: "https://erp.example.co.jp/fees", events: [FEE_STATEMENT_ISSUED, FEE_STATEMENT_MAILED] }) { webhookEndpoint { id } } }`,
    );
    expect(hook.errors).toBeUndefined();
    // The flyer's work ends, and so its guarantees' 保証期限 fall, months after the demo was loaded.
    workEnd = (await demoWork(server)).endDate;
    issued = await issue();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('makes a 保証料計算書 per guarantee on issue: the fee in integer yen over issue date → 保証期限, both ends counted', () => {
    expect(issued.feeStatements).toHaveLength(2);
    const advance = byKind(issued.feeStatements, 'ADVANCE_PAYMENT');
    const issuedOn = advance.issuedOn;
    const days = guaranteePeriodDays(issuedOn, workEnd);
    const contract = byKind(issued.feeStatements, 'CONTRACT');
    const advanceGuarantee = byKind(issued.guarantees, 'ADVANCE_PAYMENT');
    expect(advance).toMatchObject({
      sequence: 1,
      reason: 'ISSUE',
      statementNumber: `${advanceGuarantee.contractNumber}-01`,
      contractNumber: advanceGuarantee.contractNumber,
      guaranteeId: advanceGuarantee.id,
      workName: '●●●●工事',
      contractorName: '〇〇建設株式会社',
      amount: 20_000_000,
      periodStart: issuedOn,
      periodEnd: workEnd,
      periodDays: days,
      rateEffectiveFrom: '2026-04-01',
      minimumFee: 3000,
      exampleRates: true,
      fee: expectedFee(20_000_000, 1800, days, 3000),
      previouslyCharged: 0,
      charge: expectedFee(20_000_000, 1800, days, 3000),
      refund: 0,
      feePaymentMethod: 'LUMP_SUM',
      feeBillingParty: '〇〇建設株式会社 経理部',
      paperWanted: true,
      mailedAt: null,
      issuedOn,
      pdfUrl: `/documents/fee-statements/${advance.id}/fee-statement.pdf`,
    });
    expect(advance.rateBands).toEqual([
      { upTo: 100_000_000, ratePerMillion: 1800 },
      { upTo: 1_000_000_000, ratePerMillion: 1400 },
      { upTo: null, ratePerMillion: 1000 },
    ]);
    expect(contract).toMatchObject({ amount: 5_000_000, fee: expectedFee(5_000_000, 3000, days, 5000), paperWanted: false });
    expect(Number.isInteger(advance.fee)).toBe(true);
  });

  it('shows the contractor its own statements, staff their branch’s, and nobody else anything', async () => {
    const ids = issued.feeStatements.map((s: any) => s.id).sort();
    const listed = async (client: ApiClient) => {
      const result = await client.gql<any>(LIST);
      return result;
    };
    const own = await listed(contractor);
    expect(own.data.feeStatements.edges.map((e: any) => e.node.id)).toEqual(expect.arrayContaining(ids));
    const branch = await listed(nagano);
    expect(branch.data.feeStatements.edges.map((e: any) => e.node.id)).toEqual(expect.arrayContaining(ids));
    for (const other of [contractor2, kanagawa]) {
      const list = await listed(other);
      expect(list.data.feeStatements.edges.map((e: any) => e.node.id)).not.toEqual(expect.arrayContaining([ids[0]]));
      expect(list.data.feeStatements.edges.filter((e: any) => ids.includes(e.node.id))).toEqual([]);
      expect(errorCode(await other.gql(ONE, { id: ids[0] }))).toBe('NOT_FOUND');
    }
    expect(errorCode(await listed(orderer))).toBe('FORBIDDEN');
    expect(errorCode(await orderer.gql(ONE, { id: ids[0] }))).toBe('FORBIDDEN');
    expect(errorCode(await new ApiClient(server.url).gql(LIST))).toBe('UNAUTHENTICATED');
    const one = await contractor.gql<any>(ONE, { id: ids[0] });
    expect(one.data.feeStatement.id).toBe(ids[0]);
    // The rate tables are the guarantor's: staff and admin only.
    expect(errorCode(await contractor.gql(`{ feeRates(first: 10) { totalCount } }`))).toBe('FORBIDDEN');
    const rates = await nagano.gql<any>(
      `{ feeRates(first: 10, filter: { kind: CONTRACT }) { totalCount edges { node { kind example } } } }`,
    );
    expect(rates.data.feeRates.edges.map((e: any) => e.node)).toEqual([{ kind: 'CONTRACT', example: true }]);
  });

  it('recomputes on a change of the amount: a lowering refunds the difference, with the rates of the issue', async () => {
    const guarantee = byKind(issued.guarantees, 'ADVANCE_PAYMENT');
    const first = byKind(issued.feeStatements, 'ADVANCE_PAYMENT');
    const days = guaranteePeriodDays(first.periodStart, workEnd);
    const lowered = await nagano.gql<any>(CHANGE, {
      input: { guaranteeId: guarantee.id, expectedVersion: guarantee.version, amount: 10_000_000 },
    });
    expect(lowered.errors).toBeUndefined();
    const [statement] = lowered.data.changeGuarantee.feeStatements;
    const fee = expectedFee(10_000_000, 1800, days, 3000);
    expect(statement).toMatchObject({
      sequence: 2,
      reason: 'CHANGE',
      statementNumber: `${guarantee.contractNumber}-02`,
      amount: 10_000_000,
      fee,
      previouslyCharged: first.charge,
      charge: 0,
      refund: first.charge - fee,
      feeBillingParty: '〇〇建設株式会社 経理部',
      paperWanted: true,
    });
    expect(statement.refund).toBeGreaterThan(0);

    // A change of the work name alone changes no fee: no statement.
    const renamed = await nagano.gql<any>(CHANGE, {
      input: { guaranteeId: guarantee.id, expectedVersion: lowered.data.changeGuarantee.guarantee.version, workName: '●●●●工事（その2）' },
    });
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data.changeGuarantee.feeStatements).toEqual([]);

    // A longer period charges the difference.
    const laterDeadline = addDays(workEnd, 195);
    const longer = await nagano.gql<any>(CHANGE, {
      input: { guaranteeId: guarantee.id, expectedVersion: renamed.data.changeGuarantee.guarantee.version, deadline: laterDeadline },
    });
    expect(longer.errors).toBeUndefined();
    const [extended] = longer.data.changeGuarantee.feeStatements;
    const longFee = expectedFee(10_000_000, 1800, guaranteePeriodDays(first.periodStart, laterDeadline), 3000);
    expect(extended).toMatchObject({
      sequence: 3,
      periodEnd: laterDeadline,
      workName: '●●●●工事（その2）',
      fee: longFee,
      previouslyCharged: fee,
      charge: longFee - fee,
      refund: 0,
    });
  });

  it('recomputes on 訂正 and on 変更取消: the fee goes back with the terms', async () => {
    const issuedNow = await issue({ contractGuarantee: null });
    const g = byKind(issuedNow.guarantees, 'ADVANCE_PAYMENT');
    const first = byKind(issuedNow.feeStatements, 'ADVANCE_PAYMENT');
    const days = guaranteePeriodDays(first.periodStart, workEnd);
    const raised = await nagano.gql<any>(CHANGE, { input: { guaranteeId: g.id, expectedVersion: g.version, amount: 30_000_000 } });
    const [change] = raised.data.changeGuarantee.feeStatements;
    expect(change).toMatchObject({
      reason: 'CHANGE',
      fee: expectedFee(30_000_000, 1800, days, 3000),
      charge: change.fee - first.charge,
      refund: 0,
    });
    const history = (await nagano.gql<any>(`query($id: ID!) { guarantee(id: $id) { issuances { id kind } } }`, { id: g.id })).data.guarantee
      .issuances;
    const latest = history.at(-1).id;

    const corrected = await nagano.gql<any>(
      `mutation($input: CorrectIssuanceInput!) { correctIssuance(input: $input) { guarantee { id } feeStatements { ${STATEMENT} } } }`,
      { input: { issuanceId: latest, amount: 25_000_000 } },
    );
    expect(corrected.errors).toBeUndefined();
    const [correction] = corrected.data.correctIssuance.feeStatements;
    const correctedFee = expectedFee(25_000_000, 1800, days, 3000);
    expect(correction).toMatchObject({
      reason: 'CORRECTION',
      sequence: 3,
      fee: correctedFee,
      previouslyCharged: change.fee,
      refund: change.fee - correctedFee,
      charge: 0,
    });

    const afterCorrection = (
      await nagano.gql<any>(`query($id: ID!) { guarantee(id: $id) { issuances { id kind hiddenReason } } }`, { id: g.id })
    ).data.guarantee.issuances;
    const visible = afterCorrection.filter((i: any) => !i.hiddenReason);
    const cancelled = await nagano.gql<any>(
      `mutation($input: CancelChangeInput!) { cancelChange(input: $input) { guarantee { id amount } feeStatements { ${STATEMENT} } } }`,
      { input: { issuanceId: visible.at(-1).id } },
    );
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data.cancelChange.guarantee.amount).toBe(20_000_000);
    const [back] = cancelled.data.cancelChange.feeStatements;
    // Back to the issue's terms: what was charged beyond the issue's fee is refunded; the net is the issue's fee again.
    expect(back).toMatchObject({
      reason: 'CHANGE_CANCELLED',
      sequence: 4,
      fee: first.fee,
      previouslyCharged: correctedFee,
      charge: 0,
      refund: correctedFee - first.fee,
    });
    expect(back.fee).toBe(first.fee);
  });

  it('on 取消 refunds what was charged beyond the fee of the days used, or says that nothing is refunded', async () => {
    const advance = byKind(issued.guarantees, 'ADVANCE_PAYMENT');
    const statements = (await contractor.gql<any>(LIST, { filter: { guaranteeId: advance.id } })).data.feeStatements.edges.map(
      (e: any) => e.node,
    );
    const charged = statements.reduce((sum: number, s: any) => sum + s.charge - s.refund, 0);
    const [revoked, today] = await withToday(() =>
      nagano.gql<any>(REVOKE, { input: { guaranteeId: advance.id, reason: '契約解除のため' } }),
    );
    expect(revoked.errors).toBeUndefined();
    const [refund] = revoked.data.revokeGuarantee.feeStatements;
    expect(today).toContain(refund.periodEnd);
    // Revoked on its first day (its second, if a midnight in Japan has passed since the issue):
    // the fee of the days used is below the minimum, so the minimum is kept.
    const issuedOn = statements.find((s: any) => s.sequence === 1).periodStart;
    expect(refund).toMatchObject({
      reason: 'REVOCATION',
      issuedOn: refund.periodEnd,
      periodDays: guaranteePeriodDays(issuedOn, refund.periodEnd),
      fee: 3000,
      previouslyCharged: charged,
      charge: 0,
      refund: charged - 3000,
    });

    // 契約保証 1,000,000円 (0.3% a year, under the minimum of 5,000円 for any period up to the
    // work's end): the minimum fee was all it cost, so nothing comes back.
    const flyer = await flyerApplication(server);
    const small = await issue({ advancePayment: null, contractGuarantee: { ...flyer.contractGuarantee, amount: 1_000_000 } });
    const contract = byKind(small.guarantees, 'CONTRACT');
    expect(byKind(small.feeStatements, 'CONTRACT')).toMatchObject({ fee: 5000, charge: 5000 });
    const nothing = await nagano.gql<any>(REVOKE, { input: { guaranteeId: contract.id, reason: '契約解除のため' } });
    const [statement] = nothing.data.revokeGuarantee.feeStatements;
    expect(statement).toMatchObject({ reason: 'REVOCATION', fee: 5000, previouslyCharged: 5000, refund: 0, charge: 0 });
    const pdf = await download(contractor, statement.pdfUrl);
    expect(withoutSpaces(pdfText(pdf.body))).toContain('返戻する保証料はありません');
  });

  it('lets staff mark the paper copy as mailed, once, only where it was asked for; each step leaves an event and an audit entry', async () => {
    const advance = byKind(issued.feeStatements, 'ADVANCE_PAYMENT');
    const contract = byKind(issued.feeStatements, 'CONTRACT');
    const pending = await nagano.gql<any>(LIST, { filter: { mailingPending: true } });
    expect(pending.data.feeStatements.edges.map((e: any) => e.node.id)).toContain(advance.id);
    expect(pending.data.feeStatements.edges.map((e: any) => e.node.id)).not.toContain(contract.id);

    expect(errorCode(await contractor.gql(MARK, { id: advance.id }))).toBe('FORBIDDEN');
    expect(errorCode(await kanagawa.gql(MARK, { id: advance.id }))).toBe('NOT_FOUND');
    const notWanted = await nagano.gql(MARK, { id: contract.id });
    expect(errorCode(notWanted)).toBe('BAD_USER_INPUT');
    expect(notWanted.errors![0].extensions!.field).toBe('input.feeStatementId');
    const marked = await nagano.gql<any>(MARK, { id: advance.id });
    expect(marked.errors).toBeUndefined();
    expect(new Date(marked.data.markFeeStatementMailed.feeStatement.mailedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(errorCode(await nagano.gql(MARK, { id: advance.id }))).toBe('CONFLICT');
    const after = await nagano.gql<any>(LIST, { filter: { mailingPending: true } });
    expect(after.data.feeStatements.edges.map((e: any) => e.node.id)).not.toContain(advance.id);

    const em = server.orm.em.fork();
    const deliveries = await em.find(WebhookDelivery, {});
    const events = deliveries
      .filter((d) => (d.payload.data as any).feeStatement?.id === advance.id)
      .map((d) => d.event)
      .sort();
    expect(events).toEqual(['FEE_STATEMENT_ISSUED', 'FEE_STATEMENT_MAILED']);
    const audit = await em.find(AuditEvent, { objectId: advance.id });
    expect(audit.map((a) => `${a.action}:${a.outcome}`)).toEqual(
      expect.arrayContaining(['issueGuarantees:SUCCESS', 'markFeeStatementMailed:SUCCESS', 'markFeeStatementMailed:CONFLICT']),
    );
  });

  it('records a mailing once when two staff mark the same copy at the same moment', async () => {
    const { feeStatements } = await issue();
    const paper = byKind(feeStatements, 'ADVANCE_PAYMENT');
    const other = await signedIn(server, 'nagano@demo.esurety.jp');
    const results = await Promise.all([nagano.gql(MARK, { id: paper.id }), other.gql(MARK, { id: paper.id })]);
    expect(results.map(errorCode).sort()).toEqual(['CONFLICT', undefined]);
    const deliveries = (await server.orm.em.fork().find(WebhookDelivery, { event: 'FEE_STATEMENT_MAILED' as never })).filter(
      (d) => (d.payload.data as any).feeStatement?.id === paper.id,
    );
    expect(deliveries).toHaveLength(1);
  });

  async function download(client: ApiClient, url: string) {
    const response = await fetch(`${server.url}${url}`, { headers: client.cookie ? { cookie: client.cookie } : {} });
    return { status: response.status, type: response.headers.get('content-type'), body: Buffer.from(await response.arrayBuffer()) };
  }

  it('gives the statement as a PDF to those who may see it, with every field as text', async () => {
    const advance = byKind(issued.feeStatements, 'ADVANCE_PAYMENT');
    const pdf = await download(contractor, advance.pdfUrl);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    const text = withoutSpaces(pdfText(pdf.body));
    for (const expected of [
      '保証料計算書',
      advance.statementNumber,
      '前払金保証',
      advance.contractNumber,
      '●●●●工事',
      '〇〇建設株式会社御中',
      '20,000,000円',
      `${advance.periodDays}日`,
      '年0.18%',
      `${advance.fee.toLocaleString('ja-JP')}円を請求します`,
      '一括納付',
      '〇〇建設株式会社経理部',
      'デモ用の例示です',
      '円未満切り捨て',
      '東日本建設業保証株式会社長野支店',
    ]) {
      expect(text).toContain(withoutSpaces(expected));
    }
    expect((await download(nagano, advance.pdfUrl)).status).toBe(200);
    expect((await download(contractor2, advance.pdfUrl)).status).toBe(404);
    expect((await download(kanagawa, advance.pdfUrl)).status).toBe(404);
    expect((await download(orderer, advance.pdfUrl)).status).toBe(404);
    expect((await download(new ApiClient(server.url), advance.pdfUrl)).status).toBe(401);
  });

  describe('rate tables (admin)', () => {
    const BANDS = [
      { upTo: 100_000_000, ratePerMillion: 3600 },
      { upTo: null, ratePerMillion: 2000 },
    ];

    it('refuses a table that reaches back, or whose bands are wrong, naming the field', async () => {
      const today = todayInJapan();
      const yesterday = new Date(Date.now() - 86_400_000);
      const past = await admin.gql(SET_RATES, {
        input: { kind: 'ADVANCE_PAYMENT', effectiveFrom: todayInJapan(yesterday), bands: BANDS, minimumFee: 3000 },
      });
      expect(errorCode(past)).toBe('BAD_USER_INPUT');
      expect(past.errors![0].extensions!.field).toBe('input.effectiveFrom');
      const unordered = await admin.gql(SET_RATES, {
        input: {
          kind: 'ADVANCE_PAYMENT',
          effectiveFrom: today,
          bands: [
            { upTo: 5000, ratePerMillion: 1 },
            { upTo: 4000, ratePerMillion: 1 },
            { upTo: null, ratePerMillion: 1 },
          ],
          minimumFee: 0,
        },
      });
      expect(errorCode(unordered)).toBe('BAD_USER_INPUT');
      expect(unordered.errors![0].extensions!.field).toBe('input.bands.1.upTo');
      const open = await admin.gql(SET_RATES, {
        input: { kind: 'ADVANCE_PAYMENT', effectiveFrom: today, bands: [{ upTo: 5000, ratePerMillion: 1 }], minimumFee: 0 },
      });
      expect(open.errors![0].extensions!.field).toBe('input.bands.0.upTo');
      expect(
        errorCode(
          await nagano.gql(SET_RATES, { input: { kind: 'ADVANCE_PAYMENT', effectiveFrom: today, bands: BANDS, minimumFee: 3000 } }),
        ),
      ).toBe('FORBIDDEN');
    });

    it('applies new rates to guarantees issued from their date on and leaves issued statements (and their later changes) alone', async () => {
      const before = await issue();
      const today = todayInJapan();
      const oldStatement = byKind(before.feeStatements, 'ADVANCE_PAYMENT');
      const set = await admin.gql<any>(SET_RATES, {
        input: { kind: 'ADVANCE_PAYMENT', effectiveFrom: today, bands: BANDS, minimumFee: 4000 },
      });
      expect(set.errors).toBeUndefined();
      expect(set.data.setFeeRates.feeRate).toMatchObject({
        kind: 'ADVANCE_PAYMENT',
        effectiveFrom: today,
        minimumFee: 4000,
        example: false,
        bands: BANDS,
      });

      const reread = (await contractor.gql<any>(ONE, { id: oldStatement.id })).data.feeStatement;
      expect(reread).toEqual(oldStatement);

      const after = await issue();
      const days = guaranteePeriodDays(byKind(after.feeStatements, 'ADVANCE_PAYMENT').periodStart, workEnd);
      expect(byKind(after.feeStatements, 'ADVANCE_PAYMENT')).toMatchObject({
        rateEffectiveFrom: today,
        exampleRates: false,
        minimumFee: 4000,
        fee: expectedFee(20_000_000, 3600, days, 4000),
      });

      // The guarantee issued before keeps its rates when it changes.
      const g = byKind(before.guarantees, 'ADVANCE_PAYMENT');
      const changed = await nagano.gql<any>(CHANGE, { input: { guaranteeId: g.id, expectedVersion: g.version, amount: 15_000_000 } });
      const daysBefore = guaranteePeriodDays(oldStatement.periodStart, workEnd);
      expect(changed.data.changeGuarantee.feeStatements[0]).toMatchObject({
        rateEffectiveFrom: '2026-04-01',
        fee: expectedFee(15_000_000, 1800, daysBefore, 3000),
        refund: oldStatement.charge - expectedFee(15_000_000, 1800, daysBefore, 3000),
      });

      // The table has been used: it can no longer be replaced.
      const replaced = await admin.gql(SET_RATES, {
        input: { kind: 'ADVANCE_PAYMENT', effectiveFrom: today, bands: BANDS, minimumFee: 1 },
      });
      expect(errorCode(replaced)).toBe('CONFLICT');
    });
  });
});
