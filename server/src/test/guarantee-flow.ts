import { flyerApplication, signedIn, submitApplication } from './fixtures';
import { ApiClient, type GraphQLResponse, type TestServer } from './test-server';

const ISSUE = `mutation($id: ID!) { issueGuarantees(input: { applicationId: $id }) { guarantees { id kind contractNumber } } }`;
const AUTH_KEY = `mutation($id: ID!) { revealAuthKey(input: { guaranteeId: $id }) { authKey } }`;
const VERIFY = `mutation($n: String!, $k: String!) { verifyGuarantee(input: { contractNumber: $n, authKey: $k }) { verification { contractNumber } } }`;
const SET_PASSWORD = `mutation($input: SetPasswordInput!) { setPassword(input: $input) { user { email role } } }`;

/** The flyer's electronic 前払金保証, applied for by the demo contractor and issued by 長野支店, with its 認証キー. */
export async function issuedGuaranteeWithKey(server: TestServer): Promise<{ id: string; contractNumber: string; authKey: string }> {
  const contractor = await signedIn(server, 'contractor@demo.esurety.jp');
  const nagano = await signedIn(server, 'nagano@demo.esurety.jp');
  const applicationId = await submitApplication(contractor, await flyerApplication(server));
  const issued = await nagano.gql<any>(ISSUE, { id: applicationId });
  if (issued.errors) throw new Error(`issue failed: ${JSON.stringify(issued.errors)}`);
  const guarantee = issued.data.issueGuarantees.guarantees.find((g: any) => g.kind === 'ADVANCE_PAYMENT');
  const key = await contractor.gql<any>(AUTH_KEY, { id: guarantee.id });
  if (key.errors) throw new Error(`key failed: ${JSON.stringify(key.errors)}`);
  return { id: guarantee.id, contractNumber: guarantee.contractNumber, authKey: key.data.revealAuthKey.authKey };
}

/** The verification service, as an anonymous orderer would use it. */
export function verifyGuarantee(server: TestServer, contractNumber: string, authKey: string): Promise<GraphQLResponse> {
  return new ApiClient(server.url).gql(VERIFY, { n: contractNumber, k: authKey });
}

export function setPassword(client: ApiClient, token: string, password: string): Promise<GraphQLResponse> {
  return client.gql(SET_PASSWORD, { input: { token, password } });
}
