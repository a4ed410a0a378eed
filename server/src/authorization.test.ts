import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  isLeafType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flyerApplication, signedIn, submitApplication, inAMonth } from './test/fixtures';
import { ApiClient, startTestServer, type TestServer } from './test/test-server';
import { buildApiSchema } from './schema';
import { Work } from './modules/works/work.entity';
import { Branch } from './modules/organisations/branch.entity';
import { Orderer } from './modules/organisations/orderer.entity';
import { todayInJapan } from '@esurety/schema';

/**
 * The authorization matrix: every query and mutation of the schema × every role × the role's own
 * objects and another organisation's. The table below is the specification; an operation missing from it fails
 * the test, so a new operation can't ship without an access rule.
 */

type Role = 'CONTRACTOR' | 'BRANCH_STAFF' | 'ORDERER' | 'ADMIN';
type ObjectKind =
  | 'application'
  | 'guarantee'
  | 'issuance'
  | 'contractNumber'
  | 'apiToken'
  | 'webhookEndpoint'
  | 'webhookDelivery'
  | 'bidBond'
  | 'session'
  | 'feeStatement';
interface Rule {
  allow: 'public' | 'signed-in' | Role[];
  /** Where the arguments name an object (`id`, `input.applicationId`, `filter.webhookEndpointId`), and its kind. */
  object?: [path: string, kind: ObjectKind];
  /** Other values the call needs to reach the object (paths as above). */
  with?: Record<string, unknown>;
}

const C = 'CONTRACTOR',
  B = 'BRANCH_STAFF',
  O = 'ORDERER',
  A = 'ADMIN';

const RULES: Record<string, Rule> = {
  // Queries
  me: { allow: 'public' },
  orderers: { allow: 'public' },
  branches: { allow: 'signed-in' },
  works: { allow: [C] },
  applications: { allow: [C, B, A] },
  application: { allow: [C, B, A], object: ['id', 'application'] },
  guarantees: { allow: [C, B, A] },
  guarantee: { allow: [C, B, O, A], object: ['id', 'guarantee'] },
  guaranteeByNumber: { allow: [C, B, A], object: ['contractNumber', 'contractNumber'] },
  ordererLedger: { allow: [O] },
  users: { allow: [A] },
  sessions: { allow: 'signed-in' },
  contractorRegistrations: { allow: [A] },
  contractors: { allow: [A] },
  guarantor: { allow: 'signed-in' },
  outboxMessages: { allow: [A] },
  auditEvents: { allow: [B, A] },
  apiTokens: { allow: 'signed-in' },
  webhookEndpoints: { allow: [C, B, O] },
  webhookDeliveries: { allow: [C, B, O], object: ['filter.webhookEndpointId', 'webhookEndpoint'] },
  bidBonds: { allow: [C, B, A] },
  feeStatements: { allow: [C, B, A] },
  feeStatement: { allow: [C, B, A], object: ['id', 'feeStatement'] },
  feeRates: { allow: [B, A] },
  // Mutations
  login: { allow: 'public' },
  logout: { allow: 'signed-in' },
  verifyGuarantee: { allow: 'public' },
  setPassword: { allow: 'public' },
  requestPasswordReset: { allow: 'public' },
  changePassword: { allow: 'signed-in' },
  revokeSession: { allow: 'signed-in', object: ['input.sessionId', 'session'] },
  inviteUser: { allow: [A] },
  changeUserRole: { allow: [A] },
  disableUser: { allow: [A] },
  enableUser: { allow: [A] },
  requestContractorRegistration: { allow: 'public' },
  approveContractorRegistration: { allow: [A] },
  refuseContractorRegistration: { allow: [A] },
  setOrdererElectronicRule: { allow: [A] },
  createOrderer: { allow: [A] },
  updateOrderer: { allow: [A] },
  updateGuarantor: { allow: [A] },
  createBranch: { allow: [A] },
  updateBranch: { allow: [A] },
  revealAuthKey: { allow: [C], object: ['input.guaranteeId', 'guarantee'] },
  saveApplication: { allow: [C], object: ['input.applicationId', 'application'], with: { 'input.expectedVersion': 1 } },
  submitApplication: { allow: [C], object: ['input.applicationId', 'application'] },
  withdrawApplication: { allow: [C], object: ['input.applicationId', 'application'] },
  deleteApplication: { allow: [C], object: ['input.applicationId', 'application'] },
  returnApplication: { allow: [B], object: ['input.applicationId', 'application'] },
  issueGuarantees: { allow: [B], object: ['input.applicationId', 'application'] },
  changeGuarantee: { allow: [B], object: ['input.guaranteeId', 'guarantee'] },
  correctIssuance: { allow: [B], object: ['input.issuanceId', 'issuance'] },
  cancelChange: { allow: [B], object: ['input.issuanceId', 'issuance'] },
  revokeGuarantee: { allow: [B], object: ['input.guaranteeId', 'guarantee'] },
  createApiToken: { allow: 'signed-in' },
  revokeApiToken: { allow: 'signed-in', object: ['input.apiTokenId', 'apiToken'] },
  registerWebhookEndpoint: { allow: [C, B, O] },
  deleteWebhookEndpoint: { allow: [C, B, O], object: ['input.webhookEndpointId', 'webhookEndpoint'] },
  applyBidBond: { allow: [C] },
  issueBidBond: { allow: [B], object: ['input.bidBondId', 'bidBond'] },
  convertBidBond: { allow: [C], object: ['input.bidBondId', 'bidBond'] },
  withdrawBidBond: { allow: [C], object: ['input.bidBondId', 'bidBond'] },
  pauseWebhookEndpoint: { allow: [C, B, O], object: ['input.webhookEndpointId', 'webhookEndpoint'] },
  resumeWebhookEndpoint: { allow: [C, B, O], object: ['input.webhookEndpointId', 'webhookEndpoint'] },
  rotateWebhookSecret: { allow: [C, B, O], object: ['input.webhookEndpointId', 'webhookEndpoint'] },
  pingWebhookEndpoint: { allow: [C, B, O], object: ['input.webhookEndpointId', 'webhookEndpoint'] },
  redeliverWebhookDelivery: { allow: [C, B, O], object: ['input.webhookDeliveryId', 'webhookDelivery'] },
  setFeeRates: { allow: [A] },
  markFeeStatementMailed: { allow: [B], object: ['input.feeStatementId', 'feeStatement'] },
};

