import { corporateNumberCheckDigit } from '@esurety/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../test/fixtures';
import { setPassword } from '../../test/guarantee-flow';
import { linkToken, recipient, startMailbox, type Mailbox } from '../../test/smtp';
import { ApiClient, errorCode, startTestServer, type TestServer } from '../../test/test-server';

const REQUEST = `mutation($input: RequestContractorRegistrationInput!) { requestContractorRegistration(input: $input) { contractorRegistration { id status name corporateNumber } } }`;
const APPROVE = `mutation($id: ID!) { approveContractorRegistration(input: { contractorRegistrationId: $id }) { contractorRegistration { status decidedAt contractor { name } } contractor { id name corporateNumber representative } } }`;
const REFUSE = `mutation($id: ID!, $reason: String!) { refuseContractorRegistration(input: { contractorRegistrationId: $id, reason: $reason }) { contractorRegistration { status refusalReason } } }`;
const LIST = `query($filter: ContractorRegistrationFilter) { contractorRegistrations(filter: $filter) { totalCount edges { node { id name status } } } }`;
const ME = `{ me { email role organisation { name } } }`;

let serial = 100;
/** A valid 法人番号 not used before in this file. */
function corporateNumber(): string {
  serial += 1;
  const base = `7${String(serial).padStart(11, '0')}`;
  return `${corporateNumberCheckDigit(base)}${base}`;
}

function registration(overrides: Record<string, unknown> = {}) {
  return {
    name: '△△建設株式会社',
    address: '長野県安曇野市豊科1000番地',
    corporateNumber: corporateNumber(),
    representative: '代表取締役 建設 三郎',
    contactName: '工務 四郎',
    email: `koumu${serial}@example.co.jp`,
    ...overrides,
  };
}

