// Property tests (fast-check) of the shared parsers: contract number, key, amounts, full-width
// conversion, e-mail. The matching normalisation, characters and dates have theirs beside them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_YEN, parseYen } from './amounts';
import { AUTH_KEY_ALPHABET, AUTH_KEY_LENGTH, isWellFormedAuthKey } from './auth-key';
import { formatContractNumber, isValidContractNumber, readContractNumber } from './contract-number';
import { formatYen } from './format';
import { toFullWidth } from './full-width';
import { DASH_LIKE } from './matching';
import { isValidEmail } from './text-rules';

const officeCode = fc.integer({ min: 0, max: 99_999 }).map((n) => String(n).padStart(5, '0'));
const serial = fc.integer({ min: 0, max: 99_999 });
const toWide = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('保証契約番号 (properties)', () => {
  it('every formatted number is valid and reads as itself', () => {
    fc.assert(
      fc.property(officeCode, serial, (office, n) => {
        const number = formatContractNumber(office, n);
        expect(isValidContractNumber(number)).toBe(true);
        expect(readContractNumber(number)).toEqual({ kind: 'valid', contractNumber: number });
      }),
    );
  });

  it('reads the same whatever dash look-alike, width, case or spaces it is typed with', () => {
    fc.assert(
      fc.property(
        officeCode,
        serial,
        fc.constantFrom(...DASH_LIKE, 'ー', 'ｰ', '─', ''),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('', ' ', '\u3000'),
        (office, n, dash, wide, lower, space) => {
          const number = formatContractNumber(office, n);
          let typed = `${space}${number.slice(0, 5)}${dash}${number.slice(6)}${space}`;
          if (lower) typed = typed.toLowerCase();
          if (wide) typed = toWide(typed);
          expect(readContractNumber(typed)).toEqual({ kind: 'valid', contractNumber: number });
        },
      ),
    );
  });

  it('a changed digit is a typo, never a valid other number', () => {
    fc.assert(
      fc.property(officeCode, serial, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 9 }), (office, n, position, delta) => {
        const number = formatContractNumber(office, n);
        const index = position < 5 ? position : position + 1;
        const digit = (Number(number[index]) + delta) % 10;
        if (index === 11) return; // the check character itself: covered by the example test
        const typo = number.slice(0, index) + digit + number.slice(index + 1);
        expect(readContractNumber(typo).kind).toBe('typo');
      }),
    );
  });

  it('anything else is malformed, never an exception', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const reading = readContractNumber(text);
        if (reading.kind !== 'malformed') expect(reading.contractNumber).toMatch(/^\d{5}-\d{5}[0-9A-Z]$/);
      }),
    );
  });
});

describe('認証キー (properties)', () => {
  it('is well formed exactly when it is 12 characters of the alphabet', () => {
    const key = fc.string({ unit: fc.constantFrom(...AUTH_KEY_ALPHABET), minLength: AUTH_KEY_LENGTH, maxLength: AUTH_KEY_LENGTH });
    fc.assert(fc.property(key, (k) => void expect(isWellFormedAuthKey(k)).toBe(true)));
    fc.assert(
      fc.property(fc.string(), (s) => {
        const expected = [...s].length === AUTH_KEY_LENGTH && [...s].every((c) => AUTH_KEY_ALPHABET.includes(c));
        expect(isWellFormedAuthKey(s)).toBe(expected);
      }),
    );
  });
});

describe('parseYen (properties)', () => {
  const amount = fc.integer({ min: 1, max: MAX_YEN });
  it('reads back every amount as formatted, with or without 円, ￥, full-width digits', () => {
    fc.assert(
      fc.property(amount, fc.boolean(), fc.boolean(), fc.constantFrom('', '￥', '¥'), (value, grouped, wide, sign) => {
        let text = grouped ? formatYen(value) : `${value}円`;
        text = sign ? `${sign}${text.replace(/円$/, '')}` : text;
        if (wide) text = toWide(text);
        expect(parseYen(text)).toEqual({ ok: true, value });
      }),
    );
  });

  it('refuses commas that do not group by three', () => {
    fc.assert(
      fc.property(
        amount.filter((v) => v >= 10_000),
        fc.integer({ min: 1, max: 3 }),
        (value, shift) => {
          const digits = String(value);
          const cut = Math.max(1, digits.length - 3 - shift);
          if ((digits.length - cut) % 3 === 0) return;
          expect(parseYen(`${digits.slice(0, cut)},${digits.slice(cut)}`)).toEqual({ ok: false, reason: 'bad-grouping' });
        },
      ),
    );
  });

  it('never accepts zero, negatives, fractions or amounts above 10兆円, and never throws', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseYen(text);
        if (parsed.ok) expect(Number.isSafeInteger(parsed.value) && parsed.value >= 1 && parsed.value <= MAX_YEN).toBe(true);
      }),
    );
    fc.assert(fc.property(fc.integer({ min: -MAX_YEN, max: 0 }), (v) => void expect(parseYen(String(v)).ok).toBe(false)));
    fc.assert(
      fc.property(fc.integer({ min: MAX_YEN + 1, max: Number.MAX_SAFE_INTEGER }), (v) => void expect(parseYen(String(v)).ok).toBe(false)),
    );
  });
});

describe('toFullWidth (properties)', () => {
  it('leaves no printable ASCII or half-width katakana, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...' !"#AZaz09~', ...'ｱｶﾞﾊﾟﾝｰ', ...'漢字かな') }), (text) => {
        const wide = toFullWidth(text);
        expect(wide).not.toMatch(/[\u0020-\u007e\uff61-\uff9f]/);
        expect(toFullWidth(wide)).toBe(wide);
      }),
    );
  });

  it('keeps what was typed as read (NFKC of the result is NFKC of the input, up to the space)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)) }), (text) => {
        expect(toFullWidth(text).normalize('NFKC')).toBe(text.normalize('NFKC'));
      }),
    );
  });
});

describe('isValidEmail (properties)', () => {
  it('accepts the addresses fast-check generates within the length limit', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (address) => {
        if (address.length <= 254 && /^[\x21-\x7e]+$/.test(address) && !/@\[/.test(address)) {
          const [, domain] = address.split('@');
          if (domain.includes('.')) expect(isValidEmail(address)).toBe(true);
        }
      }),
    );
  });

  it('refuses anything with a space, a control, no @, or two @', () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.constantFrom(' ', '\u0000', '\u3000', '@'), fc.nat(), (address, bad, at) => {
        const index = at % (address.length + 1);
        const broken = address.slice(0, index) + bad + address.slice(index);
        expect(isValidEmail(broken)).toBe(false);
      }),
    );
    fc.assert(fc.property(fc.string(), (s) => void (!s.includes('@') && expect(isValidEmail(s)).toBe(false))));
  });
});
