import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findForbiddenCharacter, forbiddenCharacterError, forbiddenCharacterMessage } from './characters';
import { validateApplication } from './application-rules';

describe('findForbiddenCharacter: invisible, direction-changing and broken characters', () => {
  it.each([
    ['工事\u202Egnp.exe', 0x202e, 'bidi-control', 2],
    ['工事\u2066名', 0x2066, 'bidi-control', 2],
    ['工事\u200B名', 0x200b, 'format', 2],
    ['\uFEFF工事', 0xfeff, 'format', 0],
    ['工事\u00AD名', 0xad, 'format', 2],
    ['工事\uD800名', 0xd800, 'lone-surrogate', 2],
    ['工事\uDC00', 0xdc00, 'lone-surrogate', 2],
    ['工事\u0000', 0, 'control', 2],
    ['工事\u007F', 0x7f, 'control', 2],
    ['工事\u0085', 0x85, 'line-break', 2],
    ['工事\n名', 0x0a, 'line-break', 2],
    ['工事\u2028名', 0x2028, 'line-break', 2],
    ['工事\uFFFE', 0xfffe, 'noncharacter', 2],
    ['工事\uFFFD', 0xfffd, 'replacement', 2],
  ])('refuses %j: U+%s (%s)', (text, codePoint, kind, index) => {
    expect(findForbiddenCharacter(text)).toMatchObject({ codePoint, kind, index });
  });

  it.each([
    ['葛\u{E0100}城地区工事', 'a variation selector of a 異体字'],
    ['神\uFE00社', 'a standardised variation sequence'],
    ['ト\u3099ーム', 'a combining dakuten'],
    ['〇〇建設\u3000株式会社', 'an ideographic space'],
    ['𠮷田地区排水路整備工事', 'outside the BMP (a surrogate pair)'],
    ['😀', 'an emoji (unprintable, but not invisible)'],
  ])('keeps %j (%s)', (text) => {
    expect(findForbiddenCharacter(text)).toBeNull();
  });

  it('takes line breaks and tabs in multi-line fields only', () => {
    expect(findForbiddenCharacter('一行目\r\n二行目\t続き', { multiline: true })).toBeNull();
    expect(findForbiddenCharacter('一行目\r\n二行目')?.kind).toBe('line-break');
    expect(findForbiddenCharacter('一行目\u2028二行目', { multiline: true })?.kind).toBe('line-break');
    expect(findForbiddenCharacter('一行目\n\u202E', { multiline: true })?.kind).toBe('bidi-control');
  });

  it('names the character by code point and kind', () => {
    expect(forbiddenCharacterError('工事名', '工事\u202Egnp.exe')).toBe(
      '工事名に使用できない文字（U+202E、文字の向きを変える制御文字）が含まれています。',
    );
    expect(forbiddenCharacterMessage('担当者名', { codePoint: 0xd800, name: '対になっていないサロゲート' })).toBe(
      '担当者名に使用できない文字（U+D800、対になっていないサロゲート）が含まれています。',
    );
  });

  it('refuses them in every text field of the application, naming the field', () => {
    const errors = validateApplication(
      {
        work: { name: '工事\u202Egnp.exe', location: '長野県\u200B松本市' },
        advancePayment: { feeBillingParty: '〇〇\u0000建設' },
        contactName: '\uD83D',
        messageToBranch: '一行目\n二行目',
      },
      { work: null, today: '2026-04-01' },
      'draft',
    );
    expect(errors).toEqual([
      { field: 'work.name', message: '工事名に使用できない文字（U+202E、文字の向きを変える制御文字）が含まれています。' },
      { field: 'work.location', message: '工事場所に使用できない文字（U+200B、見えない書式制御文字）が含まれています。' },
      { field: 'advancePayment.feeBillingParty', message: '前払金保証料請求先に使用できない文字（U+0000、制御文字）が含まれています。' },
      { field: 'contactName', message: '担当者名に使用できない文字（U+D83D、対になっていないサロゲート）が含まれています。' },
    ]);
  });

  describe('properties', () => {
    const forbidden = fc.constantFrom(
      '\u202E',
      '\u202A',
      '\u2066',
      '\u200B',
      '\uFEFF',
      '\u0000',
      '\u001B',
      '\u007F',
      '\uD800',
      '\uDFFF',
      '\u2028',
    );
    it('finds a forbidden character wherever it is put, at its index', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme' }), forbidden, fc.string({ unit: 'grapheme' }), (before, bad, after) => {
          const clean = (s: string) => [...s].filter((c) => !findForbiddenCharacter(c)).join('');
          const head = clean(before);
          const found = findForbiddenCharacter(head + bad + clean(after));
          expect(found).toMatchObject({ index: head.length, codePoint: bad.charCodeAt(0) });
        }),
      );
    });

    it('finds nothing in well-formed text of letters, marks, numbers, punctuation, symbols and spaces', () => {
      const visible = fc
        .string({ unit: 'grapheme' })
        .filter((s) => /^[\p{L}\p{M}\p{N}\p{P}\p{S} \u3000]*$/u.test(s) && !/[\uFDD0-\uFDEF\uFFFD\uFFFE\uFFFF]/u.test(s));
      fc.assert(
        fc.property(visible, (text) => {
          expect(findForbiddenCharacter(text)).toBeNull();
        }),
      );
    });

    it('agrees with the well-formedness of the string: a lone surrogate is always found', { timeout: 30_000 }, () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
          if (/\p{Cs}/u.test(text)) expect(findForbiddenCharacter(text, { multiline: true })).not.toBeNull();
        }),
      );
    });
  });
});
