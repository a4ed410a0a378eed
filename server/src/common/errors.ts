/** The stable codes of the API's error contract. */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'RATE_LIMITED' | 'INTERNAL';

/**
 * A rule of the domain was broken; services throw these, never GraphQL errors. How every error
 * (these, the ORM's, the driver's, GraphQL's) reaches a client is common/error-contract.ts.
 */
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
