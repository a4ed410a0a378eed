import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../test/fixtures';
import { startTestServer, type ApiClient, type GraphQLResponse, type TestServer } from '../test/test-server';

/**
 * A value GraphQL itself refuses is BAD_USER_INPUT naming the field by its path in the
 * arguments, as the client wrote it: whatever the variables are called, and for values written in
 * the query. (The application form's fields: applications.test.ts.)
 */
describe('errors name the field of the arguments', () => {
  let server: TestServer;
  let contractor: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    contractor = await signedIn(server, 'contractor@demo.esurety.jp');
  });
  afterAll(async () => {
    await server?.close();
  });

  const refused = (result: GraphQLResponse) => ({ ...result.errors?.[0].extensions, message: result.errors?.[0].message });

  it('a date-time written inline', async () => {
    const result = await contractor.gql(
      `mutation { createApiToken(input: { name: "x", scope: READ_WRITE, expiresAt: "tomorrow" }) { token } }`,
    );
    expect(refused(result)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.expiresAt',
      message: '有効期限の値が正しくありません。',
    });
  });

  it('an unknown enum value in a list held by a variable', async () => {
    const result = await contractor.gql(
      `mutation($e: [WebhookEvent!]!) { registerWebhookEndpoint(input: { url: "https://example.com/hook", events: $e }) { secret } }`,
      { e: ['GUARANTEE_ISSUED', 'GUARANTEE_CANCELLED'] },
    );
    expect(refused(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.events.1' });
  });

  it('a filter held by a variable, and a page size written inline', async () => {
    const filter = await contractor.gql(`query($f: GuaranteeFilter) { guarantees(filter: $f) { totalCount } }`, {
      f: { issuedFrom: '2026-13-01' },
    });
    expect(refused(filter)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.issuedFrom',
      message: '発行日の値が正しくありません。',
    });
    const first = await contractor.gql(`{ guarantees(first: "ten") { totalCount } }`);
    expect(refused(first)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('a required field or argument left out', async () => {
    const field = await contractor.gql(`mutation($i: RevokeGuaranteeInput!) { revokeGuarantee(input: $i) { guarantee { id } } }`, {
      i: { guaranteeId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(refused(field)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason', message: '取消の理由を入力してください。' });
    const argument = await contractor.gql(`mutation { submitApplication { application { id } } }`);
    expect(refused(argument)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
  });

  it('a malformed id anywhere, before any lookup (a looked-up id is NOT_FOUND, like an unknown one)', async () => {
    expect(refused(await contractor.gql(`query($id: ID!) { guarantee(id: $id) { id } }`, { id: 'not-an-id' }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    for (const [query, variables, field] of [
      [`query { webhookDeliveries(filter: { webhookEndpointId: "" }) { totalCount } }`, {}, 'filter.webhookEndpointId'],
      [`mutation($i: RevealAuthKeyInput!) { revealAuthKey(input: $i) { authKey } }`, { i: { guaranteeId: '1' } }, 'input.guaranteeId'],
    ] as const) {
      expect(refused(await contractor.gql(query, variables)), query).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});
