import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flyerApplication, signedIn } from '../test/fixtures';
import { ApiClient, errorCode, startTestServer, type TestServer } from '../test/test-server';
import { toContractError } from './error-contract';
import { ConflictError } from './errors';
import { DriverException, OptimisticLockError } from '@mikro-orm/core';

const SAVE = `mutation($input: SaveApplicationInput!) { saveApplication(input: $input) { application { id version } } }`;
const NOT_A_UUID = 'not-a-uuid';

/** Issue 11 §6: no input answers INTERNAL or HTTP 5xx, on SQLite and PostgreSQL alike. */
describe('the error contract', () => {
  let server: TestServer;
  let contractor: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    server = await startTestServer();
    contractor = await signedIn(server, 'contractor@demo.esurety.jp');
    admin = await signedIn(server, 'admin@demo.esurety.jp');
  });
  afterAll(async () => {
    await server?.close();
  });

  const post = async (body: unknown) => {
    const response = await contractor.post(JSON.stringify(body));
    return { status: response.status, json: async () => (await response.json()) as { errors: { extensions: Record<string, unknown> }[] } };
  };

  describe('an id that is not a UUID', () => {
    it('is NOT_FOUND when it looks an object up', async () => {
      for (const query of [`{ application(id: "${NOT_A_UUID}") { id } }`, `{ guarantee(id: "${NOT_A_UUID}") { id } }`]) {
        expect(errorCode(await contractor.gql(query)), query).toBe('NOT_FOUND');
      }
    });

    it('is BAD_USER_INPUT naming the field when an input or a filter gives it', async () => {
      const submit = await contractor.gql(
        `mutation { submitApplication(input: { applicationId: "${NOT_A_UUID}" }) { application { id } } }`,
      );
      expect(submit.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.applicationId' });
      const filter = await contractor.gql(`{ guarantees(first: 1, filter: { ordererId: "x" }) { totalCount } }`);
      expect(filter.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.ordererId' });
    });

    it('is BAD_USER_INPUT in a cursor, which never reaches the database', async () => {
      const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      for (const after of [cursor(['2026-04-01T00:00:00.000Z', 'x']), cursor(['2026-04-01T00:00:00.000Z\u0000', crypto.randomUUID()])]) {
        const result = await contractor.gql(`query($after: String) { guarantees(first: 1, after: $after) { totalCount } }`, { after });
        expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      }
    });

    it('is 404 in JSON from the document routes', async () => {
      for (const document of ['certificate.pdf', 'key-notice.pdf']) {
        const response = await fetch(`${server.url}/documents/guarantees/${NOT_A_UUID}/${document}`, {
          headers: { cookie: contractor.cookie! },
        });
        expect(response.status).toBe(404);
        expect(response.headers.get('content-type')).toMatch(/^application\/json/);
        expect(await response.json()).toEqual({ errors: [{ message: '保証契約が見つかりません。', extensions: { code: 'NOT_FOUND' } }] });
      }
    });

    it('is 404 in JSON for any other path under /documents, also one that a dot segment shortens (found by the fuzzer)', async () => {
      for (const path of ['/documents/guarantees/%2e/key-notice.pdf', '/documents/nothing-here', '/documents/fee-statements/x']) {
        const response = await fetch(`${server.url}${path}`, { headers: { cookie: contractor.cookie! } });
        expect(response.status, path).toBe(404);
        expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
      }
    });

    it('answers the document routes without a session 401 in JSON', async () => {
      const response = await fetch(`${server.url}/documents/guarantees/${crypto.randomUUID()}/certificate.pdf`);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    });
  });

  describe('NUL in text', () => {
    it('is BAD_USER_INPUT naming the field, and the refused mutation is still audited', async () => {
      const login = await new ApiClient(server.url).gql(`mutation($i: LoginInput!) { login(input: $i) { user { id } } }`, {
        i: { email: 'a\u0000@example.jp', password: 'x' },
      });
      expect(login.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
      const long = await new ApiClient(server.url).gql(`mutation($i: LoginInput!) { login(input: $i) { user { id } } }`, {
        i: { email: `${'x'.repeat(300)}@example.jp`, password: 'x' },
      });
      expect(long.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED'); // counted like any failed sign-in
      const workName = await contractor.gql(`query($w: String) { guarantees(first: 1, filter: { workName: $w }) { totalCount } }`, {
        w: 'a\u0000',
      });
      expect(workName.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.workName' });
      const huge = await contractor.gql(`query($w: String) { guarantees(first: 1, filter: { workName: $w }) { totalCount } }`, {
        w: 'あ'.repeat(30_000),
      });
      expect(huge.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.workName' }); // SQLite: LIKE pattern too complex
      const action = await admin.gql(`query($a: String) { auditEvents(first: 1, filter: { action: $a }) { totalCount } }`, {
        a: 'a\u0000',
      });
      expect(action.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.action' });
      const save = await contractor.gql(SAVE, { input: { applicationId: '\u0000\ud800\u202e', expectedVersion: 1 } });
      expect(save.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.applicationId' });

      const audit = await admin.gql(
        `{ auditEvents(first: 1, filter: { action: "saveApplication" }) { edges { node { outcome objectId } } } }`,
      );
      expect(audit.data?.auditEvents.edges[0].node).toEqual({ outcome: 'BAD_USER_INPUT', objectId: '\ufffd\u202e' });
    });
  });

  it('refuses a JV member whose address is only spaces, and the application stays readable', async () => {
    const input = await flyerApplication(server, {
      workId: null,
      work: {
        name: 'JV工事',
        location: '長野県松本市',
        jointVentureName: '〇〇・△△JV',
        jointVentureMembers: [
          { name: '〇〇建設株式会社', address: '長野県松本市' },
          { name: '△△工業株式会社', address: '   ' },
        ],
      },
    });
    const result = await contractor.gql(SAVE, { input });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.work.jointVentureMembers.1.address' });
    expect(result.errors?.[0].message).toBe('JV構成員2の所在地を入力してください。');
    const list = await contractor.gql(
      `{ applications(first: 50) { edges { node { id workDraft { jointVentureMembers { name address } } } } } }`,
    );
    expect(list.errors).toBeUndefined();
  });

  it('answers a list of more bad values than GraphQL reads (50) as BAD_USER_INPUT, naming those it read (found by the fuzzer)', async () => {
    const admin = await signedIn(server, 'admin@demo.esurety.jp');
    const result = await admin.gql(`mutation($input: SetFeeRatesInput!) { setFeeRates(input: $input) { feeRate { id } } }`, {
      input: { kind: 'ADVANCE_PAYMENT', effectiveFrom: '2099-01-01', minimumFee: 1000, bands: Array.from({ length: 60 }, () => -1) },
    });
    const codes = new Set(result.errors?.map((e) => e.extensions?.code));
    expect([...codes]).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].extensions).toMatchObject({ field: 'input.bands.0' });
    expect(result.errors?.at(-1)?.extensions).toMatchObject({ reason: 'TOO_MANY_ERRORS' });
  });

  it('loads a relation the list did not populate (a work’s contractor)', async () => {
    const result = await contractor.gql(`{ works(first: 1) { edges { node { contractor { name } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.works.edges[0].node.contractor.name).toBe('〇〇建設株式会社');
  });

  describe('a document over the query limits', () => {
    it('answers 400 for 3,001 tokens', async () => {
      const response = await post({ query: `{ me { ${'id '.repeat(2997)}} }` });
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_LIMIT' });
    });

    it('answers 400 for 2,000 nested braces', async () => {
      const response = await post({ query: `{ me ${'{ id '.repeat(2000)}${'}'.repeat(2000)} }` });
      expect(response.status).toBe(400);
      expect((await response.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_LIMIT' });
    });

    it('answers 400 for a document GraphQL cannot parse or validate, 200 for an error while executing', async () => {
      expect((await post({ query: '{ me { ' })).status).toBe(400);
      expect((await post({ query: '{ nothing }' })).status).toBe(400);
      const notFound = await post({ query: `{ application(id: "${crypto.randomUUID()}") { id } }` });
      expect(notFound.status).toBe(200);
      expect((await notFound.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    });
  });

  it('answers 100 concurrent saves of one draft: one wins, every other is CONFLICT with the current application', async () => {
    const created = await contractor.gql(SAVE, { input: await flyerApplication(server) });
    const { id, version } = created.data!.saveApplication.application;
    const input = { ...(await flyerApplication(server)), applicationId: id, expectedVersion: version, contactName: '並行 太郎' };
    const results = await Promise.all(Array.from({ length: 100 }, () => contractor.gql(SAVE, { input })));
    const codes = results.map((r) => errorCode(r) ?? 'OK');
    expect(codes.filter((c) => c !== 'OK' && c !== 'CONFLICT')).toEqual([]);
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    for (const conflict of results.filter((r) => errorCode(r) === 'CONFLICT')) {
      expect(conflict.errors![0].extensions!.current).toMatchObject({ applicationId: id, version: version + 1, contactName: '並行 太郎' });
    }
  });
});

describe('toContractError', () => {
  it('maps the database driver’s errors that a value causes, never INTERNAL', () => {
    const driver = (code: string) => new DriverException(Object.assign(new Error('select …'), { code }));
    expect(toContractError(driver('22P02')).extensions.code).toBe('BAD_USER_INPUT'); // invalid text for a column type
    expect(toContractError(driver('22001')).extensions.code).toBe('BAD_USER_INPUT'); // value too long
    expect(toContractError(driver('22021')).extensions.code).toBe('BAD_USER_INPUT'); // NUL
    expect(toContractError(driver('40001')).extensions.code).toBe('CONFLICT'); // serialization failure
    expect(toContractError(OptimisticLockError.lockFailed('GuaranteeApplication')).extensions.code).toBe('CONFLICT');
    expect(toContractError(driver('42P01')).extensions.code).toBe('INTERNAL'); // a defect: no such table
    const pg = Object.assign(new Error('value too long for type character varying(255)'), { code: '22001', severity: 'ERROR' });
    expect(toContractError(pg).extensions.code).toBe('BAD_USER_INPUT'); // node-postgres's own error
    expect(toContractError(new Error('a defect')).extensions.code).toBe('INTERNAL');
    expect(toContractError(new ConflictError('x', { version: 2 }))).toEqual({
      message: 'x',
      extensions: { code: 'CONFLICT', current: { version: 2 } },
    });
  });
});
