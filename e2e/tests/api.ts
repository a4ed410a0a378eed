import type { APIRequestContext, PlaywrightWorkerArgs } from '@playwright/test';
import { DEMO_PASSWORD } from './support';

/**
 * The GraphQL API, signed in as a demo account (the e2e server loads the demo data): how a spec
 * sets up the data it needs, so that it runs alone as well as after the others. Each spec makes
 * its own applications and guarantees and finds them again by id or contract number.
 */
export interface Api {
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  dispose(): Promise<void>;
}

type Playwright = PlaywrightWorkerArgs['playwright'];

/** A client of `baseURL`'s API: signed in as `email`, or anonymous (the verification service). */
export async function apiAs(playwright: Playwright, baseURL: string, email: string | null): Promise<Api> {
  const request: APIRequestContext = await playwright.request.newContext({ baseURL });
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await request.post('/graphql', { data: { query, variables } });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join(' / ')}`);
    return body.data as T;
  };
  if (email) {
    await gql(`mutation($input: LoginInput!) { login(input: $input) { user { id } } }`, { input: { email, password: DEMO_PASSWORD } });
  }
  return { gql, dispose: () => request.dispose() };
}

/** The flyer's guarantees as 〇〇建設 applies for them: 前払金保証 20,000,000円 and 契約保証 5,000,000円, electronic. */
export const flyerItems = {
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
    feeStatementWanted: true,
  },
};

/**
 * A demo work's period as registered: the demo's dates are relative to the day the server loaded
 * it (server/src/db/seeders/demo.ts), so a spec reads them rather than writing them down.
 */
export async function workPeriod(contractor: Api, workName: string): Promise<{ startDate: string; endDate: string }> {
  const { works } = await contractor.gql<{ works: { edges: { node: { name: string; startDate: string; endDate: string } }[] } }>(
    `query($name: String) { works(filter: { name: $name }, first: 100) { edges { node { name startDate endDate } } } }`,
    { name: workName },
  );
  const work = works.edges.find((e) => e.node.name === workName)?.node;
  if (!work) throw new Error(`no demo work ${workName}`);
  return { startDate: work.startDate, endDate: work.endDate };
}

/** Saves and sends an application of the contractor's demo work `workName` to 長野支店; its id. */
export async function sendApplication(contractor: Api, workName: string, items: Record<string, unknown> = flyerItems): Promise<string> {
  const { works, branches } = await contractor.gql<{
    works: { edges: { node: { id: string; name: string } }[] };
    branches: { id: string; name: string }[];
  }>(`query($name: String) { works(filter: { name: $name }, first: 100) { edges { node { id name } } } branches { id name } }`, {
    name: workName,
  });
  const workId = works.edges.find((e) => e.node.name === workName)?.node.id;
  const branchId = branches.find((b) => b.name === '長野支店')?.id;
  if (!workId || !branchId) throw new Error(`demo data without ${workName} or 長野支店`);
  const saved = await contractor.gql<{ saveApplication: { application: { id: string } } }>(
    `mutation($input: SaveApplicationInput!) { saveApplication(input: $input) { application { id } } }`,
    {
      input: {
        workId,
        destinationBranchId: branchId,
        issuanceNoticeWanted: true,
        notifyEmail: 'soumu@example.co.jp',
        contactDepartment: '総務部',
        contactTitle: '課長',
        contactName: '建設 次郎',
        contactPhone: '0263-00-0000',
        messageToBranch: 'よろしくお願いします。',
        ...items,
      },
    },
  );
  const applicationId = saved.saveApplication.application.id;
  await contractor.gql(`mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { application { id } } }`, {
    input: { applicationId },
  });
  return applicationId;
}

export interface IssuedGuarantee {
  id: string;
  kind: 'ADVANCE_PAYMENT' | 'CONTRACT';
  contractNumber: string;
  version: number;
}

/** 長野支店 issues the application: its guarantees, by kind. */
export async function issue(nagano: Api, applicationId: string): Promise<Record<IssuedGuarantee['kind'], IssuedGuarantee>> {
  const { issueGuarantees } = await nagano.gql<{ issueGuarantees: { guarantees: IssuedGuarantee[] } }>(
    `mutation($input: IssueGuaranteesInput!) { issueGuarantees(input: $input) { guarantees { id kind contractNumber version } } }`,
    { input: { applicationId } },
  );
  return Object.fromEntries(issueGuarantees.guarantees.map((g) => [g.kind, g])) as Record<IssuedGuarantee['kind'], IssuedGuarantee>;
}

/** 変更: the guarantee's amount, from the version it was read at; the version after it. */
export async function changeAmount(nagano: Api, guarantee: IssuedGuarantee, amount: number): Promise<number> {
  const { changeGuarantee } = await nagano.gql<{ changeGuarantee: { guarantee: { version: number } } }>(
    `mutation($input: ChangeGuaranteeInput!) { changeGuarantee(input: $input) { guarantee { version } } }`,
    { input: { guaranteeId: guarantee.id, expectedVersion: guarantee.version, amount } },
  );
  return changeGuarantee.guarantee.version;
}

/** The contractor's 認証キー of its guarantee (the display is recorded, as on the screen). */
export async function revealAuthKey(contractor: Api, guaranteeId: string): Promise<string> {
  const { revealAuthKey } = await contractor.gql<{ revealAuthKey: { authKey: string } }>(
    `mutation($input: RevealAuthKeyInput!) { revealAuthKey(input: $input) { authKey } }`,
    { input: { guaranteeId } },
  );
  return revealAuthKey.authKey;
}

/**
 * The flyer's story up to the key notice, through the API: 〇〇建設 applies for ●●●●工事, 長野支店
 * issues it and changes the advance payment guarantee to 25,000,000円 (変更 1). Its guarantees.
 */
export async function flyerGuaranteesChanged(playwright: Playwright, baseURL: string) {
  const contractor = await apiAs(playwright, baseURL, 'contractor@demo.esurety.jp');
  const nagano = await apiAs(playwright, baseURL, 'nagano@demo.esurety.jp');
  try {
    const applicationId = await sendApplication(contractor, '●●●●工事');
    const guarantees = await issue(nagano, applicationId);
    const version = await changeAmount(nagano, guarantees.ADVANCE_PAYMENT, 25_000_000);
    return { applicationId, advance: { ...guarantees.ADVANCE_PAYMENT, version }, contract: guarantees.CONTRACT };
  } finally {
    await contractor.dispose();
    await nagano.dispose();
  }
}
