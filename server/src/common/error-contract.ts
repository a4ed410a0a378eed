import { unwrapResolverError } from '@apollo/server/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  DeadlockException,
  DriverException,
  ForeignKeyConstraintViolationException,
  CheckConstraintViolationException,
  LockWaitTimeoutException,
  NotNullConstraintViolationException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { Response } from 'express';
import { GraphQLError, Kind, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';
import { DomainError, type ErrorCode } from './errors';
import { inputFieldAt, labelOf } from './field-paths';
import { YEN_MESSAGE } from './scalars';

/**
 * The API's error contract: what a client receives for any error, from the GraphQL API, the
 * document routes and (as the code) the audit trail. docs/api.md documents it.
 */
export interface ContractError {
  message: string;
  extensions: { code: ErrorCode; [key: string]: unknown };
}

const BAD_REQUEST_MESSAGE = 'リクエストの内容が正しくありません。';
const QUERY_LIMIT_MESSAGE = 'クエリが大きすぎます（深さ・コスト・別名・トークン数の上限を超えています）。';
const TOO_LARGE_MESSAGE = 'リクエストが大きすぎます。';
const INVALID_VALUE_MESSAGE = '入力内容に誤りがあります（使用できない文字、長すぎる値、又は形式の誤り）。';
const CONFLICT_MESSAGE = '他の操作と競合しました。最新の状態を確認してから、もう一度お試しください。';
const INTERNAL_MESSAGE = 'サーバーでエラーが発生しました。時間をおいて再度お試しください。';

/**
 * PostgreSQL's SQLSTATEs that only a value sent by a client can cause (the schema and the code
 * are right, the value is not): class 22, data exception. Lost races (40001 serialization,
 * 40P01 deadlock) are CONFLICT. https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
const INVALID_VALUE_STATES = /^22/;
const RACE_STATES = new Set(['40001', '40P01', '55P03']);

/**
 * The one mapping of any error to the contract. `formatted` is GraphQL's own rendering of the
 * error (Apollo's formatError passes it), `schema` names the input field of a value GraphQL
 * refused. Unknown errors never leak their text: they are INTERNAL and logged by the caller.
 */
export function toContractError(
  error: unknown,
  { formatted, schema }: { formatted?: GraphQLFormattedError; schema?: GraphQLSchema } = {},
): ContractError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) return { message: original.message, extensions: { code: original.code, ...original.extensions } };
  if (original instanceof AuthenticationError) return { message: 'ログインしてください。', extensions: { code: 'UNAUTHENTICATED' } };
  if (original instanceof AuthorizationError) return { message: 'この操作を行う権限がありません。', extensions: { code: 'FORBIDDEN' } };
  if (original instanceof ArgumentValidationError) {
    const first = original.extensions.validationErrors?.[0];
    return {
      message: '入力内容に誤りがあります。',
      extensions: { code: 'BAD_USER_INPUT', field: first?.property, validationErrors: original.extensions.validationErrors },
    };
  }
  const database = databaseError(original);
  if (database) return database;
  const body = httpBodyError(original);
  if (body) return body;
  if (formatted) {
    const graphql = graphqlRequestError(formatted, error, schema);
    if (graphql) return graphql;
  }
  return { message: INTERNAL_MESSAGE, extensions: { code: 'INTERNAL' } };
}

