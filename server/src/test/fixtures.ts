import { Work } from '../modules/works/work.entity';
import { Branch } from '../modules/organisations/branch.entity';
import { ApiClient, type TestServer } from './test-server';

/** The application of the flyer, to 長野支店 unless told otherwise: 前払金保証 20,000,000円 and 契約保証 5,000,000円. */
export async function flyerApplication(server: TestServer, overrides: Record<string, any> = {}) {
  const em = server.orm.em.fork();
  const work = await em.findOneOrFail(Work, { name: '●●●●工事' });
  const nagano = await em.findOneOrFail(Branch, { name: '長野支店' });
  return {
    workId: work.id,
    advancePayment: {
      certificateFormat: 'ELECTRONIC',
      amount: 20_000_000,
      depositBank: '〇〇銀行　××支店',
      redeposit: false,
      feePaymentMethod: 'LUMP_SUM',
      feeBillingParty: '〇〇建設株式会社',
      feeStatementWanted: false,
    },
    contractGuarantee: {
      certificateFormat: 'ELECTRONIC',
      amount: 5_000_000,
      feePaymentMethod: 'LUMP_SUM',
      feeBillingParty: '〇〇建設株式会社',
      feeStatementWanted: false,
    },
    destinationBranchId: nagano.id,
    issuanceNoticeWanted: true,
    notifyEmail: 'soumu@example.co.jp',
    contactDepartment: '総務部',
    contactTitle: '課長',
    contactName: '建設 次郎',
    contactPhone: '0263-00-0000',
    messageToBranch: 'よろしくお願いします。\n前払金は4月中に請求予定です。',
    ...overrides,
  };
}

/** Saves and sends an application as the contractor; returns its id. */
export async function submitApplication(contractor: ApiClient, input: Record<string, any>): Promise<string> {
  const saved = await contractor.gql<any>(
    `mutation($input: SaveApplicationInput!) { saveApplication(input: $input) { application { id } } }`,
    {
      input,
    },
  );
  if (saved.errors) throw new Error(`save failed: ${JSON.stringify(saved.errors)}`);
  const id = saved.data.saveApplication.application.id as string;
  const sent = await contractor.gql(
    `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { application { id } } }`,
    {
      input: { applicationId: id },
    },
  );
  if (sent.errors) throw new Error(`submit failed: ${JSON.stringify(sent.errors)}`);
  return id;
}

export async function signedIn(server: TestServer, email: string) {
  const client = new ApiClient(server.url);
  await client.login(email);
  return client;
}

/** An instant 30 days from now (ISO 8601): an API token's expiry in tests. */
export function inAMonth(): string {
  return new Date(Date.now() + 30 * 86_400_000).toISOString();
}

/**
 * A demo work as the database holds it: its dates are relative to the day the demo was loaded
 * (db/seeders/demo.ts), so a test reads them rather than writing them down.
 */
export async function demoWork(server: TestServer, name = '●●●●工事'): Promise<Work> {
  return server.orm.em.fork().findOneOrFail(Work, { name });
}

/** YYYY-MM-DD (from 2020) as documents write it in the era: 2026-04-01 → 令和8年4月1日. */
export function reiwa(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `令和${year - 2018}年${month}月${day}日`;
}
