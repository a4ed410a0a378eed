import { addDays, isValidContractNumber, isWellFormedAuthKey, todayInJapan } from '@esurety/schema';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKeyring } from '../../common/secrets';
import { Branch } from '../organisations/branch.entity';
import { Work } from '../works/work.entity';
import { ApplicationItem, ApplicationStatus, GuaranteeApplication } from '../applications/guarantee-application.entity';
import { CertificateFormat, GuaranteeKind } from './guarantee-kind';
import { OutboxMessage, OutboxStatus } from '../notifications/outbox-message.entity';
import { OutboxWorker } from '../notifications/outbox-worker';
import { ApiClient, errorCode, startTestServer, type TestServer } from '../../test/test-server';
import { demoWork, flyerApplication, signedIn, submitApplication } from '../../test/fixtures';
import { authKeyMatches, decryptAuthKey } from './auth-keys';
import { ElectronicIssuance } from './electronic-issuance.entity';
import { Guarantee } from './guarantee.entity';

const GUARANTEE = `id contractNumber kind certificateFormat status amount deadline workName version revocationReason
  issuances { id sequence kind changeNumber hiddenReason issuedAt certificate { changeNumber amount workName } }
  certificate { kind certificateFormat changeNumber date revokedOn contractNumber contractorAddress contractorName ordererTitle amount deadline workName
    contractAmount workStartDate workEndDate contractDate depositBank statement guarantorAddress guarantorName
    guarantorRepresentative branchName branchTel branchFax }`;
const ISSUE = `mutation($id: ID!) { issueGuarantees(input: { applicationId: $id }) { application { id status issuedAt } guarantees { ${GUARANTEE} } } }`;
const GET = `query($id: ID!) { guarantee(id: $id) { ${GUARANTEE} } }`;
const CHANGE = `mutation($input: ChangeGuaranteeInput!) { changeGuarantee(input: $input) { guarantee { ${GUARANTEE} } } }`;
const CORRECT = `mutation($input: CorrectIssuanceInput!) { correctIssuance(input: $input) { guarantee { ${GUARANTEE} } } }`;
const CANCEL_CHANGE = `mutation($id: ID!) { cancelChange(input: { issuanceId: $id }) { guarantee { ${GUARANTEE} } } }`;
const REVOKE = `mutation($id: ID!, $reason: String!) { revokeGuarantee(input: { guaranteeId: $id, reason: $reason }) { guarantee { ${GUARANTEE} } } }`;

/** The variables of CHANGE: the guarantee, the version it was read at, the new terms. */
const change = ({ id, v, input }: { id: string; v: number; input: Record<string, unknown> }) => ({
  input: { guaranteeId: id, expectedVersion: v, ...input },
});
/** The variables of CORRECT: the latest issuance and the corrected terms. */
const correction = ({ id, input }: { id: string; input: Record<string, unknown> }) => ({ input: { issuanceId: id, ...input } });

