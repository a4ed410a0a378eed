import { formatContractNumber } from '@esurety/schema';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { flyerApplication, signedIn, submitApplication } from '../../test/fixtures';
import { ApiClient, errorCode, freshDatabase, startTestServer, type TestServer } from '../../test/test-server';
import { Guarantee } from '../guarantees/guarantee.entity';
import { OutboxMessage } from '../notifications/outbox-message.entity';
import { VerificationAttempt, VerificationOutcome } from './verification-attempt.entity';
import { ADDRESS_FAILURES_PER_DAY, NUMBER_FAILURES_BEFORE_LOCK, NUMBER_LOCK_SECONDS } from './verification-limits';

const RESULT = `contractNumber validity revokedAt publishedAt verifiedAt
  certificate { contractNumber changeNumber amount workName ordererTitle revokedOn }
  issuances { sequence kind changeNumber hiddenReason issuedAt certificate { amount } }`;
const VERIFY = `mutation($n: String!, $k: String!) { verifyGuarantee(input: { contractNumber: $n, authKey: $k }) { verification { ${RESULT} } } }`;
const ISSUE = `mutation($id: ID!) { issueGuarantees(input: { applicationId: $id }) { guarantees { id contractNumber kind version issuances { id } } } }`;
const WRONG_KEY = 'WrongKey2345';

let addressCounter = 0;
/** A client from an address of its own (the test servers trust X-Forwarded-For from loopback). */
function visitor(server: TestServer, address = `10.9.${Math.floor(++addressCounter / 250)}.${(addressCounter % 250) + 1}`) {
  const client = new ApiClient(server.url);
  client.headers['x-forwarded-for'] = address;
  return client;
}

/** A number no guarantee has, valid in form (check character included). */
let unknownSerial = 90000;
const unknownNumber = () => formatContractNumber('20075', ++unknownSerial);

