import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flyerApplication, inAMonth, signedIn, submitApplication } from '../../test/fixtures';
import { ApiClient, errorCode, freshDatabase, startTestServer, type GraphQLResponse, type TestServer } from '../../test/test-server';
import { GuaranteeApplication } from '../applications/guarantee-application.entity';
import { ApiToken } from './api-token.entity';

const CREATE = `mutation($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { token apiToken { id name prefix scope createdAt lastUsedAt expiresAt revokedAt } }
}`;
/** CREATE's variables: `fields` over a READ_WRITE token for a month. */
const create = (fields: Record<string, unknown>) => ({ input: { scope: 'READ_WRITE', expiresAt: inAMonth(), ...fields } });
const LIST = `query($filter: ApiTokenFilter) {
  apiTokens(filter: $filter, first: 100) { totalCount edges { node { id name prefix scope createdAt lastUsedAt expiresAt revokedAt } } }
}`;
const REVOKE = `mutation($id: ID!) { revokeApiToken(input: { apiTokenId: $id }) { apiToken { id revokedAt } } }`;
const ME = `{ me { email role organisation { name } } }`;
const ISSUE = `mutation($id: ID!) { issueGuarantees(input: { applicationId: $id }) { guarantees { id kind contractNumber } } }`;
const GUARANTEE = `query($id: ID!) { guarantee(id: $id) { id contractNumber } }`;
const SAVE = `mutation($input: SaveApplicationInput!) { saveApplication(input: $input) { application { id } } }`;

/** The tokens a LIST answer lists. */
const tokens = (result: GraphQLResponse): any[] => result.data!.apiTokens.edges.map((edge: any) => edge.node);

/** A client with no cookie that sends `Authorization: Bearer <token>`. */
function bearer(server: TestServer, token: string) {
  const client = new ApiClient(server.url);
  client.headers.authorization = `Bearer ${token}`;
  return client;
}

/** One GraphQL request with raw headers, for the HTTP status. */
async function post(server: TestServer, headers: Record<string, string>, query: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse };
}

