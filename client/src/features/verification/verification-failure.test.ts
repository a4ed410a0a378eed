import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { readVerificationFailure } from './verification-failure';

const errors = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: { verifyGuarantee: null }, errors: [{ message, extensions }] });

describe('readVerificationFailure', () => {
  it('reads the attempts left from NOT_FOUND, when the server says', () => {
    const failure = readVerificationFailure(
      errors('保証契約番号または認証キーが正しくありません。', { code: 'NOT_FOUND', remainingAttempts: 0 }),
    );
    expect(failure).toMatchObject({ kind: 'notFound', remainingAttempts: 0 });
    expect(readVerificationFailure(errors('x', { code: 'NOT_FOUND' }))).toMatchObject({ kind: 'notFound', remainingAttempts: null });
  });

  it('tells a lock, a bad number and anything else apart', () => {
    expect(readVerificationFailure(errors('ロックされています。', { code: 'RATE_LIMITED', retryAfterSeconds: 600 }))).toMatchObject({
      kind: 'rateLimited',
    });
    expect(readVerificationFailure(errors('保証契約番号は…', { code: 'BAD_USER_INPUT', field: 'input.contractNumber' }))).toEqual({
      kind: 'contractNumber',
      message: '保証契約番号は…',
    });
    expect(readVerificationFailure(new Error('network'))).toMatchObject({ kind: 'other' });
  });
});
