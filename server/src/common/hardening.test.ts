import { Kind, Lexer, parse, print, Source, TokenKind, validate, visit, type DocumentNode, type FieldNode } from 'graphql';
import { spaOperations } from '../test/spa-operations';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, startTestServer, type TestServer } from '../test/test-server';
import { buildApiSchema } from '../schema';
import { QUERY_LIMITS, queryArmor } from './hardening';

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/** The document as Apollo Client sends it: `__typename` in every selection below the operation. */
function asSent(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(set, _key, parent) {
      const isOperation =
        parent !== undefined && !Array.isArray(parent) && (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION;
      if (isOperation || set.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
      return { ...set, selections: [...set.selections, TYPENAME] };
    },
  });
}

function tokenCount(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

describe('query limits', () => {
  let server: TestServer;
  let contractor: ApiClient;

  beforeAll(async () => {
    server = await startTestServer();
    contractor = new ApiClient(server.url);
    await contractor.login('contractor@demo.esurety.jp');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('let every operation of the SPA through', async () => {
    const operations = spaOperations();
    expect(operations.length).toBeGreaterThan(20);
    const schema = await buildApiSchema();
    const rules = queryArmor({ env: 'production' }).validationRules;
    for (const document of operations.map(asSent)) {
      expect(tokenCount(print(document))).toBeLessThan(QUERY_LIMITS.maxTokens);
      const errors = validate(schema, document, rules);
      expect(
        errors.map((e) => e.message),
        (document.definitions[0] as { name?: { value: string } }).name?.value,
      ).toEqual([]);
    }
  });

  const limited = async (query: string) => {
    const result = await contractor.gql(query);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_LIMIT' });
    expect(result.errors![0].message).toBe('クエリが大きすぎます（深さ・コスト・別名・トークン数の上限を超えています）。');
    expect(result.data ?? null).toBeNull();
  };

  it('refuse a query nested deeper than the limit', async () => {
    const allowed = `{ guarantees(first: 1) { edges { node { issuances { certificate { kind } } } } } }`;
    expect((await contractor.gql(allowed)).errors).toBeUndefined();
    await limited(`{ applications(first: 1) { edges { node { guarantees { issuances { certificate { kind } } } } } } }`);
  });

  it('refuse more aliases than the limit', async () => {
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ');
    expect((await contractor.gql(`{ ${aliases(QUERY_LIMITS.maxAliases)} }`)).errors).toBeUndefined();
    await limited(`{ ${aliases(QUERY_LIMITS.maxAliases + 1)} }`);
  });

  it('refuse a query text of more tokens than the limit', async () => {
    await limited(`{ me { ${'id '.repeat(QUERY_LIMITS.maxTokens)} } }`);
  });

  it('refuse a query that costs more than the limit', async () => {
    const certificate =
      'certificate { kind amount workName contractNumber deadline statement contractorName ordererTitle branchName branchTel }';
    const fields = `edges { node { id contractNumber kind amount workName ${certificate} issuances { id kind sequence issuedAt ${certificate} } work { id name orderer { id name } } contractor { id name address } branch { id name tel fax } } }`;
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases }, (_, i) => `g${i}: guarantees(first: 1) { ${fields} }`).join(' ');
    await limited(`{ ${aliases} }`);
  });

  it('count the fields of a fragment as if they were written in place', async () => {
    const schema = await buildApiSchema();
    const rules = queryArmor({ env: 'production' }).validationRules;
    // The client's WorkFields: about half the limit in place, more than all of it at a fragment's
    // own depth.
    const work = `id name location contractAmount contractDate startDate endDate announcedOn nominatedOn electronicAllowedByOrderer
      jointVentureName jointVentureMembers { name address }
      orderer { id name acceptsElectronic electronicFrom electronicRule electronicRuleDescription }`;
    const inline = parse(`{ works(first: 100) { edges { node { ${work} } } } }`);
    const spread = parse(`{ works(first: 100) { edges { node { ...Work } } } } fragment Work on Work { ${work} }`);
    expect(validate(schema, inline, rules)).toEqual([]);
    expect(validate(schema, spread, rules)).toEqual([]);
  });

  it('bound every page: first must be 1 to 100', async () => {
    for (const first of [0, 101]) {
      const result = await contractor.gql(`{ guarantees(first: ${first}) { totalCount } }`);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
    expect((await contractor.gql(`{ guarantees(first: 100) { totalCount } }`)).errors).toBeUndefined();
  });
});

describe('the HTTP surface', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers, body });

  it('sends security headers', async () => {
    const response = await fetch(`${server.url}/healthz`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('refuses a request a browser could send cross-site without a preflight (CSRF prevention)', async () => {
    const simple = await post(JSON.stringify({ query: '{ me { id } }' }), { 'content-type': 'text/plain' });
    expect(simple.status).toBe(400);
    const viaGet = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(viaGet.status).toBe(400);
  });

  it('refuses a body over the limit, in the error contract', async () => {
    const response = await post(JSON.stringify({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(QUERY_LIMITS.maxBodyBytes) } }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: 'リクエストが大きすぎます。', extensions: { code: 'BAD_USER_INPUT', reason: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('answers malformed JSON and malformed queries with BAD_USER_INPUT and a Japanese message', async () => {
    const broken = await post('{"query": ');
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { errors: { extensions: unknown }[] }).errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'BAD_REQUEST',
    });
    const result = await new ApiClient(server.url).gql('{ me { id ');
    expect(result.errors![0]).toMatchObject({
      message: 'リクエストの内容が正しくありません。',
      extensions: { code: 'BAD_USER_INPUT', reason: expect.stringMatching(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/) },
    });
  });

  it('takes one operation per request: no batches', async () => {
    const response = await post(JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]));
    expect(response.status).toBe(400);
  });
});

describe('in production', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { NODE_ENV: 'production' } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('turns introspection and field suggestions off', async () => {
    const client = new ApiClient(server.url);
    const introspection = await client.gql('{ __schema { queryType { name } } }');
    expect(introspection.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const typo = await client.gql('{ orderrs { id } }');
    expect(typo.errors![0].extensions!.detail).not.toMatch(/Did you mean/);
  });
});

describe('in development', () => {
  it('offers introspection and field suggestions', async () => {
    const server = await startTestServer({ env: { NODE_ENV: 'development' } });
    try {
      const client = new ApiClient(server.url);
      expect((await client.gql<any>('{ __schema { queryType { name } } }')).data.__schema.queryType.name).toBe('Query');
      expect((await client.gql('{ orderrs { id } }')).errors![0].extensions!.detail).toMatch(/Did you mean "orderers"/);
    } finally {
      await server.close();
    }
  });
});
