import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flyerApplication, inAMonth, signedIn } from '../../test/fixtures';
import {
  freshDatabase,
  startTestServer,
  type ApiClient,
  type GraphQLResponse,
  type TestDatabase,
  type TestServer,
} from '../../test/test-server';
import { GuaranteeApplication } from '../applications/guarantee-application.entity';
import { User } from '../identity/user.entity';
import { IdempotencyKey, IdempotencyKeyStatus } from './idempotency-key.entity';
import { purgeExpiredIdempotencyKeys } from './idempotency-keys';

const SAVE = `mutation($input: SaveApplicationInput!) { saveApplication(input: $input) { application { id status } } }`;
const CREATE_TOKEN = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id } } }`;
const ME = `{ me { email } }`;

interface Answer {
  status: number;
  replayed: string | null;
  body: GraphQLResponse<any>;
}

describe('Idempotency-Key', () => {
  let database: TestDatabase;
  let one: TestServer;
  let two: TestServer;
  let contractor: ApiClient;

  beforeAll(async () => {
    // Two server processes on one database: a retry may reach either.
    database = await freshDatabase({ shared: true });
    const env = { SECRET_KEY: randomBytes(32).toString('base64') };
    one = await startTestServer({ database, env });
    two = await startTestServer({ database, env, seed: false });
    contractor = await signedIn(one, 'contractor@demo.esurety.jp');
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await database?.drop();
  });

  /** One request with `headers` (the contractor's cookie unless `authorization` is given). */
  async function send(server: TestServer, key: string | null, query: string, variables: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(headers.authorization ? {} : { cookie: contractor.cookie! }),
        ...(key === null ? {} : { 'idempotency-key': key }),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      replayed: response.headers.get('idempotent-replayed'),
      body: (await response.json()) as GraphQLResponse<any>,
    } as Answer;
  }

  const applications = () => one.orm.em.fork().count(GuaranteeApplication, {});

  it('answers a retried create with the first answer, without a second row, on any server', async () => {
    const input = await flyerApplication(one);
    const key = randomUUID();
    const before = await applications();
    const first = await send(one, key, SAVE, { input });
    expect(first.body.errors).toBeUndefined();
    expect(first.replayed).toBeNull();
    // The response was lost; the client retries, maybe through another server process.
    const again = await send(two, key, SAVE, { input });
    expect(again.status).toBe(200);
    expect(again.replayed).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await applications()).toBe(before + 1);
    // The same request with variables' keys in another order is the same request.
    const reordered = Object.fromEntries(Object.entries(input).reverse());
    expect((await send(one, key, SAVE, { input: reordered })).body).toEqual(first.body);
    // Without a key, each request is its own.
    await send(one, null, SAVE, { input });
    expect(await applications()).toBe(before + 2);
  });

  it('refuses the key with another request: 409 CONFLICT IDEMPOTENCY_KEY_REUSED, nothing done', async () => {
    const input = await flyerApplication(one);
    const key = randomUUID();
    await send(one, key, SAVE, { input });
    const before = await applications();
    const other = await send(one, key, SAVE, { input: { ...input, contactName: '別の 人' } });
    expect(other.status).toBe(409);
    expect(other.body.data ?? null).toBeNull();
    expect(other.body.errors?.[0].extensions).toEqual({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect(other.body.errors?.[0].message).toMatch(/別の内容/);
    expect(await applications()).toBe(before);
  });

  it('keeps keys per user and per API token', async () => {
    const key = randomUUID();
    const contractor2 = await signedIn(one, 'contractor2@demo.esurety.jp');
    const mine = await send(one, key, SAVE, { input: await flyerApplication(one) });
    const theirs = await send(one, key, ME, {}, { cookie: contractor2.cookie! });
    expect(theirs.body.data.me.email).toBe('contractor2@demo.esurety.jp');
    const created = await contractor.gql<any>(CREATE_TOKEN, { input: { name: '冪等', scope: 'READ_WRITE', expiresAt: inAMonth() } });
    const viaToken = await send(
      one,
      key,
      SAVE,
      { input: await flyerApplication(one) },
      { authorization: `Bearer ${created.data.createApiToken.token}` },
    );
    expect(viaToken.replayed).toBeNull();
    expect(viaToken.body.data.saveApplication.application.id).not.toBe(mine.body.data.saveApplication.application.id);
  });

  it('says CONFLICT IDEMPOTENCY_KEY_IN_PROGRESS while the first request runs; concurrent retries do the work once', async () => {
    const user = await one.orm.em.fork().findOneOrFail(User, { email: 'contractor@demo.esurety.jp' });
    const key = randomUUID();
    const input = await flyerApplication(one);
    const { requestHash } = await import('./idempotency-keys');
    const hash = requestHash({ query: SAVE, variables: { input } });
    await one.orm.em.fork().insert(IdempotencyKey, {
      id: randomUUID(),
      scope: `user:${user.id}`,
      key,
      requestHash: hash,
      status: IdempotencyKeyStatus.IN_PROGRESS,
      expiresAt: new Date(Date.now() + 3600_000),
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    const waiting = await send(one, key, SAVE, { input });
    expect(waiting.status).toBe(409);
    expect(waiting.body.errors?.[0].extensions).toEqual({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_IN_PROGRESS' });

    const burstKey = randomUUID();
    const before = await applications();
    const answers = await Promise.all([one, two, one, two, one].map((server) => send(server, burstKey, SAVE, { input })));
    expect(await applications()).toBe(before + 1);
    const ids = new Set(answers.filter((a) => !a.body.errors).map((a) => a.body.data.saveApplication.application.id));
    expect(ids.size).toBe(1);
    for (const answer of answers.filter((a) => a.body.errors)) {
      expect(answer.body.errors?.[0].extensions).toEqual({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_IN_PROGRESS' });
    }
  });

  it('forgets a key after 24 hours: the expired key runs again, and the purge deletes it', async () => {
    const key = randomUUID();
    const input = await flyerApplication(one);
    const first = await send(one, key, SAVE, { input });
    const em = one.orm.em.fork();
    await em.nativeUpdate(IdempotencyKey, { key }, { expiresAt: new Date(Date.now() - 1000) });
    const later = await send(one, key, SAVE, { input });
    expect(later.replayed).toBeNull();
    expect(later.body.data.saveApplication.application.id).not.toBe(first.body.data.saveApplication.application.id);

    await em.nativeUpdate(IdempotencyKey, { key }, { expiresAt: new Date(Date.now() - 1000) });
    expect(await purgeExpiredIdempotencyKeys(em)).toBeGreaterThanOrEqual(1);
    expect(await em.count(IdempotencyKey, { key })).toBe(0);
  });

  it('gives a new API token again to a retry, keeping it sealed in the database', async () => {
    const key = randomUUID();
    const variables = { input: { name: '再送', scope: 'READ_ONLY', expiresAt: inAMonth() } };
    const first = await send(one, key, CREATE_TOKEN, variables);
    const again = await send(two, key, CREATE_TOKEN, variables);
    expect(again.body).toEqual(first.body);
    const token = first.body.data.createApiToken.token as string;
    const rows = await one.orm.em.getConnection().execute(`select * from idempotency_key where key = ?`, [key]);
    expect(rows).toHaveLength(1);
    for (const value of Object.values(rows[0] as Record<string, unknown>)) expect(String(value)).not.toContain(token.slice(4));
  });

  it('refuses a malformed key, and lets queries and signed-out requests ignore it', async () => {
    const bad = await send(one, 'two words', SAVE, { input: await flyerApplication(one) });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'Idempotency-Key',
      reason: 'IDEMPOTENCY_KEY_INVALID',
    });
    const long = await send(one, 'k'.repeat(256), SAVE, { input: await flyerApplication(one) });
    expect(long.status).toBe(400);

    const key = randomUUID();
    expect((await send(one, key, ME, {})).body.data.me.email).toBe('contractor@demo.esurety.jp');
    expect((await send(one, key, ME, {})).replayed).toBeNull();
    expect(await one.orm.em.fork().count(IdempotencyKey, { key })).toBe(0);
  });
});
