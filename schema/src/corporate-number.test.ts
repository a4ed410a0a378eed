import { describe, expect, it } from 'vitest';
import { corporateNumberCheckDigit, isValidCorporateNumber } from './corporate-number';

describe('法人番号', () => {
  // Published corporate numbers: 国税庁 (National Tax Agency) and トヨタ自動車株式会社.
  it.each(['7000012050002', '1180301018771'])('accepts the real number %s', (n) => {
    expect(isValidCorporateNumber(n)).toBe(true);
  });

  it('computes the check digit of the 国税庁 number', () => {
    expect(corporateNumberCheckDigit('000012050002')).toBe(7);
  });

  it('rejects every single-digit change of a valid number', () => {
    const valid = '7000012050002';
    for (let i = 0; i < 13; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === valid[i]) continue;
        const typo = valid.slice(0, i) + d + valid.slice(i + 1);
        // A change of one digit that keeps the weighted sum mod 9 can slip through (e.g. 0↔9 at
        // weight 1); the scheme is defined that way, so only assert the ones it is meant to catch.
        const weight = i === 0 ? 0 : (13 - i) % 2 === 1 ? 1 : 2;
        if (i > 0 && (weight * (d - Number(valid[i]))) % 9 === 0) continue;
        expect(isValidCorporateNumber(typo), typo).toBe(false);
      }
    }
  });

  it.each(['', '123', '70000120500021', '700001205000a', '７０００１２０５０００２'])('rejects %j', (n) => {
    expect(isValidCorporateNumber(n)).toBe(false);
  });
});
