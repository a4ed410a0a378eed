import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recipient, startMailbox, type Mailbox } from '../test/smtp';
import { ApiClient, startTestServer, type TestServer } from '../test/test-server';

const RESET = `mutation($email: String!) { requestPasswordReset(input: { email: $email }) { passwordResetRequest { email } } }`;
const REGISTER = `mutation($input: RequestContractorRegistrationInput!) { requestContractorRegistration(input: $input) { contractorRegistration { id } } }`;

/** An anonymous client acting from `address` (the server trusts X-Forwarded-For here). */
function from(server: TestServer, address: string): ApiClient {
  const client = new ApiClient(server.url);
  client.headers['X-Forwarded-For'] = address;
  return client;
}

describe('the budget of anonymous requests that send mail (5 per 10 minutes per address, per operation)', () => {
  let server: TestServer;
  let mailbox: Mailbox;
  beforeAll(async () => {
    // The production default, which the test harness otherwise lifts.
    server = await startTestServer({ env: { PUBLIC_REQUESTS_PER_TEN_MINUTES: '5', TRUST_PROXY: 'true' } });
    mailbox = await startMailbox(server);
  });
  afterAll(async () => {
    await mailbox?.close();
    await server?.close();
  });

  it('refuses the sixth password reset from one address with RATE_LIMITED and the wait, mails nothing for it, and lets other addresses through', async () => {
    const flooder = from(server, '198.51.100.7');
    const started = Date.now();
    for (let i = 0; i < 5; i++) {
      expect((await flooder.gql(RESET, { email: 'contractor@demo.esurety.jp' })).errors).toBeUndefined();
    }
    await mailbox.deliver();
    const mailed = mailbox.mails.filter((m) => recipient(m) === 'contractor@demo.esurety.jp').length;
    const refused = await flooder.gql(RESET, { email: 'nagano@demo.esurety.jp' });
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0].message).toMatch(
      /^このネットワークからの依頼が多すぎるため、受け付けられません。約10分後に再度お試しください。$/,
    );
    const { code, retryAfterSeconds } = refused.errors![0].extensions!;
    expect(code).toBe('RATE_LIMITED');
    // The 10 minutes run from the first request: what is left is 600 s less the time since.
    expect(retryAfterSeconds).toBeGreaterThanOrEqual(600 - Math.ceil((Date.now() - started) / 1000));
    expect(retryAfterSeconds).toBeLessThanOrEqual(600);
    await mailbox.deliver();
    expect(mailbox.mails.filter((m) => recipient(m) === 'nagano@demo.esurety.jp')).toEqual([]);
    expect(mailbox.mails.filter((m) => recipient(m) === 'contractor@demo.esurety.jp')).toHaveLength(mailed);

    expect((await from(server, '198.51.100.8').gql(RESET, { email: 'nagano@demo.esurety.jp' })).errors).toBeUndefined();
  });

  it('counts contractor registrations on their own budget, refused input included, and refuses the sixth', async () => {
    const flooder = from(server, '198.51.100.7');
    const input = { name: '', address: 'x', corporateNumber: '1', representative: 'x', contactName: 'x', email: 'x@example.co.jp' };
    for (let i = 0; i < 5; i++) {
      expect((await flooder.gql(REGISTER, { input })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    const refused = await flooder.gql(REGISTER, { input });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect((await from(server, '198.51.100.9').gql(REGISTER, { input })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
