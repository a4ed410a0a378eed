import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, Kind, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { YEN_MESSAGE } from './scalars';
import { AuthenticationError, AuthorizationError, ArgumentValidationError } from 'type-graphql';
import { inputFieldAt, labelOf } from './field-paths';

/** The stable codes of the API's error contract. */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'RATE_LIMITED' | 'INTERNAL';

/** A rule of the domain was broken; services throw these, never GraphQL errors. */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  readonly extensions: Record<string, unknown> = {};
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'ログインしてください。') {
    super(message);
  }
}

export class InvalidCredentialsError extends UnauthenticatedError {
  constructor() {
    super('メールアドレスまたはパスワードが正しくありません。');
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'この操作を行う権限がありません。') {
    super(message);
  }
}

/** A READ_ONLY API token tried a mutation. */
export class ReadOnlyTokenError extends ForbiddenError {
  constructor() {
    super('このAPIトークンは読み取り専用です。変更には READ_WRITE のトークンを使ってください。');
    this.extensions.reason = 'TOKEN_SCOPE';
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(message = '対象が見つかりません。') {
    super(message);
  }
}

/**
 * The verification service's one answer for an unknown number and a wrong key alike, so that it
 * never tells which numbers exist.
 */
export class VerificationFailedError extends NotFoundError {
  constructor(remainingAttempts: number) {
    super('保証契約番号または認証キーが正しくありません。');
    this.extensions.remainingAttempts = remainingAttempts;
  }
}

/** Bad input: `field` is the path of the offending field, e.g. `input.advancePayment.amount`. */
export class BadUserInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.extensions.field = field;
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
  constructor(message = '他の操作と競合しました。最新の状態を確認してください。', current?: unknown) {
    super(message);
    if (current !== undefined) this.extensions.current = current;
  }
}

/**
 * An `Idempotency-Key` that can't be used for this request: sent before with another request
 * (IDEMPOTENCY_KEY_REUSED) or with a request still running (IDEMPOTENCY_KEY_IN_PROGRESS).
 */
export class IdempotencyConflictError extends ConflictError {
  constructor(readonly reason: 'IDEMPOTENCY_KEY_REUSED' | 'IDEMPOTENCY_KEY_IN_PROGRESS') {
    super(
      reason === 'IDEMPOTENCY_KEY_REUSED'
        ? 'この Idempotency-Key は別の内容のリクエストで使われています。新しいキーで送ってください。'
        : '同じ Idempotency-Key のリクエストを処理中です。終わってから再度お試しください。',
    );
    this.extensions.reason = reason;
  }
}

export class RateLimitedError extends DomainError {
  readonly code = 'RATE_LIMITED';
  constructor(retryAfterSeconds: number, message = 'しばらく時間をおいてから再度お試しください。') {
    super(message);
    this.extensions.retryAfterSeconds = retryAfterSeconds;
  }
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
const BAD_REQUEST_MESSAGE = 'リクエストの内容が正しくありません。';
const QUERY_LIMIT_MESSAGE = 'クエリが大きすぎます（深さ・コスト・別名・トークン数の上限を超えています）。';

const INTERNAL_MESSAGE = 'サーバーでエラーが発生しました。時間をおいて再度お試しください。';

/**
 * The one place where errors become the API's error contract. Unknown errors never leak their
 * text. A value GraphQL itself refused (a variable or a value written inline) is BAD_USER_INPUT
 * with `field`, its path in the arguments, which `schema` resolves; other requests GraphQL could
 * not run are BAD_USER_INPUT with GraphQL's own message as `detail`.
 */
export function apiErrorFormatter(schema: GraphQLSchema) {
  return (formatted: GraphQLFormattedError, error: unknown) => formatError(formatted, error, schema);
}

export function formatError(formatted: GraphQLFormattedError, error: unknown, schema?: GraphQLSchema): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.extensions } };
  }
  if (original instanceof AuthenticationError) {
    return { ...base, message: 'ログインしてください。', extensions: { code: 'UNAUTHENTICATED' } };
  }
  if (original instanceof AuthorizationError) {
    return { ...base, message: 'この操作を行う権限がありません。', extensions: { code: 'FORBIDDEN' } };
  }
  if (original instanceof ArgumentValidationError) {
    const first = original.extensions.validationErrors?.[0];
    return {
      ...base,
      message: '入力内容に誤りがあります。',
      extensions: { code: 'BAD_USER_INPUT', field: first?.property, validationErrors: original.extensions.validationErrors },
    };
  }
  const code = formatted.extensions?.code;
  if (code === 'UNAUTHENTICATED') {
    // Refused before execution (a bad API token): Apollo prefixes the message.
    return { ...base, message: formatted.message.replace(/^Context creation failed: /, ''), extensions: { code } };
  }
  if (code === 'RATE_LIMITED') {
    // An API token over its budget, refused before execution.
    const { retryAfterSeconds } = formatted.extensions ?? {};
    return { ...base, message: formatted.message.replace(/^Context creation failed: /, ''), extensions: { code, retryAfterSeconds } };
  }
  if (code === 'BAD_USER_INPUT') {
    const source = error instanceof GraphQLError ? error.source?.body : undefined;
    const coercion = describeVariableError(schema, source, formatted.message);
    if (coercion) return { ...base, message: coercion.message, extensions: { code, field: coercion.field } };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED') {
    const literal = describeLiteralError(schema, error, formatted.message);
    if (literal) {
      return { ...base, message: literal.message, extensions: { code: 'BAD_USER_INPUT', field: literal.field, detail: formatted.message } };
    }
  }
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    // The request itself was wrong: GraphQL's own message (English, naming what is wrong) stays
    // as `detail` for the developer; the code is the contract's.
    const limit = /limit of \d+ exceeded/i.test(formatted.message);
    return {
      ...base,
      message: limit ? QUERY_LIMIT_MESSAGE : BAD_REQUEST_MESSAGE,
      extensions: { code: 'BAD_USER_INPUT', reason: limit ? 'QUERY_LIMIT' : code, detail: formatted.message },
    };
  }
  console.error('Unexpected error', original);
  return { ...base, message: INTERNAL_MESSAGE, extensions: { code: 'INTERNAL' } };
}
