import fs from 'node:fs';
import {
  buildSchema,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  GraphQLID,
  GraphQLInt,
  GraphQLString,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from './scripts/print-schema';

/**
 * The API's conventions (issue 12, docs/api.md "Conventions"), read from the emitted contract
 * schema/schema.graphql: every mutation takes one `input: XxxInput!` and answers `XxxPayload!`;
 * every list is a connection taking `filter`, `first` and `after`. Nothing is let through
 * silently: each exception is named below with its reason.
 */

/** Mutations whose payload may be null, and why. */
const NULLABLE_PAYLOADS: Record<string, string> = {
  verifyGuarantee:
    'each alias is one charged guess of a number and key; a refused guess answers null for its own alias only, so that the other aliases of the request still run and are counted',
};

/** Lists that are plain lists rather than connections, and why. */
const PLAIN_LISTS: Record<string, string> = {
  'Query.branches':
    'the guarantor’s branches: a small set fixed by the company (a few dozen at most), which the application form offers whole',
  'GuaranteeApplicationConnection.statusCounts':
    'one count per application status: at most the values of the ApplicationStatus enum, always shown whole',
  'Guarantee.issuances':
    'the history of one guarantee in order (new, each change, correction, revocation): a few entries, always shown whole',
  'Verification.issuances': 'the same history, as the verification service shows it with the certificate',
  'GuaranteeApplication.guarantees': 'at most one guarantee per kind applied for (advance payment, contract)',
  'IssueGuaranteesPayload.guarantees': 'the guarantees one issuance made: at most one per kind applied for',
  'Certificate.jointVentureMembers': 'the members of a joint venture printed on the certificate: a handful of names',
  'Work.jointVentureMembers': 'the members of a joint venture: a handful',
  'WorkDraft.jointVentureMembers': 'the members of a joint venture as entered: a handful',
  'WebhookEndpoint.events': 'the event names an endpoint subscribed to: at most the values of the WebhookEvent enum',
  'IssueGuaranteesPayload.feeStatements': 'the fee statements one issuance made: one per guarantee it made',
  'ChangeGuaranteePayload.feeStatements': 'the fee statement a change made: none or one',
  'CorrectIssuancePayload.feeStatements': 'the fee statement a correction made: none or one',
  'CancelChangePayload.feeStatements': 'the fee statement a cancelled change made: none or one',
  'RevokeGuaranteePayload.feeStatements': 'the fee statement a revocation made: none or one',
  'FeeRate.bands': 'the bands of one rate table: a handful (at most 20), always shown whole',
  'FeeStatement.rateBands': 'the copy of the rate table’s bands printed on the statement: a handful (at most 20)',
};

/** Input fields named …Id that are not IDs, and why. */
const NON_ID_REFERENCES: Record<string, string> = {
  'AuditEventFilter.objectId':
    'an audit event’s object is an id, or a contract number when a verification named a number that does not exist',
};

const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));
const capitalised = (name: string) => name[0].toUpperCase() + name.slice(1);

function objectTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  return Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__') && type !== schema.getMutationType(),
  );
}

