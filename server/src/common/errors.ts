import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { label } from '@esurety/schema';
import { YEN_MESSAGE } from './scalars';
import { AuthenticationError, AuthorizationError, ArgumentValidationError } from 'type-graphql';

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

export class RateLimitedError extends DomainError {
  readonly code = 'RATE_LIMITED';
  constructor(retryAfterSeconds: number, message = 'しばらく時間をおいてから再度お試しください。') {
    super(message);
    this.extensions.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * A variable that GraphQL itself refused (a scalar's parse, a wrong type): graphql-js names the
 * path in its message, `Variable "$input" got invalid value 0 at "input.advancePayment.amount"; …`.
 * Give it the field and a Japanese message like every other bad input.
 */
function describeVariableError(message: string): { field: string; message: string } | null {
  const match = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; (.*)$/s.exec(message);
  if (!match) return null;
  const field = match[2] ?? match[1];
  const fieldLabel = label(field.replace(/^input\./, ''));
  const reason = match[3];
  if (reason === YEN_MESSAGE) return { field, message: `${fieldLabel}は1円以上10兆円以下の整数で入力してください。` };
  return { field, message: `${fieldLabel}の値が正しくありません。` };
}

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
 * text; GraphQL's own validation errors (bad query, bad variables) pass through as they are.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
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
  if (code === 'BAD_USER_INPUT') {
    const coercion = describeVariableError(formatted.message);
    if (coercion) return { ...base, message: coercion.message, extensions: { code, field: coercion.field } };
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
