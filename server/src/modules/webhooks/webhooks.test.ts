import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKeyring } from '../../common/secrets';
import { flyerApplication, signedIn, submitApplication } from '../../test/fixtures';
import { ApiClient, errorCode, startTestServer, type TestServer } from '../../test/test-server';
import { decryptAuthKey } from '../guarantees/auth-keys';
import { Guarantee } from '../guarantees/guarantee.entity';
import { Branch } from '../organisations/branch.entity';
import { Contractor } from '../organisations/contractor.entity';
import { Orderer } from '../organisations/orderer.entity';
import { MAX_ATTEMPTS, retryDelayMs } from '../notifications/outbox-worker';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookEvent } from './webhook-event';
import { enqueueGuaranteeEvent, WEBHOOK_API_VERSION } from './webhook-events';
import { verifySignature } from './webhook-signature';
import { WebhookWorker } from './webhook-worker';

const REGISTER = `mutation($url: String!, $events: [WebhookEvent!]!) {
  registerWebhookEndpoint(input: { url: $url, events: $events }) { secret webhookEndpoint { id url events createdAt } }
}`;
const DELETE = `mutation($id: ID!) { deleteWebhookEndpoint(input: { webhookEndpointId: $id }) { webhookEndpoint { id } } }`;
const DELETE_WITH_DATE = `mutation($id: ID!) { deleteWebhookEndpoint(input: { webhookEndpointId: $id }) { webhookEndpoint { id active deletedAt } } }`;
const DELIVERY_FIELDS = 'id eventId event status webhookEndpointId redeliveryOf';
const PING = `mutation($id: ID!) { pingWebhookEndpoint(input: { webhookEndpointId: $id }) { webhookDelivery { ${DELIVERY_FIELDS} } } }`;
const REDELIVER = `mutation($id: ID!) { redeliverWebhookDelivery(input: { webhookDeliveryId: $id }) { webhookDelivery { ${DELIVERY_FIELDS} } } }`;
const ROTATE = `mutation($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret webhookEndpoint { id previousSecretExpiresAt } } }`;
const PAUSE = `mutation($id: ID!) { pauseWebhookEndpoint(input: { webhookEndpointId: $id }) { webhookEndpoint { id active pausedAt } } }`;
const RESUME = `mutation($id: ID!) { resumeWebhookEndpoint(input: { webhookEndpointId: $id }) { webhookEndpoint { id active pausedAt } } }`;
const ENDPOINTS = `query($filter: WebhookEndpointFilter) { webhookEndpoints(filter: $filter) { totalCount edges { node { id url events createdAt } } } }`;
const DELIVERIES = `query($id: ID, $first: Int! = 50, $after: String) {
  webhookDeliveries(filter: { webhookEndpointId: $id }, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id eventId event status attempts nextAttemptAt lastStatusCode lastError deliveredAt createdAt webhookEndpointId redeliveryOf } }
  }
}`;
const ISSUE = `mutation($id: ID!) { issueGuarantees(input: { applicationId: $id }) { guarantees { id kind contractNumber version amount issuances { id } } } }`;
const CHANGE = `mutation($input: ChangeGuaranteeInput!) { changeGuarantee(input: $input) { guarantee { id version amount issuances { id } } } }`;
const CORRECT = `mutation($input: CorrectIssuanceInput!) { correctIssuance(input: $input) { guarantee { id version amount issuances { id } } } }`;
const CANCEL_CHANGE = `mutation($id: ID!) { cancelChange(input: { issuanceId: $id }) { guarantee { id version amount } } }`;
const REVOKE = `mutation($id: ID!, $reason: String!) { revokeGuarantee(input: { guaranteeId: $id, reason: $reason }) { guarantee { id version status } } }`;
const VERIFY = `mutation($n: String!, $k: String!) { verifyGuarantee(input: { contractNumber: $n, authKey: $k }) { verification { contractNumber } } }`;

/** The variables of CHANGE and CORRECT: the object, the version read, the new terms. */
const change = ({ id, v, input }: { id: string; v: number; input: Record<string, unknown> }) => ({
  input: { guaranteeId: id, expectedVersion: v, ...input },
});
const correction = ({ id, input }: { id: string; input: Record<string, unknown> }) => ({ input: { issuanceId: id, ...input } });
const ALL_EVENTS = [
  'GUARANTEE_ISSUED',
  'GUARANTEE_CHANGED',
  'GUARANTEE_CORRECTED',
  'GUARANTEE_REVOKED',
  'APPLICATION_SUBMITTED',
  'APPLICATION_RETURNED',
];
const GUARANTEE_EVENTS = ALL_EVENTS.filter((e) => e.startsWith('GUARANTEE_'));

interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  payload: any;
}

/** An integrator's HTTP receiver: records every request; answers `status[path]` (200 unless set). */
async function startReceiver() {
  const received: Received[] = [];
  const status: Record<string, number> = {};
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ path: req.url!, headers: req.headers, body, payload: JSON.parse(body) });
      res.statusCode = status[req.url!] ?? 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    received,
    status,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    at: (path: string) => received.filter((r) => r.path === path),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** What a receiver learns of a guarantee or an application from the events about it. */
const about = (id: string) => (r: Received) => r.payload.data.guarantee?.id === id || r.payload.data.application?.id === id;