const ACCOUNTS: Record<Role, string> = {
  CONTRACTOR: 'contractor@demo.esurety.jp',
  BRANCH_STAFF: 'nagano@demo.esurety.jp',
  ORDERER: 'matsumoto@demo.esurety.jp',
  ADMIN: 'admin@demo.esurety.jp',
};

function allows(rule: Rule, role: Role | 'ANONYMOUS'): boolean {
  if (rule.allow === 'public') return true;
  if (role === 'ANONYMOUS') return false;
  return rule.allow === 'signed-in' || rule.allow.includes(role);
}

/** A value of `type` that passes GraphQL's own checks, so that the resolver's access rule answers. */
function sampleValue(type: GraphQLInputType, name: string): unknown {
  if (type instanceof GraphQLNonNull) return sampleValue(type.ofType, name);
  if (type instanceof GraphQLList) return [sampleValue(type.ofType, name)];
  if (type instanceof GraphQLEnumType) return type.getValues()[0].name;
  if (type instanceof GraphQLInputObjectType) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => f.type instanceof GraphQLNonNull)
        .map((f) => [f.name, sampleValue(f.type, f.name)]),
    );
  }
  const scalar = (type as GraphQLScalarType).name;
  const samples: Record<string, unknown> = {
    ID: randomUUID(),
    String: name === 'email' ? 'nobody@example.com' : name === 'url' ? 'https://example.com/hook' : 'x',
    Int: name === 'first' ? 10 : 1,
    Boolean: false,
    LocalDate: '2027-01-01',
    DateTimeISO: new Date(Date.now() + 86400_000).toISOString(),
    Yen: 1000,
  };
  if (!(scalar in samples)) throw new Error(`no sample for scalar ${scalar} (argument ${name})`);
  return samples[scalar];
}

/** Sets `value` at `path` (`input.applicationId`) in `values`, making the objects on the way. */
function setAt(values: Record<string, unknown>, path: string, value: unknown) {
  const [head, ...rest] = path.split('.');
  if (!rest.length) values[head] = value;
  else setAt((values[head] ??= {}) as Record<string, unknown>, rest.join('.'), value);
}