describe('保証確認サービス (verifyGuarantee)', () => {
  let server: TestServer;
  let contractor: ApiClient;
  let nagano: ApiClient;

  beforeAll(async () => {
    server = await startTestServer({ env: { TRUST_PROXY: 'loopback' } });
    contractor = await signedIn(server, 'contractor@demo.esurety.jp');
    nagano = await signedIn(server, 'nagano@demo.esurety.jp');
  });
  afterAll(async () => {
    await server?.close();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Issues the flyer application; the electronic 前払金保証 with its number and key. */
  async function issuedGuarantee(overrides: Record<string, any> = {}) {
    const applicationId = await submitApplication(contractor, await flyerApplication(server, overrides));
    const issued = await nagano.gql<any>(ISSUE, { id: applicationId });
    expect(issued.errors).toBeUndefined();
    const guarantee = issued.data.issueGuarantees.guarantees.find((g: any) => g.kind === 'ADVANCE_PAYMENT');
    const key = await contractor.gql<any>(`mutation($id: ID!) { revealAuthKey(input: { guaranteeId: $id }) { authKey } }`, {
      id: guarantee.id,
    });
    return { ...guarantee, authKey: key.data.revealAuthKey.authKey as string };
  }

  const verify = (client: ApiClient, n: string, k: string) => client.gql<any>(VERIFY, { n, k });

  async function attempts(contractNumber: string) {
    return server.orm.em.fork().find(VerificationAttempt, { contractNumber }, { orderBy: { createdAt: 'asc' } });
  }

  it('shows the certificate for the right number and key, to anyone, and records the view', async () => {
    const g = await issuedGuarantee();
    const result = await verify(visitor(server), g.contractNumber, g.authKey);
    expect(result.errors).toBeUndefined();
    const shown = result.data.verifyGuarantee.verification;
    expect(shown).toMatchObject({
      contractNumber: g.contractNumber,
      validity: 'VALID',
      revokedAt: null,
      certificate: {
        contractNumber: g.contractNumber,
        amount: 20_000_000,
        workName: '●●●●工事',
        ordererTitle: '松本市長',
        revokedOn: null,
      },
      issuances: [{ sequence: 1, kind: 'NEW', changeNumber: null, hiddenReason: null }],
    });
    expect(new Date(shown.publishedAt).getTime()).toBe(new Date(shown.issuances[0].issuedAt).getTime());

    const recorded = await attempts(g.contractNumber);
    expect(recorded.map((a) => [a.outcome, a.address])).toEqual([[VerificationOutcome.VERIFIED, expect.stringMatching(/^10\.9\./)]]);

    // The contractor's detail: 「発注者が閲覧しました」 with the first and the last time.
    const VIEW = `query($id: ID!) { guarantee(id: $id) { ordererView { firstViewedAt lastViewedAt viewCount } } }`;
    const first = (await contractor.gql<any>(VIEW, { id: g.id })).data.guarantee.ordererView;
    expect(first.viewCount).toBe(1);
    expect(first.firstViewedAt).toBe(first.lastViewedAt);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await verify(visitor(server), g.contractNumber.replace('-', ''), ` ${g.authKey} `);
    const second = (await contractor.gql<any>(VIEW, { id: g.id })).data.guarantee.ordererView;
    expect(second).toMatchObject({ viewCount: 2, firstViewedAt: first.firstViewedAt });
    expect(new Date(second.lastViewedAt).getTime()).toBeGreaterThan(new Date(first.firstViewedAt).getTime());
  });

  it('does not open a guarantee to its orderer when the contractor or staff check it themselves', async () => {
    const g = await issuedGuarantee();
    expect((await verify(contractor, g.contractNumber, g.authKey)).errors).toBeUndefined();
    expect((await verify(nagano, g.contractNumber, g.authKey)).errors).toBeUndefined();
    const view = await contractor.gql<any>(`query($id: ID!) { guarantee(id: $id) { ordererView { viewCount } } }`, { id: g.id });
    expect(view.data.guarantee.ordererView).toBeNull();
    const matsumoto = await signedIn(server, 'matsumoto@demo.esurety.jp');
    expect(errorCode(await matsumoto.gql(`query($id: ID!) { guarantee(id: $id) { id } }`, { id: g.id }))).toBe('NOT_FOUND');
    // The orderer's own staff, signed in, do open it.
    expect((await verify(matsumoto, g.contractNumber, g.authKey)).errors).toBeUndefined();
    expect((await matsumoto.gql<any>(`query($id: ID!) { guarantee(id: $id) { id } }`, { id: g.id })).data.guarantee.id).toBe(g.id);
    expect((await attempts(g.contractNumber)).map((a) => a.outcome)).toEqual(['VERIFIED', 'VERIFIED', 'VERIFIED']);
  });

  it('answers input with control characters as a malformed number, not an error', async () => {
    const result = await verify(visitor(server), '20075-\u000000001R', WRONG_KEY);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.contractNumber' });
  });

  it('never tells an unknown number from a wrong key', async () => {
    const g = await issuedGuarantee();
    const client = visitor(server);
    const wrong = await verify(client, g.contractNumber, WRONG_KEY);
    const unknown = await verify(client, unknownNumber(), WRONG_KEY);
    const paperless = await verify(client, g.contractNumber, '');
    for (const result of [wrong, unknown]) {
      expect(result.data).toEqual({ verifyGuarantee: null });
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0].extensions).toEqual({ code: 'NOT_FOUND', remainingAttempts: NUMBER_FAILURES_BEFORE_LOCK - 1 });
    }
    expect(wrong.errors![0].message).toBe('保証契約番号または認証キーが正しくありません。');
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
    expect(paperless.errors![0].extensions).toEqual({ code: 'NOT_FOUND', remainingAttempts: NUMBER_FAILURES_BEFORE_LOCK - 2 });
    expect((await attempts(g.contractNumber)).map((a) => a.outcome)).toEqual([VerificationOutcome.REJECTED, VerificationOutcome.REJECTED]);
  });

  it('does not verify a paper guarantee: its number answers like an unknown one', async () => {
    const applicationId = await submitApplication(
      contractor,
      await flyerApplication(server, {
        advancePayment: { ...(await flyerApplication(server)).advancePayment, certificateFormat: 'PAPER' },
      }),
    );
    const issued = await nagano.gql<any>(ISSUE, { id: applicationId });
    const paper = issued.data.issueGuarantees.guarantees.find((g: any) => g.kind === 'ADVANCE_PAYMENT');
    const result = await verify(visitor(server), paper.contractNumber, WRONG_KEY);
    expect(result.errors![0].extensions).toEqual({ code: 'NOT_FOUND', remainingAttempts: NUMBER_FAILURES_BEFORE_LOCK - 1 });
  });

  it('names the field when the number cannot be read, without charging an attempt', async () => {
    const g = await issuedGuarantee();
    const client = visitor(server);
    const malformed = await verify(client, '12345', g.authKey);
    expect(malformed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.contractNumber' });
    const typo = g.contractNumber.slice(0, -1) + (g.contractNumber.endsWith('A') ? 'B' : 'A');
    const mistyped = await verify(client, typo, g.authKey);
    expect(mistyped.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.contractNumber' } });
    expect(mistyped.errors![0].message).toContain('確認文字');
    expect((await verify(client, g.contractNumber, g.authKey)).errors).toBeUndefined();
  });

  it('locks a number after 10 wrong keys in a row: 1,000 guesses, then even the right key, are refused until the lock ends', async () => {
    const g = await issuedGuarantee();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date());
    const remaining: unknown[] = [];
    const codes = new Set<string | undefined>();
    for (let i = 0; i < 1000; i++) {
      // A new address every 50 guesses, so that it is the number's lock that answers.
      const result = await verify(visitor(server, `10.8.${Math.floor(i / 50)}.1`), g.contractNumber, `Wrong${String(i).padStart(7, '2')}`);
      if (i < NUMBER_FAILURES_BEFORE_LOCK) remaining.push(result.errors![0].extensions!.remainingAttempts);
      else codes.add(errorCode(result));
    }
    expect(remaining).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect([...codes]).toEqual(['RATE_LIMITED']);

    const locked = await verify(visitor(server), g.contractNumber, g.authKey);
    expect(errorCode(locked)).toBe('RATE_LIMITED');
    const wait = locked.errors![0].extensions!.retryAfterSeconds as number;
    expect(wait).toBeGreaterThan(NUMBER_LOCK_SECONDS - 5);
    expect(wait).toBeLessThanOrEqual(NUMBER_LOCK_SECONDS);
    expect(locked.errors![0].message).toMatch(/ロックされています。約15分後/);

    vi.setSystemTime(Date.now() + (NUMBER_LOCK_SECONDS - 60) * 1000);
    expect(errorCode(await verify(visitor(server), g.contractNumber, g.authKey))).toBe('RATE_LIMITED');
    vi.setSystemTime(Date.now() + 61 * 1000);
    const unlocked = await verify(visitor(server), g.contractNumber, g.authKey);
    expect(unlocked.errors).toBeUndefined();
    expect(unlocked.data.verifyGuarantee.verification.validity).toBe('VALID');

    const outcomes = (await attempts(g.contractNumber)).map((a) => a.outcome);
    expect(outcomes.length).toBe(1003);
    expect(outcomes.filter((o) => o === VerificationOutcome.REJECTED)).toHaveLength(10);
    expect(outcomes.filter((o) => o === VerificationOutcome.RATE_LIMITED)).toHaveLength(992);
  }, 120_000);

  it('locks a number that does not exist exactly like one that does', async () => {
    const number = unknownNumber();
    const results = [];
    for (let i = 0; i < NUMBER_FAILURES_BEFORE_LOCK + 1; i++) results.push(await verify(visitor(server), number, WRONG_KEY));
    expect(results.slice(0, -1).map((r) => r.errors![0].extensions!.remainingAttempts)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(results.at(-1)!.errors![0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
  });

  it('clears a run of failures when the right key comes', async () => {
    const g = await issuedGuarantee();
    for (let i = 0; i < NUMBER_FAILURES_BEFORE_LOCK - 1; i++) await verify(visitor(server), g.contractNumber, WRONG_KEY);
    expect((await verify(visitor(server), g.contractNumber, g.authKey)).errors).toBeUndefined();
    const next = await verify(visitor(server), g.contractNumber, WRONG_KEY);
    expect(next.errors![0].extensions!.remainingAttempts).toBe(NUMBER_FAILURES_BEFORE_LOCK - 1);
  });

  it('counts 50 aliases in one request as 50 attempts', async () => {
    const g = await issuedGuarantee();
    const aliases = Array.from(
      { length: 50 },
      (_, i) => `a${i}: verifyGuarantee(input: { contractNumber: $n, authKey: $k }) { verification { contractNumber } }`,
    ).join('\n');
    const result = await visitor(server).gql<any>(`mutation($n: String!, $k: String!) { ${aliases} }`, {
      n: g.contractNumber,
      k: WRONG_KEY,
    });
    const codes = result.errors!.map((e) => e.extensions!.code);
    expect(codes).toHaveLength(50);
    expect(codes.filter((c) => c === 'NOT_FOUND')).toHaveLength(NUMBER_FAILURES_BEFORE_LOCK);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(50 - NUMBER_FAILURES_BEFORE_LOCK);
    expect(await attempts(g.contractNumber)).toHaveLength(50);
    // The right key, hidden among the aliases, is refused like the rest.
    expect(errorCode(await verify(visitor(server), g.contractNumber, g.authKey))).toBe('RATE_LIMITED');
  });

  it('blocks an address after 100 failures in a day, whatever the numbers', async () => {
    const g = await issuedGuarantee();
    const client = visitor(server, '192.0.2.77');
    for (let batch = 0; batch < ADDRESS_FAILURES_PER_DAY / 50; batch++) {
      const numbers = Array.from({ length: 50 }, () => unknownNumber());
      const aliases = numbers
        .map(
          (n, i) =>
            `a${i}: verifyGuarantee(input: { contractNumber: "${n}", authKey: "${WRONG_KEY}" }) { verification { contractNumber } }`,
        )
        .join('\n');
      const result = await client.gql<any>(`mutation { ${aliases} }`);
      expect(result.errors!.every((e) => e.extensions!.code === 'NOT_FOUND')).toBe(true);
    }
    const blocked = await verify(client, g.contractNumber, g.authKey);
    expect(errorCode(blocked)).toBe('RATE_LIMITED');
    expect(blocked.errors![0].message).toContain('このネットワーク');
    // Another address is not affected.
    expect((await verify(visitor(server), g.contractNumber, g.authKey)).errors).toBeUndefined();
  });

  it('shows a cancelled guarantee as 取消済み with its date, and a corrected entry never', async () => {
    const g = await issuedGuarantee();
    const corrected = await nagano.gql<any>(
      `mutation($input: CorrectIssuanceInput!) { correctIssuance(input: $input) { guarantee { id } } }`,
      { input: { issuanceId: g.issuances[0].id, amount: 19_000_000 } },
    );
    expect(corrected.errors).toBeUndefined();
    const afterCorrection = (await verify(visitor(server), g.contractNumber, g.authKey)).data.verifyGuarantee.verification;
    expect(afterCorrection.issuances.map((i: any) => [i.sequence, i.kind, i.certificate.amount])).toEqual([[2, 'CORRECTION', 19_000_000]]);
    expect(afterCorrection.certificate.amount).toBe(19_000_000);

    const revoked = await nagano.gql<any>(
      `mutation($id: ID!) { revokeGuarantee(input: { guaranteeId: $id, reason: "契約解除のため" }) { guarantee { id } } }`,
      {
        id: g.id,
      },
    );
    expect(revoked.errors).toBeUndefined();
    const shown = (await verify(visitor(server), g.contractNumber, g.authKey)).data.verifyGuarantee.verification;
    expect(shown.validity).toBe('REVOKED');
    expect(shown.revokedAt).not.toBeNull();
    expect(shown.certificate.revokedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(shown.issuances.map((i: any) => i.kind)).toEqual(['CORRECTION', 'REVOCATION']);
  });

  it('shows a guarantee past its 保証期限 as 期限切れ', async () => {
    const g = await issuedGuarantee();
    await server.orm.em.fork().nativeUpdate(Guarantee, { id: g.id }, { deadline: '2020-03-31' });
    expect((await verify(visitor(server), g.contractNumber, g.authKey)).data.verifyGuarantee.verification.validity).toBe('EXPIRED');
  });

  it('sends 7 SQL statements for a verification and 5 for a refused one, never the key', async () => {
    const g = await issuedGuarantee();
    /** The statements one verification sends through the ORM (the guess limits' counters have a store of their own). */
    const statements = async (number: string, key: string) => {
      server.queries.length = 0;
      const result = await verify(visitor(server), number, key);
      return { result, statements: server.queries.filter((q) => /^\[query\] /.test(q)) };
    };
    // The lookup; the attempt, the view and the audit event in one transaction; the history.
    for (const view of ['first', 'second']) {
      const { result, statements: sent } = await statements(g.contractNumber, g.authKey);
      expect(result.errors, view).toBeUndefined();
      expect(sent, sent.join('\n')).toHaveLength(7);
      expect(sent.filter((q) => /^\[query\] (begin|commit)/.test(q))).toHaveLength(2);
      expect(sent.join('\n')).not.toContain(g.authKey);
    }
    // The lookup; the attempt and the audit event in one transaction.
    const { result, statements: refused } = await statements(g.contractNumber, WRONG_KEY);
    expect(errorCode(result)).toBe('NOT_FOUND');
    expect(refused, refused.join('\n')).toHaveLength(5);
    expect(refused.join('\n')).not.toContain(WRONG_KEY);
  });

  describe("the orderer's ledger", () => {
    it('lists the guarantees addressed to the orderer that were verified, with their status, and nothing else', async () => {
      const seen = await issuedGuarantee();
      const unseen = await issuedGuarantee();
      await verify(visitor(server), seen.contractNumber, seen.authKey);
      const matsumoto = await signedIn(server, 'matsumoto@demo.esurety.jp');
      const odawara = await signedIn(server, 'odawara@demo.esurety.jp');
      const LEDGER = `query { ordererLedger(first: 100) { totalCount edges { node { id contractNumber validity ordererView { firstViewedAt } certificate { ordererTitle } } } } }`;
      const ledger = (await matsumoto.gql<any>(LEDGER)).data.ordererLedger;
      const numbers = ledger.edges.map((e: any) => e.node.contractNumber);
      expect(numbers).toContain(seen.contractNumber);
      expect(numbers).not.toContain(unseen.contractNumber);
      expect(ledger.edges.every((e: any) => e.node.certificate.ordererTitle === '松本市長' && e.node.ordererView)).toBe(true);
      expect((await odawara.gql<any>(LEDGER)).data.ordererLedger.edges.map((e: any) => e.node.contractNumber)).not.toContain(
        seen.contractNumber,
      );
      const FILTERED = `query($filter: GuaranteeFilter) { ordererLedger(filter: $filter) { totalCount edges { node { contractNumber } } } }`;
      const one = (await matsumoto.gql<any>(FILTERED, { filter: { contractNumber: seen.contractNumber.replace('-', '') } })).data
        .ordererLedger;
      expect(one.edges.map((e: any) => e.node.contractNumber)).toEqual([seen.contractNumber]);
      const none = (await matsumoto.gql<any>(FILTERED, { filter: { contractNumber: unseen.contractNumber } })).data.ordererLedger;
      expect(none.totalCount).toBe(0);

      const GET = `query($id: ID!) { guarantee(id: $id) { contractNumber validity } }`;
      expect((await matsumoto.gql<any>(GET, { id: seen.id })).data.guarantee.contractNumber).toBe(seen.contractNumber);
      expect(errorCode(await matsumoto.gql(GET, { id: unseen.id }))).toBe('NOT_FOUND');
      expect(errorCode(await odawara.gql(GET, { id: seen.id }))).toBe('NOT_FOUND');
      expect(
        errorCode(await matsumoto.gql(`mutation($id: ID!) { revealAuthKey(input: { guaranteeId: $id }) { authKey } }`, { id: seen.id })),
      ).toBe('FORBIDDEN');
      expect(errorCode(await contractor.gql(LEDGER))).toBe('FORBIDDEN');
      expect(errorCode(await new ApiClient(server.url).gql(LEDGER))).toBe('UNAUTHENTICATED');

      const pdf = await fetch(`${server.url}/documents/guarantees/${seen.id}/certificate.pdf`, { headers: { cookie: matsumoto.cookie! } });
      expect(pdf.status).toBe(200);
      const keyNotice = await fetch(`${server.url}/documents/guarantees/${seen.id}/key-notice.pdf`, {
        headers: { cookie: matsumoto.cookie! },
      });
      expect(keyNotice.status).toBe(404);
    });

    it('costs a constant number of SQL statements per page', async () => {
      const matsumoto = await signedIn(server, 'matsumoto@demo.esurety.jp');
      for (let i = 0; i < 3; i++) {
        const g = await issuedGuarantee();
        await verify(visitor(server), g.contractNumber, g.authKey);
      }
      server.queries.length = 0;
      const page = await matsumoto.gql<any>(
        `query { ordererLedger(first: 50) { totalCount edges { node { contractNumber validity workName ordererView { lastViewedAt } orderer { name } contractor { name } } } } }`,
      );
      expect(page.data.ordererLedger.edges.length).toBeGreaterThanOrEqual(3);
      expect(server.queries.filter((q) => /\b(select|insert|update|delete)\b/i.test(q)).length).toBeLessThanOrEqual(3);
    });

    it("e-mails the orderer's users when a verified guarantee is changed or cancelled, and not before it is verified", async () => {
      const g = await issuedGuarantee();
      const mails = () =>
        server.orm.em
          .fork()
          .find(
            OutboxMessage,
            { to: 'matsumoto@demo.esurety.jp', body: { $like: `%${g.contractNumber}%` } },
            { orderBy: { createdAt: 'asc' } },
          );
      const change = (version: number, amount: number) =>
        nagano.gql<any>(`mutation($input: ChangeGuaranteeInput!) { changeGuarantee(input: $input) { guarantee { version } } }`, {
          input: { guaranteeId: g.id, expectedVersion: version, amount },
        });
      const first = await change(g.version, 18_000_000);
      expect(first.errors).toBeUndefined();
      expect(await mails()).toHaveLength(0);

      await verify(visitor(server), g.contractNumber, g.authKey);
      expect((await change(first.data.changeGuarantee.guarantee.version, 17_000_000)).errors).toBeUndefined();
      await nagano.gql(
        `mutation($id: ID!) { revokeGuarantee(input: { guaranteeId: $id, reason: "契約解除のため" }) { guarantee { id } } }`,
        { id: g.id },
      );
      const sent = await mails();
      expect(sent.map((m) => m.subject)).toEqual(['電子保証の変更のお知らせ', '電子保証の取消のお知らせ']);
      expect(sent[1].body).toContain('取消の理由: 契約解除のため');
      expect(sent.every((m) => !m.body.includes(g.authKey))).toBe(true);
    });
  });
});

describe('guess limits shared by several server processes', () => {
  it('lock a number whose failures were spread over two servers on one database', async () => {
    const database = await freshDatabase({ shared: true });
    const a = await startTestServer({ database, env: { TRUST_PROXY: 'loopback' } });
    const b = await startTestServer({ database, env: { TRUST_PROXY: 'loopback' } });
    try {
      const number = formatContractNumber('35075', 77777);
      for (let i = 0; i < NUMBER_FAILURES_BEFORE_LOCK; i++) {
        const result = await visitor(i % 2 ? a : b).gql<any>(VERIFY, { n: number, k: WRONG_KEY });
        expect(result.errors![0].extensions!.remainingAttempts).toBe(NUMBER_FAILURES_BEFORE_LOCK - 1 - i);
      }
      expect(errorCode(await visitor(a).gql(VERIFY, { n: number, k: WRONG_KEY }))).toBe('RATE_LIMITED');
      expect(errorCode(await visitor(b).gql(VERIFY, { n: number, k: WRONG_KEY }))).toBe('RATE_LIMITED');
    } finally {
      await a.close();
      await b.close();
      await database.drop();
    }
  });
});