describe('発行 (issuance)', () => {
  let server: TestServer;
  let contractor: ApiClient;
  let nagano: ApiClient;
  let kanagawa: ApiClient;

  beforeAll(async () => {
    server = await startTestServer();
    contractor = await signedIn(server, 'contractor@demo.esurety.jp');
    nagano = await signedIn(server, 'nagano@demo.esurety.jp');
    kanagawa = await signedIn(server, 'kanagawa@demo.esurety.jp');
  });
  afterAll(async () => {
    await server?.close();
  });

  async function issued(overrides: Record<string, any> = {}) {
    const id = await submitApplication(contractor, await flyerApplication(server, overrides));
    const result = await nagano.gql<any>(ISSUE, { id });
    expect(result.errors).toBeUndefined();
    return {
      applicationId: id,
      application: result.data.issueGuarantees.application,
      guarantees: result.data.issueGuarantees.guarantees as any[],
    };
  }

  describe('issueGuarantees', () => {
    it('answers with the application, now issued, and its guarantees', async () => {
      const { applicationId, application, guarantees } = await issued();
      expect(application).toMatchObject({ id: applicationId, status: 'ISSUED' });
      expect(new Date(application.issuedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
      expect(guarantees).toHaveLength(2);
    });

    it('gives each kind a contract number of the branch and, if electronic, a key kept as HMAC and ciphertext', async () => {
      const { applicationId, guarantees } = await issued();
      expect(guarantees.map((g) => g.kind).sort()).toEqual(['ADVANCE_PAYMENT', 'CONTRACT']);
      for (const g of guarantees) {
        expect(g.contractNumber).toMatch(/^20075-\d{5}[0-9A-Z]$/);
        expect(isValidContractNumber(g.contractNumber)).toBe(true);
        expect(g.status).toBe('ACTIVE');
        expect(g.issuances).toEqual([expect.objectContaining({ sequence: 1, kind: 'NEW', changeNumber: null, hiddenReason: null })]);
      }

      const stored = await server.orm.em
        .fork()
        .findOneOrFail(Guarantee, { id: guarantees[0].id }, { populate: ['authKeyHmac', 'authKeyCiphertext'] });
      const keyring = loadKeyring(server.config);
      const key = decryptAuthKey(keyring, stored.contractNumber, stored.authKeyCiphertext!);
      expect(isWellFormedAuthKey(key)).toBe(true);
      expect(authKeyMatches(keyring, stored.contractNumber, key, stored.authKeyHmac!)).toBe(true);

      const application = await server.orm.em.fork().findOneOrFail(GuaranteeApplication, applicationId);
      expect(application.status).toBe(ApplicationStatus.ISSUED);
    });

    it('records the certificate as issued, with the guarantor block of the branch', async () => {
      const { guarantees } = await issued();
      const advance = guarantees.find((g) => g.kind === 'ADVANCE_PAYMENT');
      // The work's dates as registered (the demo's are relative to the day it was loaded); 保証期限 is its end date.
      const work = await demoWork(server);
      expect(advance.certificate).toMatchObject({
        kind: 'ADVANCE_PAYMENT',
        changeNumber: null,
        contractNumber: advance.contractNumber,
        contractorAddress: '長野県松本市中央一丁目1番1号',
        contractorName: '〇〇建設株式会社',
        ordererTitle: '松本市長',
        amount: 20_000_000,
        deadline: work.endDate,
        workName: '●●●●工事',
        contractAmount: 50_000_000,
        workStartDate: work.startDate,
        workEndDate: work.endDate,
        contractDate: work.contractDate,
        depositBank: '〇〇銀行　××支店',
        statement: '当社は、前払金保証約款に基づき上記のとおり保証契約を締結し、その責に任じます。',
        guarantorAddress: '東京都中央区八丁堀2丁目27番10号',
        guarantorName: '東日本建設業保証株式会社',
        branchName: '長野支店',
        branchTel: '026-226-7520',
      });
      expect(advance.issuances[0].certificate.amount).toBe(20_000_000);
    });

    it('gives a paper guarantee a number and a certificate, but no key and no electronic issuance', async () => {
      const input = await flyerApplication(server);
      input.advancePayment.certificateFormat = 'PAPER';
      const { guarantees } = await issued({ advancePayment: input.advancePayment, contractGuarantee: null });
      expect(guarantees).toHaveLength(1);
      expect(isValidContractNumber(guarantees[0].contractNumber)).toBe(true);
      expect(guarantees[0].issuances).toEqual([]);
      expect(guarantees[0].certificate).toMatchObject({ certificateFormat: 'PAPER', amount: 20_000_000 });
      const stored = await server.orm.em
        .fork()
        .findOneOrFail(Guarantee, { id: guarantees[0].id }, { populate: ['authKeyHmac', 'authKeyCiphertext'] });
      expect(stored.authKeyHmac).toBeNull();
      expect(stored.authKeyCiphertext).toBeNull();
    });

    it('issues one set of guarantees when 20 requests issue the same application at once', async () => {
      const id = await submitApplication(contractor, await flyerApplication(server));
      const results = await Promise.all(Array.from({ length: 20 }, () => nagano.gql(ISSUE, { id })));
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(19);
      expect(await server.orm.em.fork().count(Guarantee, { application: id })).toBe(2);
    });

    it('gives 200 guarantees issued at once across two branches 200 different numbers', async () => {
      const em = server.orm.em.fork();
      const branches = await em.find(Branch, {});
      const work = await em.findOneOrFail(Work, { name: '●●●●工事' }, { populate: ['contractor', 'orderer'] });
      const before = await em.count(Guarantee);
      const ids: { id: string; branch: string }[] = [];
      for (let i = 0; i < 200; i++) {
        const branch = branches[i % 2];
        const application = em.create(GuaranteeApplication, {
          contractor: work.contractor,
          work,
          orderer: work.orderer,
          destinationBranch: branch,
          status: ApplicationStatus.SUBMITTED,
          submittedAt: new Date(),
        });
        application.items.add(
          em.create(ApplicationItem, {
            application,
            kind: GuaranteeKind.CONTRACT,
            certificateFormat: CertificateFormat.PAPER,
            amount: 5_000_000,
            feeBillingParty: '〇〇建設株式会社',
            feeStatementWanted: false,
          }),
        );
        ids.push({ id: application.id, branch: branch.name });
      }
      await em.flush();
      const results = await Promise.all(ids.map(({ id, branch }) => (branch === '長野支店' ? nagano : kanagawa).gql<any>(ISSUE, { id })));
      expect(results.filter((r) => r.errors)).toEqual([]);
      const numbers = results.map((r) => r.data.issueGuarantees.guarantees[0].contractNumber as string);
      expect(new Set(numbers).size).toBe(200);
      expect(numbers.every(isValidContractNumber)).toBe(true);
      expect(await server.orm.em.fork().count(Guarantee)).toBe(before + 200);
    }, 120_000); // 200 requests at once: room for a busy shared machine

    it('issues only applications sent to the staff’s own branch', async () => {
      const id = await submitApplication(contractor, await flyerApplication(server));
      expect(errorCode(await kanagawa.gql(ISSUE, { id }))).toBe('NOT_FOUND');
      expect(errorCode(await contractor.gql(ISSUE, { id }))).toBe('FORBIDDEN');
      expect(await server.orm.em.fork().count(Guarantee, { application: id })).toBe(0);
    });

    it('does not issue a returned or withdrawn application', async () => {
      const id = await submitApplication(contractor, await flyerApplication(server));
      const returned = await nagano.gql<any>(
        `mutation($id: ID!) { returnApplication(input: { applicationId: $id, message: "金額をご確認ください。" }) { application { status messageFromBranch } } }`,
        { id },
      );
      expect(returned.data.returnApplication.application).toEqual({ status: 'RETURNED', messageFromBranch: '金額をご確認ください。' });
      expect(errorCode(await nagano.gql(ISSUE, { id }))).toBe('CONFLICT');

      const seen = await contractor.gql<any>(`query($id: ID!) { application(id: $id) { status messageFromBranch } }`, { id });
      expect(seen.data.application).toEqual({ status: 'RETURNED', messageFromBranch: '金額をご確認ください。' });
      await contractor.gql(`mutation($id: ID!) { submitApplication(input: { applicationId: $id }) { application { id } } }`, { id });
      expect((await nagano.gql(ISSUE, { id })).errors).toBeUndefined();
    });
  });

  describe('after issue', () => {
    it('changes: 変更 1, then 変更 2, each keeping the earlier versions in the history', async () => {
      const { guarantees } = await issued();
      const g = guarantees.find((x) => x.kind === 'ADVANCE_PAYMENT');
      const first = (await nagano.gql<any>(CHANGE, change({ id: g.id, v: g.version, input: { amount: 25_000_000 } }))).data.changeGuarantee
        .guarantee;
      expect(first.amount).toBe(25_000_000);
      expect(first.certificate.changeNumber).toBe(1);
      expect(first.issuances.map((i: any) => [i.kind, i.changeNumber, i.certificate.amount])).toEqual([
        ['NEW', null, 20_000_000],
        ['CHANGE', 1, 25_000_000],
      ]);
      const laterDeadline = addDays((await demoWork(server)).endDate, 103);
      const second = (
        await nagano.gql<any>(
          CHANGE,
          change({ id: g.id, v: first.version, input: { deadline: laterDeadline, workName: '●●●●工事（その2）' } }),
        )
      ).data.changeGuarantee.guarantee;
      expect(second.certificate).toMatchObject({
        changeNumber: 2,
        amount: 25_000_000,
        deadline: laterDeadline,
        workName: '●●●●工事（その2）',
      });
      expect((await contractor.gql<any>(GET, { id: g.id })).data.guarantee.issuances.map((i: any) => i.changeNumber)).toEqual([null, 1, 2]);
    });

    it('refuses a change whose expected version is stale, with the current state', async () => {
      const { guarantees } = await issued();
      const g = guarantees[0];
      await nagano.gql(CHANGE, change({ id: g.id, v: g.version, input: { amount: 4_000_000 } }));
      const stale = await nagano.gql(CHANGE, change({ id: g.id, v: g.version, input: { amount: 3_000_000 } }));
      expect(errorCode(stale)).toBe('CONFLICT');
      expect(stale.errors?.[0].extensions?.current).toMatchObject({ id: g.id, version: g.version + 1, amount: 4_000_000 });
    });

    it('lets one of two simultaneous changes win and gives the other CONFLICT', async () => {
      const { guarantees } = await issued();
      const g = guarantees[0];
      const other = await signedIn(server, 'nagano@demo.esurety.jp');
      const results = await Promise.all([
        nagano.gql(CHANGE, change({ id: g.id, v: g.version, input: { amount: 3_000_000 } })),
        other.gql(CHANGE, change({ id: g.id, v: g.version, input: { amount: 2_000_000 } })),
      ]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(1);
      const after = (await nagano.gql<any>(GET, { id: g.id })).data.guarantee;
      expect(after.issuances.filter((i: any) => i.kind === 'CHANGE')).toHaveLength(1);
    });

    it('corrects the latest issuance: the corrected entry is hidden from the contractor, kept for staff', async () => {
      const { guarantees } = await issued();
      const g = guarantees.find((x) => x.kind === 'ADVANCE_PAYMENT');
      const changed = (await nagano.gql<any>(CHANGE, change({ id: g.id, v: g.version, input: { amount: 25_000_000 } }))).data
        .changeGuarantee.guarantee;
      const changeEntry = changed.issuances.at(-1);
      const corrected = await nagano.gql<any>(
        CORRECT,
        correction({ id: changeEntry.id, input: { amount: 24_000_000, depositBank: 'ｻﾝｶｸ銀行 本店' } }),
      );
      expect(corrected.errors).toBeUndefined();
      const staffView = corrected.data.correctIssuance.guarantee;
      expect(staffView.issuances.map((i: any) => [i.kind, i.changeNumber, i.hiddenReason])).toEqual([
        ['NEW', null, null],
        ['CHANGE', 1, 'CORRECTED'],
        ['CORRECTION', 1, null],
      ]);
      expect(staffView.certificate).toMatchObject({ changeNumber: 1, amount: 24_000_000, depositBank: 'サンカク銀行　本店' });

      const contractorView = (await contractor.gql<any>(GET, { id: g.id })).data.guarantee;
      expect(contractorView.issuances.map((i: any) => i.kind)).toEqual(['NEW', 'CORRECTION']);
      expect(contractorView.issuances.some((i: any) => i.certificate.amount === 25_000_000)).toBe(false);

      expect(errorCode(await nagano.gql(CORRECT, correction({ id: changeEntry.id, input: { amount: 1 } })))).toBe('BAD_USER_INPUT');
    });

    it('cancels a change: the change is hidden and the previous version is current again', async () => {
      const { guarantees } = await issued();
      const g = guarantees.find((x) => x.kind === 'CONTRACT');
      const workEnd = (await demoWork(server)).endDate;
      const changed = (
        await nagano.gql<any>(CHANGE, change({ id: g.id, v: g.version, input: { amount: 6_000_000, deadline: addDays(workEnd, 73) } }))
      ).data.changeGuarantee.guarantee;
      const cancelled = (await nagano.gql<any>(CANCEL_CHANGE, { id: changed.issuances.at(-1).id })).data.cancelChange.guarantee;
      expect(cancelled).toMatchObject({ amount: 5_000_000, deadline: workEnd });
      expect(cancelled.certificate).toMatchObject({ changeNumber: null, amount: 5_000_000 });
      expect(cancelled.issuances.map((i: any) => i.hiddenReason)).toEqual([null, 'CHANGE_CANCELLED']);
      const contractorView = (await contractor.gql<any>(GET, { id: g.id })).data.guarantee;
      expect(contractorView.issuances.map((i: any) => i.kind)).toEqual(['NEW']);

      const next = (await nagano.gql<any>(CHANGE, change({ id: g.id, v: cancelled.version, input: { amount: 7_000_000 } }))).data
        .changeGuarantee.guarantee;
      expect(next.certificate.changeNumber).toBe(1);
      expect(errorCode(await nagano.gql(CANCEL_CHANGE, { id: next.issuances[0].id }))).toBe('BAD_USER_INPUT');
    });

    it('revokes with a reason, records 取消, and then allows no more changes', async () => {
      const { guarantees } = await issued();
      const g = guarantees[0];
      expect(errorCode(await nagano.gql(REVOKE, { id: g.id, reason: '  ' }))).toBe('BAD_USER_INPUT');
      const before = todayInJapan();
      const revoked = (await nagano.gql<any>(REVOKE, { id: g.id, reason: '契約解除のため' })).data.revokeGuarantee.guarantee;
      expect(revoked).toMatchObject({ status: 'REVOKED', revocationReason: '契約解除のため' });
      expect(revoked.issuances.map((i: any) => i.kind)).toEqual(['NEW', 'REVOCATION']);
      // Today in Japan, as it was when the request began or ended (a midnight may pass in between).
      expect([before, todayInJapan()]).toContain(revoked.certificate.revokedOn);
      expect(g.certificate.revokedOn).toBeNull();
      expect(errorCode(await nagano.gql(CHANGE, change({ id: g.id, v: revoked.version, input: { amount: 1_000_000 } })))).toBe('CONFLICT');
      expect(errorCode(await nagano.gql(REVOKE, { id: g.id, reason: '再度' }))).toBe('CONFLICT');
    });

    it('checks the new terms and names the field', async () => {
      const { guarantees } = await issued();
      const g = guarantees.find((x) => x.kind === 'CONTRACT');
      const over = await nagano.gql(CHANGE, change({ id: g.id, v: g.version, input: { amount: 60_000_000 } }));
      expect(over.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount' });
      const empty = await nagano.gql(CHANGE, change({ id: g.id, v: g.version, input: {} }));
      expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
      const order = await nagano.gql(CHANGE, change({ id: g.id, v: g.version, input: { workEndDate: '2026-01-01' } }));
      expect(order.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.workEndDate' });
      expect((await nagano.gql<any>(GET, { id: g.id })).data.guarantee.version).toBe(g.version);
    });

    it('keeps branches and contractors apart', async () => {
      const { guarantees } = await issued();
      const g = guarantees[0];
      expect(errorCode(await kanagawa.gql(GET, { id: g.id }))).toBe('NOT_FOUND');
      expect(errorCode(await kanagawa.gql(CHANGE, change({ id: g.id, v: g.version, input: { amount: 1_000_000 } })))).toBe('NOT_FOUND');
      expect(errorCode(await kanagawa.gql(REVOKE, { id: g.id, reason: 'x' }))).toBe('NOT_FOUND');
      expect(errorCode(await kanagawa.gql(CANCEL_CHANGE, { id: g.issuances[0].id }))).toBe('NOT_FOUND');
      const other = await signedIn(server, 'contractor2@demo.esurety.jp');
      expect(errorCode(await other.gql(GET, { id: g.id }))).toBe('NOT_FOUND');
      expect(errorCode(await contractor.gql(CHANGE, change({ id: g.id, v: g.version, input: { amount: 1_000_000 } })))).toBe('FORBIDDEN');
      expect((await contractor.gql<any>(GET, { id: g.id })).data.guarantee.contractNumber).toBe(g.contractNumber);
    });
  });

  describe('the notice e-mail', () => {
    it('waits in the outbox without SMTP, where the admin reads it', async () => {
      const { guarantees } = await issued();
      const admin = await signedIn(server, 'admin@demo.esurety.jp');
      const { data } = await admin.gql<any>(
        `{ outboxMessages(filter: { status: PENDING, to: "soumu@" }, first: 100) { edges { node { to subject body status } } } }`,
      );
      const mails = data.outboxMessages.edges.map((e: any) => e.node);
      const mail = mails.find((m: any) => m.body.includes(guarantees[0].contractNumber));
      expect(mail).toMatchObject({ to: 'soumu@example.co.jp', subject: '電子保証（認証キー）発行完了のお知らせ', status: 'PENDING' });
      expect(errorCode(await nagano.gql(`{ outboxMessages(first: 5) { totalCount } }`))).toBe('FORBIDDEN');
    });

    it('is sent through a real SMTP server, with the subject, the numbers and never the key', async () => {
      const received: { raw: string }[] = [];
      const smtp = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        onData(stream, _session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            received.push({ raw: Buffer.concat(chunks).toString('utf8') });
            callback();
          });
        },
      });
      await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
      const port = (smtp.server.address() as AddressInfo).port;
      const worker = new OutboxWorker(server.orm, `smtp://127.0.0.1:${port}`, 'esurety <no-reply@esurety.jp>');
      try {
        const { guarantees } = await issued();
        await worker.drain();
        const mails = await Promise.all(received.map((m) => simpleParser(m.raw)));
        const mail = mails.find((m) => m.text?.includes(guarantees[0].contractNumber));
        expect(mail).toBeDefined();
        expect(mail!.subject).toBe('電子保証（認証キー）発行完了のお知らせ');
        expect(mail!.to && 'text' in mail!.to ? mail!.to.text : '').toBe('soumu@example.co.jp');
        for (const g of guarantees) expect(mail!.text).toContain(g.contractNumber);

        const em = server.orm.em.fork();
        const keyring = loadKeyring(server.config);
        for (const g of guarantees) {
          const stored = await em.findOneOrFail(Guarantee, { id: g.id }, { populate: ['authKeyCiphertext'] });
          const key = decryptAuthKey(keyring, stored.contractNumber, stored.authKeyCiphertext!);
          for (const m of received) expect(m.raw).not.toContain(key);
        }
        const outbox = await em.findOneOrFail(OutboxMessage, { body: { $like: `%${guarantees[0].contractNumber}%` } });
        expect(outbox.status).toBe(OutboxStatus.SENT);
        expect(mail!.messageId).toBe(outbox.messageId);
        expect(await worker.drain()).toBe(0);
      } finally {
        await worker.stop();
        await new Promise<void>((resolve) => smtp.close(() => resolve()));
      }
    });

    it('is retried later when the SMTP server refuses it, and then delivered once', async () => {
      let refuse = true;
      const delivered: string[] = [];
      const smtp = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        onData(stream, _session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            if (refuse) return callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
            delivered.push(Buffer.concat(chunks).toString('utf8'));
            callback();
          });
        },
      });
      await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
      const port = (smtp.server.address() as AddressInfo).port;
      const worker = new OutboxWorker(server.orm, `smtp://127.0.0.1:${port}`, 'esurety <no-reply@esurety.jp>');
      try {
        // Only this test's message is due: mark everything else as sent.
        await server.orm.em.fork().nativeUpdate(OutboxMessage, { status: OutboxStatus.PENDING }, { status: OutboxStatus.SENT });
        const { guarantees } = await issued();
        expect(await worker.drain()).toBe(0);
        const em = server.orm.em.fork();
        const pending = await em.findOneOrFail(OutboxMessage, { body: { $like: `%${guarantees[0].contractNumber}%` } });
        expect(pending).toMatchObject({ status: OutboxStatus.PENDING, attempts: 1 });
        expect(pending.lastError).toMatch(/451/);
        expect(pending.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

        refuse = false;
        expect(await worker.drain()).toBe(0); // not due yet
        expect(await worker.drain(new Date(pending.nextAttemptAt.getTime() + 1))).toBe(1);
        expect(delivered).toHaveLength(1);
        expect(delivered[0]).toContain(pending.messageId);
        expect(await worker.drain(new Date(Date.now() + 86_400_000))).toBe(0);
      } finally {
        await worker.stop();
        await new Promise<void>((resolve) => smtp.close(() => resolve()));
      }
    });

    it('is written only when the contractor asked for it', async () => {
      const before = await server.orm.em.fork().count(OutboxMessage);
      await issued({ issuanceNoticeWanted: false, notifyEmail: null });
      expect(await server.orm.em.fork().count(OutboxMessage)).toBe(before);
    });
  });

  it('keeps a snapshot that later changes never rewrite', async () => {
    const { guarantees } = await issued();
    const g = guarantees[0];
    await nagano.gql(CHANGE, change({ id: g.id, v: g.version, input: { amount: 1_000_000 } }));
    const first = await server.orm.em.fork().findOneOrFail(ElectronicIssuance, { guarantee: g.id, sequence: 1 });
    expect(first.certificate.amount).toBe(g.amount);
  });
});