/**
 * A call of `field` with sample values for what it requires, `objectValue` at the rule's object
 * path, and the rule's other values: one variable per argument, as a client sends it.
 */
function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, rule: Rule, objectValue: unknown) {
  const values: Record<string, unknown> = {};
  for (const arg of field.args) {
    if (arg.type instanceof GraphQLNonNull || arg.name === 'first') values[arg.name] = sampleValue(arg.type, arg.name);
  }
  if (rule.object) setAt(values, rule.object[0], objectValue);
  for (const [path, value] of Object.entries(rule.with ?? {})) setAt(values, path, value);
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  const argumentsText: string[] = [];
  for (const arg of field.args) {
    if (!(arg.name in values)) continue;
    variables[arg.name] = values[arg.name];
    declarations.push(`$${arg.name}: ${arg.type}`);
    argumentsText.push(`${arg.name}: $${arg.name}`);
  }
  const selection = isLeafType(getNamedType(field.type)) ? '' : '{ __typename }';
  const head = declarations.length ? `(${declarations.join(', ')})` : '';
  const args = argumentsText.length ? `(${argumentsText.join(', ')})` : '';
  return { query: `${kind}${head} { ${field.name}${args} ${selection} }`, variables };
}

describe('the authorization matrix', () => {
  let server: TestServer;
  let schema: GraphQLSchema;
  const clients = {} as Record<Role | 'ANONYMOUS', ApiClient>;
  /** Objects of an organisation none of the matrix's accounts belongs to (contractor2, 神奈川支店, 小田原市). */
  const foreign = {} as Record<ObjectKind, string>;
  /** Each role's own objects: 〇〇建設's guarantee issued by 長野支店 and verified for 松本市, and each one's webhook. */
  const own = { CONTRACTOR: {}, BRANCH_STAFF: {}, ORDERER: {}, ADMIN: {} } as Record<Role, Partial<Record<ObjectKind, string>>>;

  beforeAll(async () => {
    server = await startTestServer();
    schema = await buildApiSchema();
    clients.ANONYMOUS = new ApiClient(server.url);
    for (const role of Object.keys(ACCOUNTS) as Role[]) clients[role] = await signedIn(server, ACCOUNTS[role]);

    const em = server.orm.em.fork();
    const otherWork = await em.findOneOrFail(Work, { name: '市道橋梁補修工事' });
    const kanagawaBranch = await em.findOneOrFail(Branch, { name: '神奈川支店' });
    const contractor2 = await signedIn(server, 'contractor2@demo.esurety.jp');
    const kanagawa = await signedIn(server, 'kanagawa@demo.esurety.jp');
    const flyer = await flyerApplication(server, { workId: otherWork.id, destinationBranchId: kanagawaBranch.id });
    const billed = (item: Record<string, unknown>) => ({ ...item, feeBillingParty: '△△工務店' });
    const input = { ...flyer, advancePayment: billed(flyer.advancePayment), contractGuarantee: billed(flyer.contractGuarantee) };
    const issuedApplication = await submitApplication(contractor2, input);
    const issued = await kanagawa.gql<any>(
      `mutation($id: ID!) { issueGuarantees(input: { applicationId: $id }) { guarantees { id contractNumber issuances { id } } feeStatements { id } } }`,
      { id: issuedApplication },
    );
    expect(issued.errors).toBeUndefined();
    foreign.feeStatement = issued.data.issueGuarantees.feeStatements[0].id;
    const guarantee = issued.data.issueGuarantees.guarantees[0];
    foreign.guarantee = guarantee.id;
    foreign.issuance = guarantee.issuances[0].id;
    foreign.contractNumber = guarantee.contractNumber;
    // A second application, sent and not yet issued: one that every application operation could act on.
    foreign.application = await submitApplication(contractor2, input);
    const token = await contractor2.gql<any>(
      `mutation { createApiToken(input: { name: "matrix", scope: READ_WRITE, expiresAt: "${inAMonth()}" }) { apiToken { id } } }`,
    );
    foreign.apiToken = token.data.createApiToken.apiToken.id;
    const sessions = await contractor2.gql<any>(`{ sessions { edges { node { id } } } }`);
    foreign.session = sessions.data.sessions.edges[0].node.id;
    const endpoint = await contractor2.gql<any>(
      `mutation { registerWebhookEndpoint(input: { url: "https://example.com/hook", events: [GUARANTEE_ISSUED] }) { webhookEndpoint { id } } }`,
    );
    foreign.webhookEndpoint = endpoint.data.registerWebhookEndpoint.webhookEndpoint.id;
    // contractor2's reservation sent to 神奈川支店 and issued there: open to every bid bond operation.
    const odawara = await em.findOneOrFail(Orderer, { name: '小田原市' });
    const bidBond = await contractor2.gql<any>(`mutation($input: ApplyBidBondInput!) { applyBidBond(input: $input) { bidBond { id } } }`, {
      input: {
        ordererId: odawara.id,
        workName: '入札予定の工事',
        bidDate: todayInJapan(new Date(Date.now() + 7 * 86400_000)),
        expectedContractAmount: 50_000_000,
        destinationBranchId: kanagawaBranch.id,
      },
    });
    foreign.bidBond = bidBond.data.applyBidBond.bidBond.id;
    expect(
      (await kanagawa.gql(`mutation($id: ID!) { issueBidBond(input: { bidBondId: $id }) { bidBond { id } } }`, { id: foreign.bidBond }))
        .errors,
    ).toBeUndefined();
    const pinged = await contractor2.gql<any>(
      `mutation($id: ID!) { pingWebhookEndpoint(input: { webhookEndpointId: $id }) { webhookDelivery { id } } }`,
      { id: foreign.webhookEndpoint },
    );
    foreign.webhookDelivery = pinged.data.pingWebhookEndpoint.webhookDelivery.id;

    const ownApplication = await submitApplication(clients.CONTRACTOR, await flyerApplication(server));
    const ownIssued = await clients.BRANCH_STAFF.gql<any>(
      `mutation($id: ID!) { issueGuarantees(input: { applicationId: $id }) { guarantees { id contractNumber kind } feeStatements { id } } }`,
      { id: ownApplication },
    );
    const ownStatement = ownIssued.data.issueGuarantees.feeStatements[0].id;
    const ownGuarantee = ownIssued.data.issueGuarantees.guarantees.find((g: any) => g.kind === 'ADVANCE_PAYMENT');
    const key = await clients.CONTRACTOR.gql<any>(`mutation($id: ID!) { revealAuthKey(input: { guaranteeId: $id }) { authKey } }`, {
      id: ownGuarantee.id,
    });
    const verified = await clients.ANONYMOUS.gql(
      `mutation($n: String!, $k: String!) { verifyGuarantee(input: { contractNumber: $n, authKey: $k }) { verification { validity } } }`,
      {
        n: ownGuarantee.contractNumber,
        k: key.data.revealAuthKey.authKey,
      },
    );
    expect(verified.errors).toBeUndefined();
    for (const role of ['CONTRACTOR', 'BRANCH_STAFF', 'ADMIN'] as const) {
      Object.assign(own[role], {
        application: ownApplication,
        guarantee: ownGuarantee.id,
        contractNumber: ownGuarantee.contractNumber,
        feeStatement: ownStatement,
      });
    }
    own.ORDERER.guarantee = ownGuarantee.id;
    for (const role of ['CONTRACTOR', 'BRANCH_STAFF', 'ORDERER'] as const) {
      const registered = await clients[role].gql<any>(
        `mutation { registerWebhookEndpoint(input: { url: "https://example.com/${role}", events: [GUARANTEE_ISSUED] }) { webhookEndpoint { id } } }`,
      );
      own[role].webhookEndpoint = registered.data.registerWebhookEndpoint.webhookEndpoint.id;
    }
  });

  it("answers every query on the caller's own object (reads only: own mutations are the features' tests)", async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const field of Object.values(schema.getQueryType()!.getFields())) {
      const rule = RULES[field.name];
      if (!rule.object) continue;
      const [argument, objectKind] = rule.object;
      for (const role of Object.keys(ACCOUNTS) as Role[]) {
        if (!allows(rule, role)) continue;
        const value = own[role][objectKind];
        if (!value) {
          failures.push(`${field.name} as ${role}: no own ${objectKind} in the fixture`);
          continue;
        }
        const { query, variables } = operation('query', field, rule, value);
        const result = await clients[role].gql(query, variables);
        checked++;
        if (result.errors) failures.push(`${field.name}(${argument}: own) as ${role}: ${result.errors[0].extensions?.code}`);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(12);
    expect(failures).toEqual([]);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('has an access rule for every query and mutation', () => {
    const operations = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) => Object.keys(type.getFields()));
    expect(
      operations.filter((name) => !(name in RULES)),
      'operations without a rule in RULES',
    ).toEqual([]);
    expect(
      Object.keys(RULES).filter((name) => !operations.includes(name)),
      'rules for operations that no longer exist',
    ).toEqual([]);
  });

  it('refuses every mutation that needs a sign-in to a READ_ONLY API token (FORBIDDEN, TOKEN_SCOPE), whatever the role', async () => {
    const failures: string[] = [];
    for (const role of Object.keys(ACCOUNTS) as Role[]) {
      const created = await clients[role].gql<any>(
        `mutation { createApiToken(input: { name: "read only", scope: READ_ONLY, expiresAt: "${inAMonth()}" }) { token } }`,
      );
      const readOnly = new ApiClient(server.url);
      readOnly.headers.authorization = `Bearer ${created.data.createApiToken.token}`;
      expect((await readOnly.gql<any>('{ me { email } }')).data.me.email).toBe(ACCOUNTS[role]);
      for (const field of Object.values(schema.getMutationType()!.getFields())) {
        const rule = RULES[field.name];
        if (rule.allow === 'public') continue;
        const { query, variables } = operation(
          'mutation',
          field,
          rule,
          rule.object ? (own[role][rule.object[1]] ?? randomUUID()) : undefined,
        );
        const result = await readOnly.gql(query, variables);
        const extensions = result.errors?.[0]?.extensions;
        if (extensions?.code !== 'FORBIDDEN' || extensions.reason !== 'TOKEN_SCOPE') {
          failures.push(`${field.name} as ${role} with a READ_ONLY token: ${extensions?.code ?? 'allowed'}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  for (const kind of ['query', 'mutation'] as const) {
    it(`refuses every ${kind} to the roles it is not for: UNAUTHENTICATED signed out, FORBIDDEN otherwise`, async () => {
      const type = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
      const failures: string[] = [];
      for (const field of Object.values(type.getFields())) {
        const rule = RULES[field.name];
        for (const role of ['ANONYMOUS', ...Object.keys(ACCOUNTS)] as (Role | 'ANONYMOUS')[]) {
          if (allows(rule, role)) continue;
          const { query, variables } = operation(kind, field, rule, rule.object ? foreign[rule.object[1]] : undefined);
          const result = await clients[role].gql(query, variables);
          const expected = role === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
          const code = result.errors?.[0]?.extensions?.code;
          if (code !== expected) failures.push(`${field.name} as ${role}: ${code ?? 'allowed'} (expected ${expected})`);
        }
      }
      expect(failures).toEqual([]);
    });

    it(`answers every ${kind} on another organisation's object exactly as on a missing one (NOT_FOUND)`, async () => {
      const type = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
      const failures: string[] = [];
      let checked = 0;
      for (const field of Object.values(type.getFields())) {
        const rule = RULES[field.name];
        if (!rule.object) continue;
        for (const role of Object.keys(ACCOUNTS) as Role[]) {
          if (role === 'ADMIN' || !allows(rule, role)) continue;
          const [argument, objectKind] = rule.object;
          for (const [label, value] of [
            ['foreign', foreign[objectKind]],
            ['missing', objectKind === 'contractNumber' ? '20075-99999' + 'X' : randomUUID()],
          ] as const) {
            const { query, variables } = operation(kind, field, rule, value);
            const result = await clients[role].gql(query, variables);
            const code = result.errors?.[0]?.extensions?.code;
            checked++;
            // A contract number that isn't readable is a BAD_USER_INPUT before any lookup.
            if (code !== 'NOT_FOUND' && !(label === 'missing' && objectKind === 'contractNumber' && code === 'BAD_USER_INPUT')) {
              failures.push(`${field.name}(${argument}: ${label}) as ${role}: ${code ?? 'allowed'}`);
            }
          }
        }
      }
      expect(checked).toBeGreaterThan(0);
      expect(failures).toEqual([]);
    });
  }
});