describe('Webhooks', () => {
  let server: TestServer;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let worker: WebhookWorker;
  let contractor: ApiClient;
  let nagano: ApiClient;
  let contractor2: ApiClient;
  let matsumoto: ApiClient;
  /** Each organisation's endpoint: its id and its signing secret. */
  const endpoints = {} as Record<'contractor' | 'nagano' | 'contractor2' | 'matsumoto', { id: string; secret: string }>;
  /** The organisations' ids, which payloads carry. */
  const organisations = {} as Record<'contractor' | 'nagano' | 'matsumoto', string>;

  async function register(client: ApiClient, path: string, events = ALL_EVENTS) {
    const result = await client.gql<any>(REGISTER, { url: receiver.url(path), events });
    expect(result.errors).toBeUndefined();
    return {
      id: result.data.registerWebhookEndpoint.webhookEndpoint.id as string,
      secret: result.data.registerWebhookEndpoint.secret as string,
    };
  }

  async function deliveries(client: ApiClient, endpointId: string) {
    const result = await client.gql<any>(DELIVERIES, { id: endpointId });
    expect(result.errors).toBeUndefined();
    return result.data.webhookDeliveries.edges.map((e: any) => e.node) as any[];
  }

  /** The contractor's application, sent and issued by 長野: the electronic 前払金保証 and its application. */
  async function issued() {
    const applicationId = await submitApplication(contractor, await flyerApplication(server));
    const result = await nagano.gql<any>(ISSUE, { id: applicationId });
    expect(result.errors).toBeUndefined();
    return {
      applicationId,
      guarantees: result.data.issueGuarantees.guarantees as any[],
      advance: result.data.issueGuarantees.guarantees.find((g: any) => g.kind === 'ADVANCE_PAYMENT'),
    };
  }

  async function authKeyOf(guaranteeId: string) {
    const stored = await server.orm.em.fork().findOneOrFail(Guarantee, guaranteeId, { populate: ['authKeyCiphertext'] });
    return decryptAuthKey(loadKeyring(server.config), stored.contractNumber, stored.authKeyCiphertext!);
  }

  beforeAll(async () => {
    server = await startTestServer();
    receiver = await startReceiver();
    worker = new WebhookWorker(server.orm, loadKeyring(server.config));
    contractor = await signedIn(server, 'contractor@demo.esurety.jp');
    nagano = await signedIn(server, 'nagano@demo.esurety.jp');
    contractor2 = await signedIn(server, 'contractor2@demo.esurety.jp');
    matsumoto = await signedIn(server, 'matsumoto@demo.esurety.jp');
    endpoints.contractor = await register(contractor, '/contractor');
    endpoints.nagano = await register(nagano, '/nagano');
    endpoints.contractor2 = await register(contractor2, '/contractor2');
    endpoints.matsumoto = await register(matsumoto, '/matsumoto', GUARANTEE_EVENTS);
    const em = server.orm.em.fork();
    organisations.contractor = (await em.findOneOrFail(Contractor, { name: '〇〇建設株式会社' })).id;
    organisations.nagano = (await em.findOneOrFail(Branch, { name: '長野支店' })).id;
    organisations.matsumoto = (await em.findOneOrFail(Orderer, { name: '松本市' })).id;
  });
  afterAll(async () => {
    await worker?.stop();
    await receiver?.close();
    await server?.close();
  });

  it('tells the contractor and the branch of a sent application and its guarantees, signed; nobody else', async () => {
    const { applicationId, guarantees } = await issued();
    expect(await worker.drain()).toBeGreaterThanOrEqual(6);

    for (const [path, secret] of [
      ['/contractor', endpoints.contractor.secret],
      ['/nagano', endpoints.nagano.secret],
    ]) {
      const mine = receiver.at(path).filter((r) => about(applicationId)(r) || guarantees.some((g) => about(g.id)(r)));
      expect(mine.map((r) => r.payload.event)).toEqual(['APPLICATION_SUBMITTED', 'GUARANTEE_ISSUED', 'GUARANTEE_ISSUED']);
      for (const r of mine) {
        expect(r.headers['content-type']).toBe('application/json');
        expect(verifySignature(secret, r.body, r.headers['x-esurety-signature'] as string)).toBe(true);
        expect(verifySignature(endpoints.contractor2.secret, r.body, r.headers['x-esurety-signature'] as string)).toBe(false);
        expect(verifySignature(secret, r.body.replace('"status"', '"Status"'), r.headers['x-esurety-signature'] as string)).toBe(false);
        expect(r.headers['x-esurety-event-id']).toBe(r.payload.id);
        expect(r.headers['x-esurety-delivery']).toMatch(/^[0-9a-f-]{36}$/);
        expect(r.headers['x-esurety-event']).toBe(r.payload.event);
        expect(r.payload.apiVersion).toBe(WEBHOOK_API_VERSION);
        expect(Math.abs(new Date(r.payload.occurredAt).getTime() - Date.now())).toBeLessThan(60_000);
      }
      expect(mine[0].payload.data.application).toEqual({
        id: applicationId,
        status: 'SUBMITTED',
        contractorId: organisations.contractor,
        contractorName: '〇〇建設株式会社',
        ordererId: organisations.matsumoto,
        ordererName: '松本市',
        branchId: organisations.nagano,
        branchName: '長野支店',
      });
      const issuedNumbers = mine
        .slice(1)
        .map((r) => r.payload.data.guarantee.contractNumber)
        .sort();
      expect(issuedNumbers).toEqual(guarantees.map((g) => g.contractNumber).sort());
      const advance = mine.find((r) => r.payload.data.guarantee?.kind === 'ADVANCE_PAYMENT')!;
      expect(advance.payload.data.guarantee).toMatchObject({
        id: guarantees.find((g) => g.kind === 'ADVANCE_PAYMENT').id,
        certificateFormat: 'ELECTRONIC',
        status: 'ACTIVE',
        amount: 20_000_000,
        workName: '●●●●工事',
        applicationId,
        contractorId: organisations.contractor,
        contractorName: '〇〇建設株式会社',
        ordererId: organisations.matsumoto,
        ordererName: '松本市',
        branchId: organisations.nagano,
        branchName: '長野支店',
        version: 1,
      });
    }
    // A delivery id is unique: each receiver gets its own; the event id is the event's, the same
    // at the contractor's endpoint and at the branch's.
    const deliveryIds = receiver.received.map((r) => r.headers['x-esurety-delivery']);
    expect(new Set(deliveryIds).size).toBe(deliveryIds.length);
    const eventIds = (path: string) =>
      receiver
        .at(path)
        .filter((r) => about(applicationId)(r) || guarantees.some((g) => about(g.id)(r)))
        .map((r) => r.payload.id);
    expect(eventIds('/contractor')).toEqual(eventIds('/nagano'));
    expect(new Set(eventIds('/contractor')).size).toBe(3);
    // No key in any body, no other contractor and no orderer (not verified) told.
    for (const g of guarantees.filter((x) => x.issuances.length)) {
      const key = await authKeyOf(g.id);
      for (const r of receiver.received) expect(r.body).not.toContain(key);
    }
    expect(receiver.at('/contractor2')).toEqual([]);
    expect(receiver.at('/matsumoto').filter((r) => guarantees.some((g) => about(g.id)(r)))).toEqual([]);

    const listed = await deliveries(contractor, endpoints.contractor.id);
    expect(listed.slice(0, 3).map((d) => [d.event, d.status, d.attempts, d.lastStatusCode, d.lastError])).toEqual([
      ['GUARANTEE_ISSUED', 'DELIVERED', 1, 200, null],
      ['GUARANTEE_ISSUED', 'DELIVERED', 1, 200, null],
      ['APPLICATION_SUBMITTED', 'DELIVERED', 1, 200, null],
    ]);
    expect(listed[0].deliveredAt).not.toBeNull();
    expect(await worker.drain()).toBe(0);
  });

  it('tells of a change, a correction, a cancelled change and a cancellation, with the terms and version after it', async () => {
    const { advance: g } = await issued();
    await worker.drain();
    const changed = (await nagano.gql<any>(CHANGE, change({ id: g.id, v: g.version, input: { amount: 25_000_000 } }))).data.changeGuarantee
      .guarantee;
    const corrected = (await nagano.gql<any>(CORRECT, correction({ id: changed.issuances.at(-1).id, input: { amount: 24_000_000 } }))).data
      .correctIssuance.guarantee;
    const again = (await nagano.gql<any>(CHANGE, change({ id: g.id, v: corrected.version, input: { amount: 26_000_000 } }))).data
      .changeGuarantee.guarantee;
    const back = (await nagano.gql<any>(CANCEL_CHANGE, { id: again.issuances.at(-1).id })).data.cancelChange.guarantee;
    const revoked = (await nagano.gql<any>(REVOKE, { id: g.id, reason: '契約解除のため' })).data.revokeGuarantee.guarantee;
    await worker.drain();

    for (const path of ['/contractor', '/nagano']) {
      const told = receiver
        .at(path)
        .filter(about(g.id))
        .map((r) => r.payload);
      expect(told.map((p) => [p.event, p.data.guarantee.amount, p.data.guarantee.status, p.data.guarantee.version])).toEqual([
        ['GUARANTEE_ISSUED', 20_000_000, 'ACTIVE', g.version],
        ['GUARANTEE_CHANGED', 25_000_000, 'ACTIVE', changed.version],
        ['GUARANTEE_CORRECTED', 24_000_000, 'ACTIVE', corrected.version],
        ['GUARANTEE_CHANGED', 26_000_000, 'ACTIVE', again.version],
        ['GUARANTEE_CHANGED', 24_000_000, 'ACTIVE', back.version],
        ['GUARANTEE_REVOKED', 24_000_000, 'REVOKED', revoked.version],
      ]);
    }
    expect(receiver.at('/contractor2')).toEqual([]);
  });

  it('tells the contractor and the branch when the branch returns an application', async () => {
    const applicationId = await submitApplication(contractor, await flyerApplication(server));
    const returned = await nagano.gql(
      `mutation($id: ID!) { returnApplication(input: { applicationId: $id, message: "金額をご確認ください。" }) { application { id } } }`,
      {
        id: applicationId,
      },
    );
    expect(returned.errors).toBeUndefined();
    await worker.drain();
    for (const path of ['/contractor', '/nagano']) {
      const told = receiver
        .at(path)
        .filter(about(applicationId))
        .map((r) => r.payload);
      expect(told.map((p) => [p.event, p.data.application.status])).toEqual([
        ['APPLICATION_SUBMITTED', 'SUBMITTED'],
        ['APPLICATION_RETURNED', 'RETURNED'],
      ]);
    }
    expect(receiver.at('/contractor2')).toEqual([]);
  });

  it('tells the orderer only once it has verified the guarantee with the key', async () => {
    const odawara = await signedIn(server, 'odawara@demo.esurety.jp');
    const other = await register(odawara, '/odawara', GUARANTEE_EVENTS);
    const { advance: g } = await issued();
    const first = (await nagano.gql<any>(CHANGE, change({ id: g.id, v: g.version, input: { amount: 21_000_000 } }))).data.changeGuarantee
      .guarantee;
    await worker.drain();
    expect(receiver.at('/matsumoto').filter(about(g.id))).toEqual([]);

    const verified = await matsumoto.gql(VERIFY, { n: g.contractNumber, k: await authKeyOf(g.id) });
    expect(verified.errors).toBeUndefined();
    await nagano.gql(CHANGE, change({ id: g.id, v: first.version, input: { amount: 22_000_000 } }));
    await nagano.gql(REVOKE, { id: g.id, reason: '工事中止のため' });
    await worker.drain();
    const told = receiver.at('/matsumoto').filter(about(g.id));
    expect(told.map((r) => [r.payload.event, r.payload.data.guarantee.amount])).toEqual([
      ['GUARANTEE_CHANGED', 22_000_000],
      ['GUARANTEE_REVOKED', 22_000_000],
    ]);
    for (const r of told)
      expect(verifySignature(endpoints.matsumoto.secret, r.body, r.headers['x-esurety-signature'] as string)).toBe(true);
    // Another orderer hears nothing, and the orderer no application events.
    expect(receiver.at('/odawara')).toEqual([]);
    expect(receiver.at('/matsumoto').some((r) => r.payload.event.startsWith('APPLICATION_'))).toBe(false);
    await odawara.gql(DELETE, { id: other.id });
  });

  it('retries a delivery the receiver refused, later, with the same delivery id', async () => {
    const flaky = await register(contractor, '/flaky', ['APPLICATION_SUBMITTED']);
    receiver.status['/flaky'] = 500;
    const applicationId = await submitApplication(contractor, await flyerApplication(server));
    const firstTry = new Date();
    await worker.drain(firstTry);
    expect(receiver.at('/flaky')).toHaveLength(1);

    const [pending] = await deliveries(contractor, flaky.id);
    expect(pending).toMatchObject({
      event: 'APPLICATION_SUBMITTED',
      status: 'PENDING',
      attempts: 1,
      lastStatusCode: 500,
      lastError: 'HTTP 500',
      deliveredAt: null,
    });
    expect(new Date(pending.nextAttemptAt).getTime()).toBe(firstTry.getTime() + retryDelayMs(1));
    expect(await worker.drain()).toBe(0); // not due yet
    expect(receiver.at('/flaky')).toHaveLength(1);

    receiver.status['/flaky'] = 202;
    expect(await worker.drain(new Date(new Date(pending.nextAttemptAt).getTime() + 1))).toBe(1);
    const tries = receiver.at('/flaky');
    expect(tries).toHaveLength(2);
    expect(tries[1].headers['x-esurety-delivery']).toBe(tries[0].headers['x-esurety-delivery']);
    expect(tries[1].body).toBe(tries[0].body);
    expect(tries[1].payload.data.application.id).toBe(applicationId);
    const [delivered] = await deliveries(contractor, flaky.id);
    expect(delivered).toMatchObject({ id: pending.id, status: 'DELIVERED', attempts: 2, lastStatusCode: 202, lastError: null });
    expect(await worker.drain(new Date(Date.now() + 86_400_000))).toBe(0);
    await contractor.gql(DELETE, { id: flaky.id });
  });

  it('in production, does not send to a destination that now resolves to an internal address', async () => {
    const local = await register(contractor, '/local', ['APPLICATION_SUBMITTED']);
    const productionWorker = new WebhookWorker(server.orm, loadKeyring(server.config), { refuseInternal: true });
    await submitApplication(contractor, await flyerApplication(server));
    const now = new Date();
    expect(await productionWorker.drain(now)).toBe(0);
    expect(receiver.at('/local')).toHaveLength(0);
    const [refused] = await deliveries(contractor, local.id);
    expect(refused).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      lastStatusCode: null,
      lastError: expect.stringContaining('内部のアドレス'),
    });
    await contractor.gql(DELETE, { id: local.id });
  });

  it('in production, connects only to the address it checked: a name rebound to an internal address is refused', async () => {
    const result = await contractor.gql<any>(REGISTER, { url: 'https://erp.example.test/rebind', events: ['APPLICATION_SUBMITTED'] });
    const endpoint = result.data.registerWebhookEndpoint.webhookEndpoint;
    const rebound = new WebhookWorker(server.orm, loadKeyring(server.config), {
      refuseInternal: true,
      resolve: async () => [{ address: '169.254.169.254', family: 4 }],
    });
    await submitApplication(contractor, await flyerApplication(server));
    expect(await rebound.drain()).toBe(0);
    const [refused] = await deliveries(contractor, endpoint.id);
    expect(refused).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      lastStatusCode: null,
      lastError: expect.stringContaining('内部のアドレス'),
    });
    await rebound.stop();
    await contractor.gql(DELETE, { id: endpoint.id });
  });

  it(`gives up after ${MAX_ATTEMPTS} failed attempts, whether refused or unreachable`, async () => {
    const down = await register(contractor, '/down', ['APPLICATION_SUBMITTED']);
    receiver.status['/down'] = 503;
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const unreachable = (
      await contractor.gql<any>(REGISTER, { url: `http://127.0.0.1:${closedPort}/gone`, events: ['APPLICATION_SUBMITTED'] })
    ).data.registerWebhookEndpoint.webhookEndpoint.id as string;

    await submitApplication(contractor, await flyerApplication(server));
    let now = Date.now();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await worker.drain(new Date(now));
      const [d] = await deliveries(contractor, down.id);
      expect(d).toMatchObject({ attempts: attempt, status: attempt < MAX_ATTEMPTS ? 'PENDING' : 'FAILED', lastStatusCode: 503 });
      now = new Date(d.nextAttemptAt).getTime() + 1;
    }
    await worker.drain(new Date(now + 86_400_000));
    expect(receiver.at('/down')).toHaveLength(MAX_ATTEMPTS);
    const [failed] = await deliveries(contractor, down.id);
    expect(failed).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS, lastError: 'HTTP 503', deliveredAt: null });
    const [gone] = await deliveries(contractor, unreachable);
    expect(gone).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS, lastStatusCode: null, deliveredAt: null });
    expect(gone.lastError).toBeTruthy();
    await contractor.gql(DELETE, { id: down.id });
    await contractor.gql(DELETE, { id: unreachable });
  });

  it('queues nothing for a change that did not happen', async () => {
    const { advance: g } = await issued();
    await worker.drain();
    const countFor = async () =>
      (await server.orm.em.fork().find(WebhookDelivery, {})).filter((d) => (d.payload.data as any).guarantee?.id === g.id).length;
    const before = await countFor();

    expect(errorCode(await nagano.gql(CHANGE, change({ id: g.id, v: g.version + 1, input: { amount: 3_000_000 } })))).toBe('CONFLICT');
    expect(errorCode(await nagano.gql(CHANGE, change({ id: g.id, v: g.version, input: { amount: 999_000_000 } })))).toBe('BAD_USER_INPUT');
    expect(await countFor()).toBe(before);

    // Two changes at once: one wins, and only its event is queued.
    const other = await signedIn(server, 'nagano@demo.esurety.jp');
    const results = await Promise.all([
      nagano.gql(CHANGE, change({ id: g.id, v: g.version, input: { amount: 3_000_000 } })),
      other.gql(CHANGE, change({ id: g.id, v: g.version, input: { amount: 2_000_000 } })),
    ]);
    expect(results.map(errorCode).sort()).toEqual(['CONFLICT', undefined]);
    await worker.drain();
    const changes = receiver
      .at('/contractor')
      .filter(about(g.id))
      .filter((r) => r.payload.event === 'GUARANTEE_CHANGED');
    expect(changes).toHaveLength(1);
    const winner = (results.find((r) => !r.errors)!.data as any).changeGuarantee.guarantee;
    expect(changes[0].payload.data.guarantee.amount).toBe(winner.amount);

    // An event queued in a transaction that then fails is gone with it.
    const em = server.orm.em.fork();
    await expect(
      em.transactional(async (tx) => {
        const guarantee = await tx.findOneOrFail(Guarantee, g.id, { populate: ['contractor', 'branch', 'orderer'] });
        await enqueueGuaranteeEvent(tx, WebhookEvent.GUARANTEE_CHANGED, guarantee);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await countFor()).toBe(before + 2);
  });

  it('shows an endpoint and its deliveries only to its organisation', async () => {
    const listed = (await contractor.gql<any>(ENDPOINTS)).data.webhookEndpoints.edges.map((e: any) => e.node);
    expect(listed).toEqual([
      expect.objectContaining({ id: endpoints.contractor.id, url: receiver.url('/contractor'), events: ALL_EVENTS }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(endpoints.contractor.secret);
    expect((await contractor2.gql<any>(ENDPOINTS)).data.webhookEndpoints.edges.map((e: any) => e.node.id)).toEqual([
      endpoints.contractor2.id,
    ]);

    for (const stranger of [contractor2, nagano, matsumoto]) {
      expect(errorCode(await stranger.gql(DELIVERIES, { id: endpoints.contractor.id }))).toBe('NOT_FOUND');
      expect(errorCode(await stranger.gql(DELETE, { id: endpoints.contractor.id }))).toBe('NOT_FOUND');
    }
    const admin = await signedIn(server, 'admin@demo.esurety.jp');
    expect(errorCode(await admin.gql(ENDPOINTS))).toBe('FORBIDDEN');
    expect(errorCode(await new ApiClient(server.url).gql(ENDPOINTS))).toBe('UNAUTHENTICATED');
    expect((await deliveries(contractor, endpoints.contractor.id)).length).toBeGreaterThan(0);
  });

  it('filters endpoints by event, and deliveries by endpoint, status and event across the organisation', async () => {
    const byEvent = async (event: string) =>
      (await contractor.gql<any>(ENDPOINTS, { filter: { event } })).data.webhookEndpoints.edges.map((e: any) => e.node.id);
    const narrow = await register(contractor, '/narrow', ['APPLICATION_RETURNED']);
    expect(await byEvent('APPLICATION_RETURNED')).toEqual(expect.arrayContaining([narrow.id, endpoints.contractor.id]));
    expect(await byEvent('GUARANTEE_ISSUED')).not.toContain(narrow.id);
    await contractor.gql(DELETE, { id: narrow.id });

    const FILTERED = `query($filter: WebhookDeliveryFilter) { webhookDeliveries(filter: $filter, first: 100) { totalCount edges { node { event status } } } }`;
    const everything = (await contractor.gql<any>(FILTERED, {})).data.webhookDeliveries;
    const one = (await contractor.gql<any>(FILTERED, { filter: { webhookEndpointId: endpoints.contractor.id } })).data.webhookDeliveries;
    expect(everything.totalCount).toBeGreaterThanOrEqual(one.totalCount);
    const issuedOnes = (await contractor.gql<any>(FILTERED, { filter: { event: 'GUARANTEE_ISSUED', status: 'DELIVERED' } })).data
      .webhookDeliveries;
    expect(issuedOnes.totalCount).toBeGreaterThan(0);
    expect(issuedOnes.edges.every((e: any) => e.node.event === 'GUARANTEE_ISSUED' && e.node.status === 'DELIVERED')).toBe(true);
    // Another organisation's deliveries are not in its list.
    const theirs = (await contractor2.gql<any>(FILTERED, {})).data.webhookDeliveries;
    const mine = new Set(
      (await contractor.gql<any>(`{ webhookDeliveries(first: 100) { edges { node { id } } } }`)).data.webhookDeliveries.edges.map(
        (e: any) => e.node.id,
      ),
    );
    expect(theirs.edges.some((e: any) => mine.has(e.node.id))).toBe(false);
  });

  it('pages through deliveries newest first', async () => {
    const all = (await deliveries(nagano, endpoints.nagano.id)).map((d) => d.id);
    expect(all.length).toBeGreaterThan(4);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const result: any = await nagano.gql<any>(DELIVERIES, { id: endpoints.nagano.id, first: 3, after });
      seen.push(...result.data.webhookDeliveries.edges.map((e: any) => e.node.id));
      after = result.data.webhookDeliveries.pageInfo.hasNextPage ? result.data.webhookDeliveries.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all);
  });

  it('keeps the secret encrypted, out of the audit trail, and shown once', async () => {
    const [row] = await server.orm.em.getConnection().execute(`select * from webhook_endpoint where id = ?`, [endpoints.nagano.id]);
    expect(JSON.stringify(row)).not.toContain(endpoints.nagano.secret);
    expect(JSON.stringify(row)).not.toContain(endpoints.nagano.secret.slice(6));
    const audit = JSON.stringify(await server.orm.em.getConnection().execute(`select * from audit_event`));
    for (const { secret } of Object.values(endpoints)) expect(audit).not.toContain(secret.slice(6));
    expect(endpoints.nagano.secret).toMatch(/^whsec_[A-Za-z0-9_-]{40,}$/);
    expect(endpoints.nagano.secret).not.toBe(endpoints.contractor.secret);
  });

  it('stops sending to a deleted endpoint and keeps its delivery history for audit', async () => {
    const temporary = await register(contractor2, '/temporary', ['APPLICATION_SUBMITTED']);
    const deleted = await contractor2.gql<any>(DELETE_WITH_DATE, { id: temporary.id });
    expect(deleted.data.deleteWebhookEndpoint.webhookEndpoint).toMatchObject({ id: temporary.id, active: false });
    expect(deleted.data.deleteWebhookEndpoint.webhookEndpoint.deletedAt).not.toBeNull();
    expect((await contractor2.gql<any>(ENDPOINTS)).data.webhookEndpoints.edges.map((e: any) => e.node.id)).toEqual([
      endpoints.contractor2.id,
    ]);
    // Deleting it again, or acting on it, is NOT_FOUND.
    expect(errorCode(await contractor2.gql(DELETE, { id: temporary.id }))).toBe('NOT_FOUND');
    expect(errorCode(await contractor2.gql(PING, { id: temporary.id }))).toBe('NOT_FOUND');

    // The contractor's endpoint, delivered to once, then deleted with a delivery still queued:
    // nothing more is sent, and both deliveries stay readable.
    const extra = await register(contractor, '/extra', ['APPLICATION_SUBMITTED']);
    await submitApplication(contractor, await flyerApplication(server));
    await worker.drain();
    expect(receiver.at('/extra')).toHaveLength(1);
    await submitApplication(contractor, await flyerApplication(server));
    await contractor.gql(DELETE, { id: extra.id });
    await worker.drain();
    expect(receiver.at('/extra')).toHaveLength(1);
    const history = await deliveries(contractor, extra.id);
    expect(history.map((d) => d.status)).toEqual(['FAILED', 'DELIVERED']);
    expect(history[0].lastError).toMatch(/削除/);
    expect(history.every((d) => d.webhookEndpointId === extra.id)).toBe(true);
    // Another organisation still can't read them.
    expect(errorCode(await contractor2.gql(DELIVERIES, { id: extra.id }))).toBe('NOT_FOUND');
    // Its registration no longer counts towards the limit of 10.
    expect(await server.orm.em.fork().count(WebhookEndpoint, { id: extra.id })).toBe(1);
  });

  it('sends a PING on request, to that endpoint only, signed', async () => {
    const pinged = await contractor.gql<any>(PING, { id: endpoints.contractor.id });
    expect(pinged.errors).toBeUndefined();
    const delivery = pinged.data.pingWebhookEndpoint.webhookDelivery;
    expect(delivery).toMatchObject({ event: 'PING', status: 'PENDING', webhookEndpointId: endpoints.contractor.id });
    const before = receiver.received.length;
    await worker.drain();
    const pings = receiver.received.slice(before).filter((r) => r.payload.event === 'PING');
    expect(pings).toHaveLength(1);
    expect(pings[0].path).toBe('/contractor');
    expect(pings[0].payload).toMatchObject({
      id: delivery.eventId,
      event: 'PING',
      apiVersion: WEBHOOK_API_VERSION,
      data: { webhookEndpoint: { id: endpoints.contractor.id } },
    });
    expect(verifySignature(endpoints.contractor.secret, pings[0].body, pings[0].headers['x-esurety-signature'] as string)).toBe(true);
    expect((await deliveries(contractor, endpoints.contractor.id))[0]).toMatchObject({ id: delivery.id, status: 'DELIVERED' });
    // Not another organisation's endpoint; PING can't be subscribed to.
    expect(errorCode(await contractor2.gql(PING, { id: endpoints.contractor.id }))).toBe('NOT_FOUND');
    const subscribed = await contractor.gql(REGISTER, { url: receiver.url('/ping'), events: ['PING'] });
    expect(subscribed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.events' });
  });

  it('redelivers a past delivery with the same event id and payload, as a new delivery', async () => {
    receiver.status['/contractor'] = 500;
    const { applicationId } = await issued();
    await worker.drain();
    receiver.status['/contractor'] = 200;
    const failed = (await deliveries(contractor, endpoints.contractor.id)).find((d) => d.event === 'APPLICATION_SUBMITTED')!;
    expect(failed.lastStatusCode).toBe(500);
    // Still being retried: not yet.
    expect(errorCode(await contractor.gql(REDELIVER, { id: failed.id }))).toBe('CONFLICT');
    await server.orm.em.fork().nativeUpdate(WebhookDelivery, { id: failed.id }, { status: WebhookDeliveryStatus.FAILED });

    const before = receiver.received.length;
    const redelivered = await contractor.gql<any>(REDELIVER, { id: failed.id });
    expect(redelivered.errors).toBeUndefined();
    const copy = redelivered.data.redeliverWebhookDelivery.webhookDelivery;
    expect(copy).toMatchObject({ event: 'APPLICATION_SUBMITTED', status: 'PENDING', eventId: failed.eventId, redeliveryOf: failed.id });
    expect(copy.id).not.toBe(failed.id);
    await worker.drain();
    const got = receiver.received.slice(before).filter((r) => r.path === '/contractor' && r.payload.id === failed.eventId);
    expect(got).toHaveLength(1);
    expect(got[0].headers['x-esurety-delivery']).toBe(copy.id);
    expect(got[0].payload.data.application.id).toBe(applicationId);
    // Another organisation's delivery is NOT_FOUND; a delivered one may be sent again.
    expect(errorCode(await contractor2.gql(REDELIVER, { id: copy.id }))).toBe('NOT_FOUND');
    expect((await contractor.gql(REDELIVER, { id: copy.id })).errors).toBeUndefined();
    await worker.drain();
  });

  it('rotates the secret: during the overlap every delivery carries both signatures, then only the new one', async () => {
    const endpoint = await register(contractor2, '/rotating', ['APPLICATION_SUBMITTED']);
    const rotated = await contractor2.gql<any>(ROTATE, { input: { webhookEndpointId: endpoint.id, overlapHours: 2 } });
    expect(rotated.errors).toBeUndefined();
    const { secret, webhookEndpoint } = rotated.data.rotateWebhookSecret;
    expect(secret).toMatch(/^whsec_/);
    expect(secret).not.toBe(endpoint.secret);
    expect(new Date(webhookEndpoint.previousSecretExpiresAt).getTime() - Date.now()).toBeGreaterThan(2 * 3600_000 - 60_000);

    const ping = async () => {
      await contractor2.gql(PING, { id: endpoint.id });
      await worker.drain();
      return receiver.at('/rotating').at(-1)!;
    };
    const during = await ping();
    const header = during.headers['x-esurety-signature'] as string;
    expect(header.match(/v1=/g)).toHaveLength(2);
    expect(verifySignature(secret, during.body, header)).toBe(true);
    expect(verifySignature(endpoint.secret, during.body, header)).toBe(true);
    expect(verifySignature(endpoints.contractor.secret, during.body, header)).toBe(false);

    // Once the overlap is over, only the new secret signs.
    await server.orm.em.fork().nativeUpdate(WebhookEndpoint, { id: endpoint.id }, { previousSecretExpiresAt: new Date(Date.now() - 1000) });
    const after = await ping();
    expect((after.headers['x-esurety-signature'] as string).match(/v1=/g)).toHaveLength(1);
    expect(verifySignature(secret, after.body, after.headers['x-esurety-signature'] as string)).toBe(true);
    expect(verifySignature(endpoint.secret, after.body, after.headers['x-esurety-signature'] as string)).toBe(false);

    // Without an overlap the old secret stops at once; the overlap is 0–168 hours.
    const again = await contractor2.gql<any>(ROTATE, { input: { webhookEndpointId: endpoint.id, overlapHours: 0 } });
    expect(again.data.rotateWebhookSecret.webhookEndpoint.previousSecretExpiresAt).toBeNull();
    const last = await ping();
    expect(verifySignature(again.data.rotateWebhookSecret.secret, last.body, last.headers['x-esurety-signature'] as string)).toBe(true);
    expect(verifySignature(secret, last.body, last.headers['x-esurety-signature'] as string)).toBe(false);
    const tooLong = await contractor2.gql(ROTATE, { input: { webhookEndpointId: endpoint.id, overlapHours: 169 } });
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.overlapHours' });
    expect(errorCode(await contractor.gql(ROTATE, { input: { webhookEndpointId: endpoint.id } }))).toBe('NOT_FOUND');
    await contractor2.gql(DELETE, { id: endpoint.id });
  });

  it('pauses an endpoint: nothing is sent or queued for it until resumed, then what waited goes out', async () => {
    const endpoint = await register(contractor, '/paused', ['APPLICATION_SUBMITTED']);
    const paused = await contractor.gql<any>(PAUSE, { id: endpoint.id });
    expect(paused.data.pauseWebhookEndpoint.webhookEndpoint).toMatchObject({ active: false });
    expect(paused.data.pauseWebhookEndpoint.webhookEndpoint.pausedAt).not.toBeNull();
    expect(errorCode(await contractor.gql(PING, { id: endpoint.id }))).toBe('CONFLICT');

    // An event while paused is not queued for it.
    await submitApplication(contractor, await flyerApplication(server));
    await worker.drain();
    expect(receiver.at('/paused')).toEqual([]);
    expect(await deliveries(contractor, endpoint.id)).toEqual([]);

    // A delivery queued before the pause waits for the resume.
    await contractor.gql(RESUME, { id: endpoint.id });
    await submitApplication(contractor, await flyerApplication(server));
    await contractor.gql(PAUSE, { id: endpoint.id });
    await worker.drain();
    expect(receiver.at('/paused')).toEqual([]);
    const resumed = await contractor.gql<any>(RESUME, { id: endpoint.id });
    expect(resumed.data.resumeWebhookEndpoint.webhookEndpoint).toMatchObject({ active: true, pausedAt: null });
    await worker.drain();
    expect(receiver.at('/paused').map((r) => r.payload.event)).toEqual(['APPLICATION_SUBMITTED']);
    expect(errorCode(await contractor2.gql(PAUSE, { id: endpoint.id }))).toBe('NOT_FOUND');
    await contractor.gql(DELETE, { id: endpoint.id });
  });

  it('accepts only https URLs and at least one event, naming the field', async () => {
    for (const url of [
      'http://example.com/hook',
      'ftp://example.com/hook',
      'not a url',
      'https://user:secret@example.com/hook',
      `https://example.com/${'a'.repeat(500)}`,
      'http://192.168.1.10/hook',
    ]) {
      const result = await contractor2.gql(REGISTER, { url, events: ['GUARANTEE_ISSUED'] });
      expect(result.errors?.[0].extensions, url).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    }
    const none = await contractor2.gql(REGISTER, { url: 'https://example.com/hook', events: [] });
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.events' });
    const admin = await signedIn(server, 'admin@demo.esurety.jp');
    expect(errorCode(await admin.gql(REGISTER, { url: 'https://example.com/hook', events: ['GUARANTEE_ISSUED'] }))).toBe('FORBIDDEN');
    expect((await contractor2.gql<any>(ENDPOINTS)).data.webhookEndpoints.totalCount).toBe(1);

    // At most 10 per organisation. (contractor2 has no applications: nothing is ever sent to these.)
    const more: string[] = [];
    for (let i = 2; i <= 10; i++) {
      const result = await contractor2.gql<any>(REGISTER, { url: `https://hooks.example.com/${i}`, events: ['APPLICATION_RETURNED'] });
      more.push(result.data.registerWebhookEndpoint.webhookEndpoint.id);
    }
    const eleventh = await contractor2.gql(REGISTER, { url: 'https://hooks.example.com/11', events: ['APPLICATION_RETURNED'] });
    expect(errorCode(eleventh)).toBe('CONFLICT');
    for (const id of more) await contractor2.gql(DELETE, { id });
  });
});

describe('Webhooks in production', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { NODE_ENV: 'production' } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses this machine and internal networks, however written', async () => {
    const contractor = await signedIn(server, 'contractor@demo.esurety.jp');
    const internal = [
      'http://127.0.0.1:8080/hook',
      'http://localhost/hook',
      'https://127.0.0.1/hook',
      'https://127.1/hook',
      'https://2130706433/hook',
      'https://localhost/hook',
      'https://localhost./hook',
      'https://api.localhost/hook',
      'https://10.0.0.1/hook',
      'https://172.16.5.4/hook',
      'https://192.168.0.1/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://100.64.0.1/hook',
      'https://0.0.0.0/hook',
      'https://[::1]/hook',
      'https://[::]/hook',
      'https://[::ffff:127.0.0.1]/hook',
      'https://[::ffff:10.0.0.1]/hook',
      'https://[fd00::1]/hook',
      'https://[fe80::1]/hook',
    ];
    for (const url of internal) {
      const result = await contractor.gql(REGISTER, { url, events: ['GUARANTEE_ISSUED'] });
      expect(result.errors?.[0].extensions, url).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    }
    expect((await contractor.gql<any>(ENDPOINTS)).data.webhookEndpoints.edges).toEqual([]);
    const ok = await contractor.gql<any>(REGISTER, { url: 'https://hooks.example.com/esurety', events: ['GUARANTEE_ISSUED'] });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.registerWebhookEndpoint.webhookEndpoint.url).toBe('https://hooks.example.com/esurety');
  });
});