describe("contractors' registration", () => {
  let server: TestServer;
  let mailbox: Mailbox;
  let admin: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    mailbox = await startMailbox(server);
    admin = await signedIn(server, 'admin@demo.esurety.jp');
  });
  afterAll(async () => {
    await mailbox?.close();
    await server?.close();
  });

  it('request → approval → the invitation arrives by SMTP → set password → the 担当者 signs in to the new contractor', async () => {
    const input = registration();
    const requested = await new ApiClient(server.url).gql<any>(REQUEST, { input });
    expect(requested.errors).toBeUndefined();
    const { id } = requested.data.requestContractorRegistration.contractorRegistration;
    expect(requested.data.requestContractorRegistration.contractorRegistration).toMatchObject({
      status: 'PENDING',
      name: '△△建設株式会社',
    });
    const receipt = (await mailbox.deliver()).filter((m) => recipient(m) === input.email);
    expect(receipt.map((m) => m.subject)).toEqual(['利用登録申請を受け付けました']);

    const waiting = await admin.gql<any>(LIST, { filter: { status: 'PENDING' } });
    expect(waiting.data.contractorRegistrations.edges.map((e: any) => e.node.id)).toContain(id);

    const approved = await admin.gql<any>(APPROVE, { id });
    expect(approved.errors).toBeUndefined();
    expect(approved.data.approveContractorRegistration.contractor).toMatchObject({
      name: '△△建設株式会社',
      corporateNumber: input.corporateNumber,
      representative: '代表取締役 建設 三郎',
    });
    expect(approved.data.approveContractorRegistration.contractorRegistration).toMatchObject({
      status: 'APPROVED',
      contractor: { name: '△△建設株式会社' },
    });

    const invitation = (await mailbox.deliver()).filter((m) => recipient(m) === input.email);
    expect(invitation.map((m) => m.subject)).toEqual(['esurety へのご招待']);
    expect(invitation[0].text).toContain('工務 四郎 様');
    expect((await setPassword(new ApiClient(server.url), linkToken(invitation[0]), 'azumino kensetsu pass')).errors).toBeUndefined();
    const contact = new ApiClient(server.url);
    await contact.login(input.email, 'azumino kensetsu pass');
    expect((await contact.gql(ME)).data).toEqual({
      me: { email: input.email, role: 'CONTRACTOR', organisation: { name: '△△建設株式会社' } },
    });
    // The new contractor starts with no works of its own.
    expect((await contact.gql<any>(`{ works { totalCount } }`)).data.works.totalCount).toBe(0);

    // Decided once only; and the same 法人番号 can't apply again.
    expect(errorCode(await admin.gql(APPROVE, { id }))).toBe('CONFLICT');
    expect(errorCode(await admin.gql(REFUSE, { id, reason: 'x' }))).toBe('CONFLICT');
    expect(errorCode(await new ApiClient(server.url).gql(REQUEST, { input: { ...input, email: 'other@example.co.jp' } }))).toBe('CONFLICT');
  });

  it('refuses a 法人番号 whose check digit is wrong, and names every bad field', async () => {
    const valid = corporateNumber();
    const wrongDigit = `${(Number(valid[0]) % 9) + 1}${valid.slice(1)}`;
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ corporateNumber: wrongDigit }, 'input.corporateNumber', /検査用数字/],
      [{ corporateNumber: '12345' }, 'input.corporateNumber', /13桁/],
      [{ name: ' ' }, 'input.name', /会社名を入力/],
      [{ address: '' }, 'input.address', /所在地を入力/],
      [{ representative: '' }, 'input.representative', /代表者を入力/],
      [{ contactName: 'x'.repeat(101) }, 'input.contactName', /100文字以内/],
      [{ email: 'not-an-address' }, 'input.email', /メールアドレス/],
    ];
    for (const [override, field, message] of cases) {
      const result = await new ApiClient(server.url).gql(REQUEST, { input: registration(override) });
      expect({ field, code: result.errors?.[0].extensions }).toEqual({ field, code: { code: 'BAD_USER_INPUT', field } });
      expect(result.errors?.[0].message).toMatch(message);
    }
    // Full-width digits and hyphens are how people write it.
    const fullWidth = corporateNumber().replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const written = `${fullWidth.slice(0, 1)}-${fullWidth.slice(1, 5)}-${fullWidth.slice(5)}`;
    const accepted = await new ApiClient(server.url).gql<any>(REQUEST, { input: registration({ corporateNumber: written }) });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.requestContractorRegistration.contractorRegistration.corporateNumber).toMatch(/^\d{13}$/);
  });

  it('refusal mails the reason to the 担当者 and registers nothing', async () => {
    const input = registration();
    const { data } = await new ApiClient(server.url).gql<any>(REQUEST, { input });
    const id = data.requestContractorRegistration.contractorRegistration.id;
    expect(errorCode(await admin.gql(REFUSE, { id, reason: '  ' }))).toBe('BAD_USER_INPUT');
    const refused = await admin.gql<any>(REFUSE, { id, reason: '法人番号と会社名が一致しません。' });
    expect(refused.data.refuseContractorRegistration.contractorRegistration).toEqual({
      status: 'REFUSED',
      refusalReason: '法人番号と会社名が一致しません。',
    });
    const mails = (await mailbox.deliver()).filter((m) => recipient(m) === input.email);
    expect(mails.map((m) => m.subject)).toEqual(['利用登録申請を受け付けました', '利用登録申請の審査結果のお知らせ']);
    expect(mails[1].text).toContain('法人番号と会社名が一致しません。');
    const contractors = await admin.gql<any>(`{ contractors(filter: { name: "△△" }, first: 100) { edges { node { corporateNumber } } } }`);
    expect(contractors.data.contractors.edges.map((e: any) => e.node.corporateNumber)).not.toContain(input.corporateNumber);
    // A refused company may apply again.
    expect((await new ApiClient(server.url).gql(REQUEST, { input })).errors).toBeUndefined();
  });

  it('refuses to register an e-mail address that is already an account: the approval changes nothing', async () => {
    const input = registration({ email: 'contractor2@demo.esurety.jp' });
    const { data } = await new ApiClient(server.url).gql<any>(REQUEST, { input });
    const id = data.requestContractorRegistration.contractorRegistration.id;
    expect(errorCode(await admin.gql(APPROVE, { id }))).toBe('CONFLICT');
    const listed = await admin.gql<any>(LIST, { filter: { status: 'PENDING' } });
    expect(listed.data.contractorRegistrations.edges.map((e: any) => e.node.id)).toContain(id);
  });
});