/** The ORM's and the database driver's errors that a request, not a defect, can cause. */
function databaseError(error: unknown): ContractError | null {
  if (isLostRace(error)) return { message: CONFLICT_MESSAGE, extensions: { code: 'CONFLICT' } };
  if (
    error instanceof CheckConstraintViolationException ||
    error instanceof NotNullConstraintViolationException ||
    error instanceof ForeignKeyConstraintViolationException
  ) {
    return { message: INVALID_VALUE_MESSAGE, extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE' } };
  }
  const state = sqlStateOf(error);
  if (state && INVALID_VALUE_STATES.test(state)) {
    return { message: INVALID_VALUE_MESSAGE, extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE' } };
  }
  return null;
}

/**
 * The request lost a race with another one that changed the same rows first: a version that moved
 * on (optimistic lock), a row the other inserted first (unique), a deadlock or a serialization
 * failure. Services answer it as CONFLICT with the object as it now is.
 */
export function isLostRace(error: unknown): boolean {
  if (
    error instanceof OptimisticLockError ||
    error instanceof UniqueConstraintViolationException ||
    error instanceof DeadlockException ||
    error instanceof LockWaitTimeoutException
  ) {
    return true;
  }
  const state = sqlStateOf(error);
  return state !== null && RACE_STATES.has(state);
}

/** PostgreSQL's SQLSTATE of a driver error (MikroORM keeps the driver's `code`), if it is one. */
function sqlStateOf(error: unknown): string | null {
  // The ORM's DriverException, or node-postgres's own DatabaseError (queries the ORM did not
  // send, e.g. the rate limits' store), which carries a `severity`.
  const fromDriver =
    error instanceof DriverException || (error instanceof Error && typeof (error as { severity?: unknown }).severity === 'string');
  if (!fromDriver) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : null;
}

/** body-parser's error types: entity.too.large, entity.parse.failed, charset.unsupported, … */
const BODY_ERROR_TYPES = /^(entity|request|charset|encoding)\./;

/** What express's body parser refuses before any handler runs (`type` is body-parser's). */
function httpBodyError(error: unknown): ContractError | null {
  const type = (error as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !BODY_ERROR_TYPES.test(type)) return null;
  const tooLarge = type === 'entity.too.large';
  return {
    message: tooLarge ? TOO_LARGE_MESSAGE : BAD_REQUEST_MESSAGE,
    extensions: { code: 'BAD_USER_INPUT', reason: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' },
  };
}

/** The HTTP status of a contract error, for the document routes and requests GraphQL could not run. */
export function httpStatusOf(error: Pick<ContractError, 'extensions'> | GraphQLFormattedError): number {
  const extensions = error.extensions ?? {};
  if (extensions.reason === 'PAYLOAD_TOO_LARGE') return 413;
  switch (extensions.code) {
    case 'BAD_USER_INPUT':
      return 400;
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
      return 409;
    case 'RATE_LIMITED':
      return 429;
    default:
      return 500;
  }
}

/** Answers an Express request with the contract's JSON (`{ errors: [{ message, extensions }] }`). */
export function sendContractError(res: Response, error: unknown): void {
  const contract = toContractError(error);
  if (contract.extensions.code === 'INTERNAL') res.err = error as Error; // pino-http logs it with the request id
  const retryAfter = contract.extensions.retryAfterSeconds;
  if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
  res.status(httpStatusOf(contract)).json({ errors: [contract] });
}

/** Apollo's formatError: every GraphQL error in the contract. */
export function apiErrorFormatter(schema: GraphQLSchema) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const contract = toContractError(error, { formatted, schema });
    if (contract.extensions.code === 'INTERNAL') console.error('Unexpected error', unwrapResolverError(error));
    return { message: contract.message, locations: formatted.locations, path: formatted.path, extensions: contract.extensions };
  };
}

/**
 * A request that GraphQL could not run at all (no `data`: unparsable, invalid, over a limit,
 * refused before execution) answers the HTTP status of its error's code. An error while
 * executing keeps 200 with `data`, as GraphQL over HTTP says for application/json.
 */
export function contractHttpStatus(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { singleResult } = response.body;
          const first = singleResult.errors?.[0];
          if (!first || 'data' in singleResult) return;
          response.http.status = httpStatusOf(first);
        },
      };
    },
  };
}

/** Japanese for what graphql-js says about a value it refused, naming the field by its label. */
function valueMessage(label: string, reason: string): string {
  if (reason.includes(YEN_MESSAGE)) return `${label}は1円以上10兆円以下の整数で入力してください。`;
  if (/was not provided|must not be null/.test(reason)) return `${label}を入力してください。`;
  if (/is not defined by type/.test(reason)) return `${label} という入力項目はありません。`;
  return `${label}の値が正しくありません。`;
}

/** The field graphql-js says is missing or unknown inside an object (`Field "x" of required type …`). */
function innerField(reason: string): string[] {
  const missing = /Field "(?:[\w]+\.)?(\w+)" of required type "[^"]+" was not provided/.exec(reason);
  return missing ? [missing[1]] : [];
}

/**
 * A variable that GraphQL itself refused (a scalar's parse, a wrong type): graphql-js names the
 * variable, `Variable "$d" got invalid value 0 at "d.advancePayment.amount"; …`. The field is
 * named by where the variable is used (`input.advancePayment.amount`), never by the variable.
 */
function describeVariableError(schema: GraphQLSchema | undefined, source: string | undefined, message: string) {
  const invalid = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; (.*)$/s.exec(message);
  const missing = /^Variable "\$(\w+)" of (?:required|non-null) type "[^"]+" (?:was not provided|must not be null)\.$/.exec(message);
  if (!invalid && !missing) return null;
  const variable = (invalid ?? missing)![1];
  const reason = invalid ? invalid[3] : message;
  const below = (invalid?.[2] ?? variable)
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .slice(1);
  const rest = [...below, ...innerField(reason)];
  const field = schema && source ? inputFieldAt(schema, source, { variable, rest }) : null;
  const path = field?.path ?? [variable, ...rest].join('.');
  return { field: path, message: valueMessage(field?.label ?? path, reason) };
}

