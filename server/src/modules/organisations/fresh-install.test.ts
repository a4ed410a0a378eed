import { corporateNumberCheckDigit, todayInJapan } from '@esurety/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '../../db/orm';
import { setPassword } from '../../test/guarantee-flow';
import { linkToken, recipient, startMailbox, type Mailbox } from '../../test/smtp';
import { ApiClient, errorCode, startTestServer, type GraphQLResponse, type TestServer } from '../../test/test-server';
import { UserAccountService } from '../identity/user-accounts.service';

const CREATE_ORDERER = `mutation($input: CreateOrdererInput!) { createOrderer(input: $input) { orderer { id name certificateTitle acceptsElectronic } } }`;
const UPDATE_ORDERER = `mutation($input: UpdateOrdererInput!) { updateOrderer(input: $input) { orderer { id name certificateTitle } } }`;
const SET_RULE = `mutation($input: SetOrdererElectronicRuleInput!) { setOrdererElectronicRule(input: $input) { orderer { acceptsElectronic } } }`;
const UPDATE_GUARANTOR = `mutation($input: UpdateGuarantorInput!) { updateGuarantor(input: $input) { guarantor { name } } }`;
const CREATE_BRANCH = `mutation($input: CreateBranchInput!) { createBranch(input: $input) { branch { id } } }`;
const REQUEST_REGISTRATION = `mutation($input: RequestContractorRegistrationInput!) { requestContractorRegistration(input: $input) { contractorRegistration { id } } }`;
const APPROVE = `mutation($id: ID!) { approveContractorRegistration(input: { contractorRegistrationId: $id }) { contractor { id } } }`;
const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { email role organisation { name } } } }`;
const SAVE = `mutation($input: SaveApplicationInput!) { saveApplication(input: $input) { application { id } } }`;
const SUBMIT = `mutation($id: ID!) { submitApplication(input: { applicationId: $id }) { application { status } } }`;
const ISSUE = `mutation($id: ID!) { issueGuarantees(input: { applicationId: $id }) { guarantees { contractNumber certificateFormat } } }`;
const SET_RATES = `mutation($input: SetFeeRatesInput!) { setFeeRates(input: $input) { feeRate { id } } }`;
const ORDERERS = `{ orderers(first: 100) { totalCount edges { node { name certificateTitle acceptsElectronic } } } }`;

function ok<T>(result: GraphQLResponse<T>): T {
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

describe('a surety company installs esurety on an empty database and takes its first application', () => {
  let server: TestServer;
  let mailbox: Mailbox;
  let admin: ApiClient;
  beforeAll(async () => {
    server = await startTestServer({ seed: false });
    mailbox = await startMailbox(server);
    const { token } = await new UserAccountService(server.orm.em.fork() as EntityManager).createAdmin('ops@example.jp', '運用 太郎');
    admin = new ApiClient(server.url);
    expect((await setPassword(admin, token, 'correct horse battery')).errors).toBeUndefined();
    await admin.login('ops@example.jp', 'correct horse battery');
  });
  afterAll(async () => {
    await mailbox?.close();
    await server?.close();
  });

  /** Signs in the user whose invitation mail went to `email`, after setting a password from its link. */
  async function acceptInvitation(email: string): Promise<ApiClient> {
    const [invitation] = (await mailbox.deliver()).filter((m) => recipient(m) === email && m.subject === 'esurety へのご招待');
    const client = new ApiClient(server.url);
    expect((await setPassword(client, linkToken(invitation), 'first install pass')).errors).toBeUndefined();
    await client.login(email, 'first install pass');
    return client;
  }

  it('the administrator registers an orderer, refuses bad or taken names by field, and renames it', async () => {
    expect(ok(await new ApiClient(server.url).gql<any>(ORDERERS)).orderers.totalCount).toBe(0);
    const created = ok(await admin.gql<any>(CREATE_ORDERER, { input: { name: ' 塩尻市 ', certificateTitle: '塩尻市長' } }));
    expect(created.createOrderer.orderer).toMatchObject({ name: '塩尻市', certificateTitle: '塩尻市長', acceptsElectronic: false });
    const { id } = created.createOrderer.orderer;

    const refused: [Record<string, unknown>, string][] = [
      [{ name: '', certificateTitle: '松本市長' }, 'input.name'],
      [{ name: '松本市', certificateTitle: '  ' }, 'input.certificateTitle'],
      [{ name: '松'.repeat(101), certificateTitle: '松本市長' }, 'input.name'],
      [{ name: '塩尻市', certificateTitle: '塩尻市長' }, 'input.name'],
    ];
    for (const [input, field] of refused) {
      const result = await admin.gql(CREATE_ORDERER, { input });
      expect(result.errors?.[0].extensions, JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(ok(await admin.gql<any>(ORDERERS)).orderers.totalCount).toBe(1);

    const renamed = ok(await admin.gql<any>(UPDATE_ORDERER, { input: { ordererId: id, name: '松本市', certificateTitle: '松本市長' } }));
    expect(renamed.updateOrderer.orderer).toEqual({ id, name: '松本市', certificateTitle: '松本市長' });
    // Keeping its own name is no clash; taking another's is.
    const retitled = ok(
      await admin.gql<any>(UPDATE_ORDERER, { input: { ordererId: id, name: '松本市', certificateTitle: '松本市長　臥雲義尚' } }),
    );
    expect(retitled.updateOrderer.orderer.certificateTitle).toBe('松本市長　臥雲義尚');
    ok(await admin.gql(CREATE_ORDERER, { input: { name: '小田原市', certificateTitle: '小田原市長' } }));
    const clash = await admin.gql(UPDATE_ORDERER, { input: { ordererId: id, name: '小田原市', certificateTitle: '小田原市長' } });
    expect(clash.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    const unknown = await admin.gql(UPDATE_ORDERER, {
      input: { ordererId: '00000000-0000-4000-8000-000000000000', name: '安曇野市', certificateTitle: '安曇野市長' },
    });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    expect(ok(await admin.gql<any>(ORDERERS)).orderers.edges.map((e: any) => e.node.name)).toEqual(['小田原市', '松本市']);
  });

  it("a contractor's electronic application to the new orderer is sent and issued by the new branch", async () => {
    ok(
      await admin.gql(UPDATE_GUARANTOR, {
        input: {
          name: '信州建設業保証株式会社',
          address: '長野県長野市中御所1丁目',
          representativeTitle: '代表取締役',
          representativeName: '信州 太郎',
        },
      }),
    );
    const branchId = ok(
      await admin.gql<any>(CREATE_BRANCH, {
        input: {
          officeCode: '21075',
          name: '松本支店',
          address: '長野県松本市中央1丁目',
          tel: '0263-00-1111',
          fax: '0263-00-1112',
          email: 'matsumoto@example.jp',
        },
      }),
    ).createBranch.branch.id;
    ok(
      await admin.gql(SET_RATES, {
        input: { kind: 'ADVANCE_PAYMENT', effectiveFrom: todayInJapan(), bands: [{ upTo: null, ratePerMillion: 3600 }], minimumFee: 3000 },
      }),
    );
    const matsumoto = ok(await admin.gql<any>(`{ orderers(first: 10) { edges { node { id name } } } }`)).orderers.edges.find(
      (e: any) => e.node.name === '松本市',
    ).node.id;

    // Not yet electronic: a paper application only.
    const base = '123456789012';
    const registration = {
      name: '〇〇建設株式会社',
      address: '長野県松本市島立1000番地',
      corporateNumber: `${corporateNumberCheckDigit(base)}${base}`,
      representative: '代表取締役 建設 太郎',
      contactName: '建設 次郎',
      email: 'soumu@example.co.jp',
    };
    const requested = ok(await new ApiClient(server.url).gql<any>(REQUEST_REGISTRATION, { input: registration }));
    ok(await admin.gql(APPROVE, { id: requested.requestContractorRegistration.contractorRegistration.id }));
    const contractor = await acceptInvitation(registration.email);

    const invitedBranch = ok(
      await admin.gql<any>(INVITE, {
        input: { email: 'tanaka@example.jp', name: '田中 一郎', role: 'BRANCH_STAFF', organisationId: branchId },
      }),
    );
    expect(invitedBranch.inviteUser.user.organisation).toEqual({ name: '松本支店' });
    const staff = await acceptInvitation('tanaka@example.jp');
    const invitedOrderer = ok(
      await admin.gql<any>(INVITE, {
        input: { email: 'keiyaku@city.example.jp', name: '契約 花子', role: 'ORDERER', organisationId: matsumoto },
      }),
    );
    expect(invitedOrderer.inviteUser.user).toEqual({ email: 'keiyaku@city.example.jp', role: 'ORDERER', organisation: { name: '松本市' } });

    const application = {
      work: {
        name: '●●●●工事',
        location: '長野県松本市島立地内',
        ordererId: matsumoto,
        contractAmount: 50_000_000,
        contractDate: '2026-04-01',
        startDate: '2026-04-02',
        endDate: '2027-03-19',
        announcedOn: '2026-03-02',
        electronicAllowedByOrderer: true,
      },
      advancePayment: {
        certificateFormat: 'ELECTRONIC',
        amount: 20_000_000,
        depositBank: '〇〇銀行　××支店',
        redeposit: false,
        feePaymentMethod: 'LUMP_SUM',
        feeBillingParty: '〇〇建設株式会社',
        feeStatementWanted: false,
      },
      destinationBranchId: branchId,
      issuanceNoticeWanted: false,
      contactDepartment: '総務部',
      contactTitle: '課長',
      contactName: '建設 次郎',
      contactPhone: '0263-00-0000',
    };
    const beforeRule = await contractor.gql(SAVE, { input: application });
    expect(beforeRule.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.advancePayment.certificateFormat' });

    ok(
      await admin.gql(SET_RULE, {
        input: {
          ordererId: matsumoto,
          acceptsElectronic: true,
          electronicFrom: '2026-03-01',
          electronicRule: 'WORKS_ALLOWED_BY_ORDERER',
          electronicRuleDescription: '令和8年3月1日以降、松本市が電子保証の利用を認めた工事・業務委託',
        },
      }),
    );
    const saved = ok(await contractor.gql<any>(SAVE, { input: application })).saveApplication.application.id;
    expect(ok(await contractor.gql<any>(SUBMIT, { id: saved })).submitApplication.application.status).toBe('SUBMITTED');
    const issued = ok(await staff.gql<any>(ISSUE, { id: saved })).issueGuarantees.guarantees;
    expect(issued).toEqual([{ contractNumber: expect.stringMatching(/^21075/), certificateFormat: 'ELECTRONIC' }]);
  });
});
