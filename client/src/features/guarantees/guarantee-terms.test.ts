import { describe, expect, it } from 'vitest';
import { checkTerms, termsValues, type CurrentTerms } from './guarantee-terms';

const current: CurrentTerms = {
  amount: 20_000_000,
  deadline: '2027-03-19',
  workName: '●●●●工事',
  workStartDate: '2026-04-02',
  workEndDate: '2027-03-19',
  depositBank: '〇〇銀行　××支店',
};

describe('checkTerms', () => {
  it('starts from the current terms, the amount with separators', () => {
    expect(termsValues(current).amount).toBe('20,000,000');
  });

  it('sends only what changed, the amount read as typed (full-width, 円)', () => {
    const values = { ...termsValues(current), amount: '２５，０００，０００円', deadline: '2027-03-31' };
    expect(checkTerms(current, values, { withDepositBank: false })).toEqual({
      ok: true,
      changed: true,
      input: { amount: 25_000_000, deadline: '2027-03-31' },
    });
  });

  it('says when nothing changed', () => {
    expect(checkTerms(current, termsValues(current), { withDepositBank: true })).toEqual({ ok: true, changed: false, input: {} });
  });

  it('sends the deposit bank only for a correction that has it', () => {
    const values = { ...termsValues(current), depositBank: '△△銀行　本店' };
    expect(checkTerms(current, values, { withDepositBank: false })).toMatchObject({ changed: false });
    expect(checkTerms(current, values, { withDepositBank: true })).toMatchObject({ input: { depositBank: '△△銀行　本店' } });
  });

  it('names each wrong field', () => {
    const values = { ...termsValues(current), amount: '1.5', workName: ' ', workStartDate: '2027-04-01', deadline: '' };
    expect(checkTerms(current, values, { withDepositBank: false })).toEqual({
      ok: false,
      errors: { amount: 'amountInvalid', workName: 'required', workEndDate: 'periodOrder', deadline: 'required' },
    });
  });

  it('keeps the shared date rules and refuses characters no field takes (issue 11 §4, §5)', () => {
    const values = {
      ...termsValues(current),
      workStartDate: '0008-04-02',
      deadline: '2027-03-01',
      workName: '工事\u202Egnp.exe',
      depositBank: '〇〇銀行\u200B',
    };
    expect(checkTerms(current, values, { withDepositBank: true })).toEqual({
      ok: false,
      errors: {
        workStartDate: 'dateOutOfRange',
        deadline: 'deadlineOrder',
        workName: 'forbiddenCharacter',
        depositBank: 'forbiddenCharacter',
      },
    });
  });
});