function connectionProblems(owner: string, field: GraphQLField<unknown, unknown>): string[] {
  const problems: string[] = [];
  const at = `${owner}.${field.name}`;
  const connection = getNullableType(field.type);
  if (!isNonNullType(field.type)) problems.push(`${at}: a connection must not be null`);
  const args = Object.fromEntries(field.args.map((arg) => [arg.name, arg]));
  if (
    field.args
      .map((arg) => arg.name)
      .sort()
      .join() !== 'after,filter,first'
  ) {
    problems.push(`${at}: takes (${field.args.map((arg) => arg.name).join(', ')}), not exactly (filter, first, after)`);
    return problems;
  }
  const filter = args.filter.type;
  if (isNonNullType(filter) || !isInputObjectType(filter) || !filter.name.endsWith('Filter')) {
    problems.push(`${at}: filter must be an optional …Filter input, is ${String(filter)}`);
  } else {
    const required = Object.values(filter.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    if (required.length) problems.push(`${at}: ${filter.name} has required fields ${required.map((f) => f.name).join(', ')}`);
  }
  if (getNullableType(args.first.type) !== GraphQLInt || args.first.defaultValue !== 20) problems.push(`${at}: first must be Int = 20`);
  if (args.after.type !== GraphQLString) problems.push(`${at}: after must be an optional String`);
  if (!isObjectType(connection)) return [...problems, `${at}: not an object type`];
  const fields = connection.getFields();
  const edge = fields.edges && getNamedType(fields.edges.type);
  if (String(fields.edges?.type) !== `[${String(edge)}!]!`) problems.push(`${connection.name}.edges must be [Edge!]!`);
  if (String(fields.pageInfo?.type) !== 'PageInfo!') problems.push(`${connection.name}.pageInfo must be PageInfo!`);
  if (String(fields.totalCount?.type) !== 'Int!') problems.push(`${connection.name}.totalCount must be Int!`);
  if (isObjectType(edge)) {
    const edgeFields = edge.getFields();
    if (String(edgeFields.cursor?.type) !== 'String!' || !edgeFields.node || !isNonNullType(edgeFields.node.type)) {
      problems.push(`${edge.name} must have cursor: String! and node: Node!`);
    }
  }
  return problems;
}

/** Mutations not shaped `name(input: NameInput!): NamePayload!` returning at least one object. */
function mutationProblems(schema: GraphQLSchema): string[] {
  const problems: string[] = [];
  for (const mutation of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const name = capitalised(mutation.name);
    const [input, ...others] = mutation.args;
    if (others.length || input?.name !== 'input') {
      problems.push(`${mutation.name}: arguments (${mutation.args.map((a) => a.name).join(', ')}), not just input`);
    } else if (String(input.type) !== `${name}Input!`) {
      problems.push(`${mutation.name}: input is ${String(input.type)}, not ${name}Input!`);
    }
    const expected = mutation.name in NULLABLE_PAYLOADS ? `${name}Payload` : `${name}Payload!`;
    if (String(mutation.type) !== expected) problems.push(`${mutation.name}: answers ${String(mutation.type)}, not ${expected}`);
    const payload = getNamedType(mutation.type);
    if (isObjectType(payload) && !Object.values(payload.getFields()).some((f) => isObjectType(getNamedType(f.type)))) {
      problems.push(`${payload.name}: returns no object`);
    }
  }
  return problems;
}

/** Lists that are not connections with (filter, first, after), and PLAIN_LISTS entries that are not plain lists. */
function listProblems(schema: GraphQLSchema): string[] {
  const problems: string[] = [];
  const plain: string[] = [];
  for (const type of objectTypes(schema)) {
    for (const field of Object.values(type.getFields())) {
      const at = `${type.name}.${field.name}`;
      const named = getNamedType(field.type);
      if (named.name.endsWith('Connection') && !type.name.endsWith('Connection')) problems.push(...connectionProblems(type.name, field));
      const isEdgesOfConnection = type.name.endsWith('Connection') && field.name === 'edges';
      if (isListType(getNullableType(field.type)) && !isEdgesOfConnection) {
        plain.push(at);
        if (!(at in PLAIN_LISTS)) problems.push(`${at}: a plain list; make it a connection, or name it in PLAIN_LISTS with its reason`);
      }
      if (field.args.some((arg) => ['first', 'after', 'filter'].includes(arg.name)) && !named.name.endsWith('Connection')) {
        problems.push(`${at}: takes page or filter arguments but is not a connection`);
      }
    }
  }
  if (schema.getQueryType()?.getFields().branches) {
    problems.push(
      ...Object.keys(PLAIN_LISTS)
        .filter((at) => !plain.includes(at))
        .map((at) => `${at}: in PLAIN_LISTS but not a plain list`),
    );
  }
  return problems;
}

/** Input fields that refer to an object by a bare `id`, or by a …Id that is not an ID. */
function referenceProblems(schema: GraphQLSchema): string[] {
  const problems: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isInputObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.name === 'id') problems.push(`${type.name}.id: name the object, e.g. applicationId`);
      if (/Id$/.test(field.name) && getNullableType(field.type) !== GraphQLID && !(`${type.name}.${field.name}` in NON_ID_REFERENCES)) {
        problems.push(`${type.name}.${field.name}: should be an ID`);
      }
    }
  }
  return problems;
}

describe('the API conventions (read from schema/schema.graphql)', () => {
  it('gives every mutation one argument `input: XxxInput!` and an `XxxPayload!` that names the changed objects', () => {
    expect(Object.keys(schema.getMutationType()!.getFields()).length).toBeGreaterThan(15);
    expect(mutationProblems(schema)).toEqual([]);
  });

  it('names every exception to the payload rule with a reason, and only real ones', () => {
    const mutations = schema.getMutationType()!.getFields();
    for (const [name, reason] of Object.entries(NULLABLE_PAYLOADS)) {
      expect(mutations[name], name).toBeDefined();
      expect(isNonNullType(mutations[name].type), `${name} is listed as nullable but is not`).toBe(false);
      expect(reason.length).toBeGreaterThan(20);
    }
  });

  it('makes every list a connection with `filter`, `first` and `after`, except the plain lists named with a reason', () => {
    expect(listProblems(schema)).toEqual([]);
  });

  it('refers to another object in an input as `<type>Id: ID`, never by a bare `id`', () => {
    expect(referenceProblems(schema)).toEqual([]);
  });

  it('fails a schema that breaks them (the checks above can fail)', () => {
    const broken = buildSchema(`
      type Thing { id: ID! }
      type ThingEdge { cursor: String! node: Thing! }
      type ThingConnection { edges: [ThingEdge!]! pageInfo: PageInfo! totalCount: Int! }
      type PageInfo { hasNextPage: Boolean! endCursor: String }
      input ThingFilter { name: String }
      input RenameThingInput { id: ID! name: String! }
      type RenameThingPayload { thing: Thing! }
      type Query {
        things(first: Int = 20, after: String): ThingConnection!
        otherThings(filter: ThingFilter, first: Int = 20, after: String): ThingConnection!
        allThings: [Thing!]!
      }
      type Mutation {
        removeThing(id: ID!): Thing!
        renameThing(input: RenameThingInput!): RenameThingPayload!
        touchThing(input: RenameThingInput!): Boolean!
      }
    `);
    expect(mutationProblems(broken)).toEqual([
      'removeThing: arguments (id), not just input',
      'removeThing: answers Thing!, not RemoveThingPayload!',
      'Thing: returns no object',
      'touchThing: input is RenameThingInput!, not TouchThingInput!',
      'touchThing: answers Boolean!, not TouchThingPayload!',
    ]);
    expect(listProblems(broken)).toEqual([
      'Query.things: takes (first, after), not exactly (filter, first, after)',
      'Query.allThings: a plain list; make it a connection, or name it in PLAIN_LISTS with its reason',
    ]);
    expect(referenceProblems(broken)).toEqual(['RenameThingInput.id: name the object, e.g. applicationId']);
  });
});
