import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { conflictCurrent, fieldErrors } from './field-errors';

const errors = (...list: { message: string; extensions?: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ data: null, errors: list });

describe('field errors', () => {
  it('places each BAD_USER_INPUT at its field, without the argument name', () => {
    const error = errors(
      { message: '保証金額は請負金額以下にしてください。', extensions: { code: 'BAD_USER_INPUT', field: 'input.amount' } },
      { message: '取消の理由を入力してください。', extensions: { code: 'BAD_USER_INPUT', field: 'input.reason' } },
      { message: '対象が見つかりません。', extensions: { code: 'NOT_FOUND' } },
    );
    expect(fieldErrors(error)).toEqual({ amount: '保証金額は請負金額以下にしてください。', reason: '取消の理由を入力してください。' });
    expect(fieldErrors(new Error('network'))).toEqual({});
  });

  it('reads the state that won a CONFLICT', () => {
    const error = errors({ message: '他の担当者が先に…', extensions: { code: 'CONFLICT', current: { version: 3 } } });
    expect(conflictCurrent(error)).toEqual({ version: 3 });
    expect(conflictCurrent(errors({ message: 'x', extensions: { code: 'CONFLICT' } }))).toBeUndefined();
  });
});
