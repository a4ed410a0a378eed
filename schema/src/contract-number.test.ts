import { describe, expect, it } from 'vitest';
import { formatContractNumber, isValidContractNumber, mod3736CheckCharacter, readContractNumber } from './contract-number';

describe('保証契約番号', () => {
  it('has the form NNNNN-NNNNNC', () => {
    expect(formatContractNumber('35075', 0)).toMatch(/^35075-00000[0-9A-Z]$/);
    expect(formatContractNumber('20075', 12345)).toMatch(/^20075-12345[0-9A-Z]$/);
    expect(isValidContractNumber(formatContractNumber('20075', 99_999))).toBe(true);
  });

  it('computes the ISO 7064 MOD 37,36 check character of the standard’s example', () => {
    // ISO/IEC 7064 annex example for MOD 37,36: "A12425GABC1234002" has check character "M".
    expect(mod3736CheckCharacter('A12425GABC1234002')).toBe('M');
  });

  it('catches every single-character typo', () => {
    for (const serial of [0, 1, 4711, 99_999]) {
      const number = formatContractNumber('35075', serial);
      const chars = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
      for (let i = 0; i < number.length; i++) {
        if (number[i] === '-') continue;
        for (const c of i === number.length - 1 ? chars : '0123456789') {
          if (c === number[i]) continue;
          const typo = number.slice(0, i) + c + number.slice(i + 1);
          expect(isValidContractNumber(typo), typo).toBe(false);
        }
      }
    }
  });

  it('catches swapped neighbouring digits', () => {
    const number = formatContractNumber('35075', 1234); // 35075-01234C
    const swapped = `35075-02134${number.slice(-1)}`;
    expect(isValidContractNumber(swapped)).toBe(false);
  });

  it('forgives case, full-width characters, spaces and a missing hyphen', () => {
    const number = formatContractNumber('35075', 42);
    const check = number.slice(-1);
    const variants = [
      number,
      number.replace('-', ''),
      ` ${number.slice(0, 5)} ${number.slice(6)} `,
      number.toLowerCase(),
      '３５０７５－０００４２' + String.fromCharCode(check.charCodeAt(0) + 0xfee0),
    ];
    for (const v of variants) expect(readContractNumber(v), v).toEqual({ kind: 'valid', contractNumber: number });
  });

  it('says when the check character shows a typo', () => {
    const number = formatContractNumber('35075', 42);
    const typo = `35075-00043${number.slice(-1)}`;
    expect(readContractNumber(typo)).toEqual({ kind: 'typo', contractNumber: typo });
    expect(readContractNumber('35075-0004')).toEqual({ kind: 'malformed' });
  });
});
