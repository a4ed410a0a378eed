import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPassword, issuedGuaranteeWithKey, verifyGuarantee } from '../test/guarantee-flow';
import { signedIn, inAMonth } from '../test/fixtures';
import { ApiClient, startTestServer, type TestServer } from '../test/test-server';
import type { EntityManager } from '../db/orm';
import { UserAccountService } from '../modules/identity/user-accounts.service';
import { OutboxMessage, OutboxStatus } from '../modules/notifications/outbox-message.entity';
import { createLogger } from './logger';

/** A logger whose JSON lines are kept, as an operator's log collector would keep them. */
function capturedLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger({ logLevel: 'trace' }, sink), lines, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, any>) };
}

/** Waits until pino-http has written the line of a response (it writes when the response ends). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('readiness and liveness', () => {
  it('/healthz answers while the process lives; /readyz only while the database answers (503 otherwise)', async () => {
    const server = await startTestServer();
    try {
      expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ ok: true });
      const ready = await fetch(`${server.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ ok: true, database: 'ok' });

      await server.orm.close(true);
      const notReady = await fetch(`${server.url}/readyz`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toEqual({ ok: false, database: 'unavailable' });
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.close().catch(() => {});
    }
  });
});

describe('request ids', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('keeps a well-formed X-Request-Id and echoes it; makes a new one for a missing or malformed one', async () => {
    const given = await fetch(`${server.url}/healthz`, { headers: { 'X-Request-Id': 'lb-7f3a9c2e.42' } });
    expect(given.headers.get('x-request-id')).toBe('lb-7f3a9c2e.42');
    for (const headers of [
      {} as Record<string, string>,
      { 'X-Request-Id': 'two words' },
      { 'X-Request-Id': 'x'.repeat(129) },
      { 'X-Request-Id': '"><script>' },
    ]) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });
});

describe('the log of a whole run', () => {
  const capture = capturedLogger();
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ logger: capture.logger });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('has one JSON line per request with its id, operation, user and outcome, and never a password, key, token or cookie', async () => {
    const secrets: string[] = ['esurety-demo'];
    // Sign in (a password; the session cookie), make an API token, reveal a key, verify with it.
    const contractor = await signedIn(server, 'contractor@demo.esurety.jp');
    secrets.push(contractor.cookie!.split('=')[1]);
    const created = await contractor.gql<any>(
      `mutation { createApiToken(input: { name: "ログ確認", scope: READ_WRITE, expiresAt: "${inAMonth()}" }) { token } }`,
    );
    const apiToken = created.data.createApiToken.token as string;
    secrets.push(apiToken);
    const guarantee = await issuedGuaranteeWithKey(server);
    secrets.push(guarantee.authKey);
    const byToken = new ApiClient(server.url);
    byToken.headers.authorization = `Bearer ${apiToken}`;
    byToken.headers['x-request-id'] = 'integration-run-1';
    expect(
      (await byToken.gql<any>(`query MyGuarantee($id: ID!) { guarantee(id: $id) { id } }`, { id: guarantee.id })).errors,
    ).toBeUndefined();
    expect((await verifyGuarantee(server, guarantee.contractNumber, guarantee.authKey)).errors).toBeUndefined();
    await verifyGuarantee(server, guarantee.contractNumber, 'WRONGKEY2345');
    const pdf = await fetch(`${server.url}/documents/guarantees/${guarantee.id}/key-notice.pdf`, {
      headers: { cookie: contractor.cookie! },
    });
    expect(pdf.status).toBe(200);
    // A one-time link, and the password it sets.
    const admin = await new UserAccountService(server.orm.em.fork() as EntityManager).createAdmin('log-admin@example.jp', 'ログ 管理者');
    secrets.push(admin.token, 'a new and secret password');
    expect((await setPassword(new ApiClient(server.url), admin.token, 'a new and secret password')).errors).toBeUndefined();
    const signedInAdmin = await signedIn(server, 'nagano@demo.esurety.jp');
    secrets.push(signedInAdmin.cookie!.split('=')[1]);
    // Refused bearer tokens and cookies are secrets too.
    const forged = new ApiClient(server.url);
    forged.headers.authorization = 'Bearer esr_forgedTokenThatShouldNeverBeLogged000000000';
    secrets.push('esr_forgedTokenThatShouldNeverBeLogged000000000');
    await forged.gql(`{ me { id } }`);
    await settle();

    const log = capture.lines.join('');
    expect(log.length).toBeGreaterThan(1000);
    for (const secret of secrets) {
      expect({ secret, found: log.includes(secret) || log.toLowerCase().includes(secret.toLowerCase()) }).toEqual({ secret, found: false });
    }
    expect(log).not.toMatch(/cookie|authorization|set-cookie|passwordHash/i);

    const lines = capture.parsed();
    const requests = lines.filter((l) => l.req);
    expect(requests.length).toBeGreaterThan(10);
    for (const line of requests)
      expect(line).toMatchObject({ service: 'esurety', reqId: expect.any(String), res: { statusCode: expect.any(Number) } });
    expect(lines.find((l) => l.reqId === 'integration-run-1')).toMatchObject({
      level: 'info',
      msg: 'POST /graphql 200',
      req: { method: 'POST', path: '/graphql', address: expect.any(String) },
      operationName: 'MyGuarantee',
      operation: 'query guarantee',
      outcome: 'OK',
      userId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      responseTime: expect.any(Number),
    });
    expect(lines.filter((l) => l.operation === 'mutation verifyGuarantee').map((l) => l.outcome)).toEqual(['OK', 'NOT_FOUND']);
    expect(lines.find((l) => l.operation === 'mutation createApiToken')).toMatchObject({ outcome: 'OK', userId: expect.any(String) });
    expect(lines.find((l) => l.req?.path === '/graphql' && l.res.statusCode === 401)).toMatchObject({ outcome: 'UNAUTHENTICATED' });
    expect(lines.find((l) => l.req?.path?.endsWith('/key-notice.pdf'))).toMatchObject({ res: { statusCode: 200 } });
  });
});

describe('Prometheus metrics', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  const scrape = async (headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.url}/metrics`, { headers });
    return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
  };
  /** The value of one series, e.g. value(body, 'esurety_guess_failures_total{policy="verify"}'). */
  const value = (body: string, series: string) => {
    const line = body.split('\n').find((l) => l.startsWith(`${series} `));
    return line === undefined ? undefined : Number(line.slice(series.length + 1));
  };

  it('counts requests and latency per operation, errors by code, and verification failures and locks', async () => {
    const contractor = await signedIn(server, 'contractor@demo.esurety.jp');
    const guarantee = await issuedGuaranteeWithKey(server);
    for (let i = 0; i < 3; i++) await verifyGuarantee(server, guarantee.contractNumber, 'WRONGKEY2345');
    await contractor.gql(`{ guarantee(id: "00000000-0000-4000-8000-000000000000") { id } }`);

    const { status, type, body } = await scrape();
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(value(body, 'esurety_graphql_requests_total{operation="mutation login",outcome="OK"}')).toBeGreaterThanOrEqual(2);
    expect(value(body, 'esurety_graphql_requests_total{operation="mutation verifyGuarantee",outcome="NOT_FOUND"}')).toBe(3);
    expect(value(body, 'esurety_graphql_request_duration_seconds_count{operation="mutation issueGuarantees"}')).toBe(1);
    expect(value(body, 'esurety_graphql_errors_total{code="NOT_FOUND"}')).toBe(4);
    expect(value(body, 'esurety_guess_failures_total{policy="verify"}')).toBe(3);
    expect(body).toContain('# TYPE esurety_guess_locks_total counter');
    expect(body).toContain('esurety_process_cpu_seconds_total');
    // Nothing about a person, an organisation or a guarantee.
    for (const personal of ['contractor@demo.esurety.jp', '〇〇建設', guarantee.contractNumber, guarantee.id, '127.0.0.1']) {
      expect(body).not.toContain(personal);
    }
  });

  it('counts a lock when a number is locked, and the attempts refused while it is', async () => {
    const guarantee = await issuedGuaranteeWithKey(server);
    for (let i = 0; i < 11; i++) await verifyGuarantee(server, guarantee.contractNumber, 'WRONGKEY2345');
    const { body } = await scrape();
    expect(value(body, 'esurety_guess_locks_total{policy="verify"}')).toBe(1);
    expect(value(body, 'esurety_guess_refused_total{policy="verify"}')).toBeGreaterThanOrEqual(1);
  });

  it('reads the outbox and webhook backlog and the oldest pending age from the database at scrape time', async () => {
    const em = server.orm.em.fork();
    await em.nativeDelete(OutboxMessage, {});
    const old = new Date(Date.now() - 600_000);
    em.create(OutboxMessage, { messageId: '<a@esurety.jp>', to: 'a@example.jp', subject: 's', body: 'b', createdAt: old });
    em.create(OutboxMessage, { messageId: '<b@esurety.jp>', to: 'b@example.jp', subject: 's', body: 'b' });
    em.create(OutboxMessage, { messageId: '<c@esurety.jp>', to: 'c@example.jp', subject: 's', body: 'b', status: OutboxStatus.FAILED });
    await em.flush();
    const { body } = await scrape();
    expect(value(body, 'esurety_queue_backlog{queue="outbox",status="PENDING"}')).toBe(2);
    expect(value(body, 'esurety_queue_backlog{queue="outbox",status="FAILED"}')).toBe(1);
    expect(value(body, 'esurety_queue_oldest_pending_age_seconds{queue="outbox"}')).toBeGreaterThanOrEqual(599);
    expect(value(body, 'esurety_queue_backlog{queue="webhook",status="PENDING"}')).toBe(0);
    expect(value(body, 'esurety_queue_oldest_pending_age_seconds{queue="webhook"}')).toBe(0);
  });

  it('without METRICS_TOKEN, answers only local requests that no proxy relayed', async () => {
    expect((await scrape({ 'x-forwarded-for': '203.0.113.9' })).status).toBe(404);
    expect((await scrape({ forwarded: 'for=203.0.113.9' })).status).toBe(404);
  });

  it('with METRICS_TOKEN, wants it as a bearer token', async () => {
    const token = 'metrics-token-0123456789abcdef0123456789';
    const guarded = await startTestServer({ env: { METRICS_TOKEN: token } });
    try {
      const get = (headers: Record<string, string>) => fetch(`${guarded.url}/metrics`, { headers });
      expect((await get({})).status).toBe(401);
      expect((await get({ authorization: 'Bearer wrong-token-0123456789abcdef012345678' })).status).toBe(401);
      expect((await get({ authorization: `Bearer ${token}`, 'x-forwarded-for': '203.0.113.9' })).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});