/**
 * A value written in the query itself that GraphQL's validation refused (`amount: 0`,
 * `input: { foo: 1 }`): named by its path in the arguments, like a variable's.
 */
function describeLiteralError(schema: GraphQLSchema | undefined, error: unknown, message: string) {
  const missing = /^Field "(\w+)" argument "(\w+)" of type "[^"]+" is required, but it was not provided\.$/.exec(message);
  if (missing && schema) {
    // A required argument left out (`submitApplication { … }`): named like any missing value.
    const [, fieldName, argumentName] = missing;
    const field = schema.getMutationType()?.getFields()[fieldName] ?? schema.getQueryType()?.getFields()[fieldName];
    const definition = field?.args.find((arg) => arg.name === argumentName);
    return { field: argumentName, message: valueMessage(labelOf(definition?.description, argumentName), 'was not provided') };
  }
  const node = error instanceof GraphQLError ? error.nodes?.[0] : undefined;
  const source = node?.loc?.source.body;
  if (!schema || !node?.loc || !source || !LITERAL_KINDS.has(node.kind)) return null;
  const field = inputFieldAt(schema, source, { offset: node.loc.start, rest: innerField(message) });
  return field && { field: field.path, message: valueMessage(field.label, message) };
}

/** What ValuesOfCorrectTypeRule points at: a value written inline, or a field of an object. */
const LITERAL_KINDS = new Set<string>([
  Kind.INT,
  Kind.FLOAT,
  Kind.STRING,
  Kind.BOOLEAN,
  Kind.NULL,
  Kind.ENUM,
  Kind.LIST,
  Kind.OBJECT,
  Kind.OBJECT_FIELD,
]);

/** Apollo's and graphql-js's codes for a request that could not be run as sent. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** graphql-js's and graphql-armor's words for a document over one of the query limits. */
const QUERY_LIMIT = /limit of \d+ exceeded|contains more tha[nt] \d+ tokens/i;

/**
 * A request GraphQL itself refused, by Apollo's code: a value GraphQL refused (a variable or a
 * value written inline) is BAD_USER_INPUT with `field`, its path in the arguments; other requests
 * GraphQL could not run are BAD_USER_INPUT with GraphQL's own message (English, naming what is
 * wrong) as `detail` for the developer.
 */
function graphqlRequestError(formatted: GraphQLFormattedError, error: unknown, schema?: GraphQLSchema): ContractError | null {
  const code = formatted.extensions?.code;
  if (/^Too many errors processing variables/.test(formatted.message)) {
    // graphql-js stops after 50 refused values (a long list of bad items): the values named before
    // it are the errors to read; this one says the rest were not looked at.
    return {
      message: '入力内容の誤りが多すぎるため、残りは確認していません。',
      extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ERRORS', detail: formatted.message },
    };
  }
  if (code === 'UNAUTHENTICATED') {
    // Refused before execution (a bad API token): Apollo prefixes the message.
    return { message: formatted.message.replace(/^Context creation failed: /, ''), extensions: { code } };
  }
  if (code === 'RATE_LIMITED') {
    // An API token over its budget, refused before execution.
    const { retryAfterSeconds } = formatted.extensions ?? {};
    return { message: formatted.message.replace(/^Context creation failed: /, ''), extensions: { code, retryAfterSeconds } };
  }
  if (code === 'BAD_USER_INPUT') {
    const source = error instanceof GraphQLError ? error.source?.body : undefined;
    const coercion = describeVariableError(schema, source, formatted.message);
    if (coercion) return { message: coercion.message, extensions: { code, field: coercion.field } };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED') {
    const literal = describeLiteralError(schema, error, formatted.message);
    if (literal)
      return { message: literal.message, extensions: { code: 'BAD_USER_INPUT', field: literal.field, detail: formatted.message } };
  }
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    const limit = QUERY_LIMIT.test(formatted.message);
    return {
      message: limit ? QUERY_LIMIT_MESSAGE : BAD_REQUEST_MESSAGE,
      extensions: { code: 'BAD_USER_INPUT', reason: limit ? 'QUERY_LIMIT' : code, detail: formatted.message },
    };
  }
  return null;
}