describe('API tokens', () => {
  let server: TestServer;
  let contractor: ApiClient;
  let nagano: ApiClient;

  beforeAll(async () => {
    server = await startTestServer();
    contractor = await signedIn(server, 'contractor@demo.esurety.jp');
    nagano = await signedIn(server, 'nagano@demo.esurety.jp');
  });
  afterAll(async () => {
    await server?.close();
  });

  async function createToken(client: ApiClient, name = 'CI連携', expiresAt = inAMonth(), scope = 'READ_WRITE') {
    const result = await client.gql<any>(CREATE, create({ name, expiresAt, scope }));
    expect(result.errors).toBeUndefined();
    return result.data.createApiToken as { token: string; apiToken: any };
  }

  /** The contractor's electronic 前払金保証, issued by 長野. */
  async function issuedGuarantee(owner = contractor) {
    const applicationId = await submitApplication(owner, await flyerApplication(server));
    const issued = await nagano.gql<any>(ISSUE, { id: applicationId });
    expect(issued.errors).toBeUndefined();
    return issued.data.issueGuarantees.guarantees.find((g: any) => g.kind === 'ADVANCE_PAYMENT');
  }

  it('shows the token once, lists it without the value, and stores only its SHA-256', async () => {
    const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const { token, apiToken } = await createToken(contractor, '  会計システム連携  ', expiresAt);
    expect(token).toMatch(/^esr_[A-Za-z0-9_-]{40,}$/);
    expect(apiToken).toMatchObject({
      name: '会計システム連携',
      prefix: token.slice(0, 12),
      scope: 'READ_WRITE',
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(new Date(apiToken.expiresAt).toISOString()).toBe(expiresAt);
    expect(Math.abs(new Date(apiToken.createdAt).getTime() - Date.now())).toBeLessThan(60_000);

    const listed = await contractor.gql<any>(LIST);
    const mine = tokens(listed).find((t: any) => t.id === apiToken.id);
    expect(mine).toEqual(apiToken);
    expect(JSON.stringify(listed)).not.toContain(token);
    // Another user's list does not show it.
    expect(tokens(await nagano.gql<any>(LIST)).map((t: any) => t.id)).not.toContain(apiToken.id);

    const rows = await server.orm.em.getConnection().execute(`select * from api_token where id = ?`, [apiToken.id]);
    expect(rows).toHaveLength(1);
    const row = rows[0] as Record<string, unknown>;
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    for (const value of Object.values(row)) expect(String(value)).not.toContain(token.slice(12));
  });

  it('acts as its user, without a cookie: me, the role and the organisation’s limits', async () => {
    const { token, apiToken } = await createToken(contractor);
    const client = bearer(server, token);
    const me = await client.gql<any>(ME);
    expect(me.data.me).toEqual({ email: 'contractor@demo.esurety.jp', role: 'CONTRACTOR', organisation: { name: '〇〇建設株式会社' } });
    expect(client.cookie).toBeNull();

    const listed = tokens(await contractor.gql<any>(LIST)).find((t: any) => t.id === apiToken.id);
    expect(Math.abs(new Date(listed.lastUsedAt).getTime() - Date.now())).toBeLessThan(60_000);

    // The contractor's own guarantee, and nothing the role does not allow.
    const g = await issuedGuarantee();
    expect((await client.gql<any>(GUARANTEE, { id: g.id })).data.guarantee.contractNumber).toBe(g.contractNumber);
    const applicationId = await submitApplication(contractor, await flyerApplication(server));
    expect(errorCode(await client.gql(ISSUE, { id: applicationId }))).toBe('FORBIDDEN');

    const other = await signedIn(server, 'contractor2@demo.esurety.jp');
    const otherToken = (await createToken(other)).token;
    expect(errorCode(await bearer(server, otherToken).gql(GUARANTEE, { id: g.id }))).toBe('NOT_FOUND');
  });

  it('takes precedence over a session cookie: the request is the token’s user', async () => {
    const { token } = await createToken(nagano);
    const both = new ApiClient(server.url);
    both.cookie = contractor.cookie;
    both.headers.authorization = `Bearer ${token}`;
    expect((await both.gql<any>(ME)).data.me.email).toBe('nagano@demo.esurety.jp');
  });

  it('acts for branch staff with the branch’s rights', async () => {
    const { token } = await createToken(nagano);
    const applicationId = await submitApplication(contractor, await flyerApplication(server));
    const issued = await bearer(server, token).gql<any>(ISSUE, { id: applicationId });
    expect(issued.errors).toBeUndefined();
    expect(issued.data.issueGuarantees.guarantees).toHaveLength(2);
    const kanagawa = await signedIn(server, 'kanagawa@demo.esurety.jp');
    const kanagawaToken = (await createToken(kanagawa)).token;
    expect(errorCode(await bearer(server, kanagawaToken).gql(GUARANTEE, { id: issued.data.issueGuarantees.guarantees[0].id }))).toBe(
      'NOT_FOUND',
    );
  });

  it('cannot make more tokens: only a signed-in session can', async () => {
    const { token } = await createToken(contractor);
    const before = (await contractor.gql<any>(LIST)).data.apiTokens.totalCount;
    const result = await bearer(server, token).gql(CREATE, create({ name: 'もう一つ' }));
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(result.errors![0].message).toMatch(/APIトークンでは新しいトークンを作れません/);
    expect((await contractor.gql<any>(LIST)).data.apiTokens.totalCount).toBe(before);
  });

  it('is refused with 401 and a Japanese message once revoked', async () => {
    const { token, apiToken } = await createToken(contractor);
    expect((await bearer(server, token).gql<any>(ME)).data.me.email).toBe('contractor@demo.esurety.jp');

    const revoked = await contractor.gql<any>(REVOKE, { id: apiToken.id });
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data.revokeApiToken.apiToken.revokedAt).not.toBeNull();

    const refused = await post(server, { authorization: `Bearer ${token}` }, ME);
    expect(refused.status).toBe(401);
    expect(refused.body.data ?? null).toBeNull();
    expect(refused.body.errors).toEqual([
      { message: 'APIトークンが正しくないか、有効期限切れまたは失効しています。', extensions: { code: 'UNAUTHENTICATED' } },
    ]);
    const listed = tokens(await contractor.gql<any>(LIST)).find((t: any) => t.id === apiToken.id);
    expect(listed.revokedAt).toBe(revoked.data.revokeApiToken.apiToken.revokedAt);
  });

  it('is refused once expired', async () => {
    const { token, apiToken } = await createToken(contractor, '期限付き', new Date(Date.now() + 3600_000).toISOString());
    expect((await bearer(server, token).gql<any>(ME)).data.me.email).toBe('contractor@demo.esurety.jp');
    await server.orm.em.fork().nativeUpdate(ApiToken, { id: apiToken.id }, { expiresAt: new Date(Date.now() - 1000) });
    const refused = await post(server, { authorization: `Bearer ${token}` }, ME);
    expect(refused.status).toBe(401);
    expect(errorCode(refused.body)).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['an unknown token', 'Bearer esr_thisIsNotATokenThatExists0000000000000000'],
    ['a token without the prefix', 'Bearer abcdefghijklmnopqrstuvwxyz'],
    ['no token', 'Bearer '],
    ['another scheme', 'Basic Y29udHJhY3RvcjplcnN1cmV0eQ=='],
  ])('refuses %s with 401 rather than treating the request as signed out', async (_what, authorization) => {
    const refused = await post(server, { authorization }, ME);
    expect(refused.status).toBe(401);
    expect(errorCode(refused.body)).toBe('UNAUTHENTICATED');
    expect(refused.body.errors![0].message).toMatch(/APIトークン/);
  });

  it('checks the name and the expiry, naming the field', async () => {
    const past = await contractor.gql(CREATE, create({ name: '期限切れ', expiresAt: new Date(Date.now() - 60_000).toISOString() }));
    expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expiresAt' });
    for (const name of ['', '   ', 'あ'.repeat(101), '改行\nあり']) {
      const result = await contractor.gql(CREATE, create({ name }));
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    }
    expect(errorCode(await new ApiClient(server.url).gql(CREATE, create({ name: '未ログイン' })))).toBe('UNAUTHENTICATED');
  });

  it('keeps at most 20 active tokens per user; revoked ones do not count', async () => {
    const orderer = await signedIn(server, 'odawara@demo.esurety.jp');
    const created = [];
    for (let i = 0; i < 20; i++) created.push(await createToken(orderer, `連携${i + 1}`));
    const over = await orderer.gql(CREATE, create({ name: '21個目' }));
    expect(errorCode(over)).toBe('CONFLICT');
    expect(over.errors![0].message).toMatch(/20個まで/);
    await orderer.gql(REVOKE, { id: created[0].apiToken.id });
    expect((await orderer.gql(CREATE, create({ name: '21個目' }))).errors).toBeUndefined();
  });

  it('lists the usable tokens or the others with filter.active', async () => {
    const orderer = await signedIn(server, 'matsumoto@demo.esurety.jp');
    const kept = await createToken(orderer, '使う');
    const ended = await createToken(orderer, '使わない');
    await orderer.gql(REVOKE, { id: ended.apiToken.id });
    const active = tokens(await orderer.gql(LIST, { filter: { active: true } })).map((t) => t.name);
    const inactive = tokens(await orderer.gql(LIST, { filter: { active: false } })).map((t) => t.name);
    expect(active).toContain(kept.apiToken.name);
    expect(active).not.toContain(ended.apiToken.name);
    expect(inactive).toEqual([ended.apiToken.name]);
  });

  it('lets only its owner revoke it', async () => {
    const { token, apiToken } = await createToken(contractor);
    const other = await signedIn(server, 'contractor2@demo.esurety.jp');
    expect(errorCode(await other.gql(REVOKE, { id: apiToken.id }))).toBe('NOT_FOUND');
    expect(errorCode(await nagano.gql(REVOKE, { id: apiToken.id }))).toBe('NOT_FOUND');
    expect((await bearer(server, token).gql<any>(ME)).data.me.email).toBe('contractor@demo.esurety.jp');
  });

  it('opens the key notice PDF of the contractor’s own electronic guarantee', async () => {
    const g = await issuedGuarantee();
    const { token } = await createToken(contractor);
    const url = `${server.url}/documents/guarantees/${g.id}/key-notice.pdf`;
    const ok = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await ok.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    const otherToken = (await createToken(await signedIn(server, 'contractor2@demo.esurety.jp'))).token;
    const theirs = await fetch(url, { headers: { authorization: `Bearer ${otherToken}` } });
    expect(theirs.status).toBe(404);
    await theirs.arrayBuffer();
    const wrong = await fetch(url, { headers: { authorization: 'Bearer esr_wrong' } });
    expect(wrong.status).toBe(401);
    await wrong.arrayBuffer();

    // Each download is a display of the key, recorded as made through a token.
    const admin = await signedIn(server, 'admin@demo.esurety.jp');
    const trail = await admin.gql<any>(
      `query($id: String!) { auditEvents(filter: { objectId: $id, action: "revealAuthKey" }) { edges { node { actorEmail outcome via detail } } } }`,
      { id: g.id },
    );
    expect(trail.data.auditEvents.edges.map((e: any) => e.node)).toEqual([
      { actorEmail: 'contractor2@demo.esurety.jp', outcome: 'NOT_FOUND', via: 'TOKEN', detail: 'KEY_NOTICE' },
      { actorEmail: 'contractor@demo.esurety.jp', outcome: 'SUCCESS', via: 'TOKEN', detail: 'KEY_NOTICE' },
    ]);
  });

  it('READ_ONLY: reads, and is FORBIDDEN every mutation, changing nothing', async () => {
    const g = await issuedGuarantee();
    const { token, apiToken } = await createToken(contractor, '読み取り専用', inAMonth(), 'READ_ONLY');
    expect(apiToken.scope).toBe('READ_ONLY');
    const client = bearer(server, token);
    expect((await client.gql<any>(GUARANTEE, { id: g.id })).data.guarantee.contractNumber).toBe(g.contractNumber);

    const count = () => server.orm.em.fork().count(GuaranteeApplication, {});
    const before = await count();
    const saved = await client.gql(SAVE, { input: await flyerApplication(server) });
    expect(saved.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN', reason: 'TOKEN_SCOPE' });
    expect(saved.errors?.[0].message).toMatch(/読み取り専用/);
    expect(await count()).toBe(before);
    expect(errorCode(await client.gql(REVOKE, { id: apiToken.id }))).toBe('FORBIDDEN');
    expect((await contractor.gql<any>(LIST)).data.apiTokens.edges.find((e: any) => e.node.id === apiToken.id).node.revokedAt).toBeNull();

    // The same user's READ_WRITE token may.
    const writer = bearer(server, (await createToken(contractor)).token);
    expect((await writer.gql(SAVE, { input: await flyerApplication(server) })).errors).toBeUndefined();
    expect(await count()).toBe(before + 1);
  });

  it('requires a scope and an expiry of at most a year', async () => {
    const noExpiry = await contractor.gql(CREATE, { input: { name: '無期限', scope: 'READ_WRITE' } });
    expect(noExpiry.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expiresAt' });
    const noScope = await contractor.gql(CREATE, { input: { name: '権限なし', expiresAt: inAMonth() } });
    expect(noScope.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.scope' });
    for (const expiresAt of ['9999-12-31T00:00:00.000Z', new Date(Date.now() + 367 * 86_400_000).toISOString()]) {
      const far = await contractor.gql(CREATE, create({ name: '遠い', expiresAt }));
      expect(far.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expiresAt' });
      expect(far.errors?.[0].message).toMatch(/1年後まで/);
    }
    const nearlyAYear = new Date(Date.now() + 364 * 86_400_000).toISOString();
    const { apiToken } = await createToken(contractor, 'ほぼ1年', nearlyAYear);
    expect(new Date(apiToken.expiresAt).toISOString()).toBe(nearlyAYear);
  });
});

describe('API token request budget', () => {
  const LIMIT = 3;
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let one: TestServer;
  let two: TestServer;

  beforeAll(async () => {
    // Two server processes on one database, as in production on PostgreSQL.
    database = await freshDatabase({ shared: true });
    const env = { API_TOKEN_REQUESTS_PER_MINUTE: String(LIMIT) };
    one = await startTestServer({ env, database });
    two = await startTestServer({ env, database, seed: false });
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await database?.drop();
  });

  async function token(server: TestServer) {
    const session = await signedIn(server, 'contractor@demo.esurety.jp');
    const result = await session.gql<any>(CREATE, create({ name: '上限' }));
    return result.data.createApiToken.token as string;
  }

  it('tells its budget in RateLimit headers on every answer and answers 429 RATE_LIMITED over it, across servers', async () => {
    const secret = await token(one);
    const answers = [];
    for (const server of [one, two, one]) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({ query: ME }),
      });
      expect(response.status).toBe(200);
      expect(((await response.json()) as any).data.me.email).toBe('contractor@demo.esurety.jp');
      answers.push(response.headers);
    }
    expect(answers.map((h) => h.get('ratelimit-policy'))).toEqual(Array(3).fill(`"api-token";q=${LIMIT};w=60`));
    const remaining = answers.map((h) => /^"api-token";r=(\d+);t=(\d+)$/.exec(h.get('ratelimit')!)!);
    expect(remaining.map((m) => Number(m[1]))).toEqual([2, 1, 0]);
    for (const m of remaining) expect(Number(m[2])).toBeLessThanOrEqual(60);

    const over = await fetch(`${two.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: ME }),
    });
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(over.headers.get('ratelimit')).toMatch(/^"api-token";r=0;t=\d+$/);
    const body = (await over.json()) as GraphQLResponse;
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(body.errors?.[0].message).toMatch(/リクエスト数の上限/);

    // Another token has a budget of its own; a session has none.
    const other = await fetch(`${one.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await token(two)}` },
      body: JSON.stringify({ query: ME }),
    });
    expect(other.status).toBe(200);
    expect(other.headers.get('ratelimit')).toMatch(new RegExp(`^"api-token";r=${LIMIT - 1};t=(59|60)$`));
    const session = await fetch(`${one.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ME }),
    });
    expect(session.headers.get('ratelimit')).toBeNull();
  });
});
