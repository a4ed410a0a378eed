import { CombinedGraphQLErrors } from '@apollo/client';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { conflictCurrent, fieldErrors, renamePath, showFieldErrors } from './field-errors';

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

  it('places every message an error lists in `fields` at its field', () => {
    const error = errors({
      message: '前払金保証金額は請負金額（50,000,000円）以下にしてください。',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'input.advancePayment.amount',
        fields: [
          { field: 'input.advancePayment.amount', message: '前払金保証金額は請負金額（50,000,000円）以下にしてください。' },
          { field: 'input.destinationBranchId', message: '申込送信先を入力してください。' },
        ],
      },
    });
    expect(fieldErrors(error)).toEqual({
      'advancePayment.amount': '前払金保証金額は請負金額（50,000,000円）以下にしてください。',
      destinationBranchId: '申込送信先を入力してください。',
    });
  });

  it('renames a path by the longest start it has in the table, whole segments only', () => {
    const renamed = { work: 'job', 'work.jointVentureMembers': 'work.members', notifyEmail: 'information.notifyEmail' };
    expect(renamePath('work.jointVentureMembers.0.name', renamed)).toBe('work.members.0.name');
    expect(renamePath('work.name', renamed)).toBe('job.name');
    expect(renamePath('notifyEmail', renamed)).toBe('information.notifyEmail');
    expect(renamePath('notifyEmailAgain', renamed)).toBeUndefined();
  });

  it('shows the form’s own field errors over the messages it shows, and tells when none was its own', () => {
    let shown: Record<string, ReactNode> = { 'advancePayment.amount': '前払金保証金額を入力してください。' };
    const form = {
      getValues: () => ({ advancePayment: {}, information: {} }),
      setErrors: (update: (current: Record<string, ReactNode>) => Record<string, ReactNode>) => {
        shown = update(shown);
      },
    };
    const error = errors({
      message: '申込送信先の支店が見つかりません。',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'input.destinationBranchId',
        fields: [
          { field: 'input.destinationBranchId', message: '申込送信先の支店が見つかりません。' },
          { field: 'input.kinds', message: '前払金保証と契約保証の少なくとも一方を申し込んでください。' },
          { field: 'input.unknown', message: 'x' },
        ],
      },
    });
    expect(showFieldErrors(form, error, { destinationBranchId: 'information.destinationBranchId', kinds: 'kinds' })).toBe(true);
    expect(shown).toEqual({
      'advancePayment.amount': '前払金保証金額を入力してください。',
      'information.destinationBranchId': '申込送信先の支店が見つかりません。',
      kinds: '前払金保証と契約保証の少なくとも一方を申し込んでください。',
    });
    expect(showFieldErrors(form, errors({ message: 'x', extensions: { code: 'BAD_USER_INPUT', field: 'input.other' } }))).toBe(false);
  });

  it('reads the state that won a CONFLICT', () => {
    const error = errors({ message: '他の担当者が先に…', extensions: { code: 'CONFLICT', current: { version: 3 } } });
    expect(conflictCurrent(error)).toEqual({ version: 3 });
    expect(conflictCurrent(errors({ message: 'x', extensions: { code: 'CONFLICT' } }))).toBeUndefined();
  });
});
