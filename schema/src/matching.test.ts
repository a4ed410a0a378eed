import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DASH_LIKE, likeContains, matchesAsRead, matchingKey, WAVE_DASH_LIKE } from './matching';

describe('matchingKey: two texts a person reads as the same match', () => {
  it.each([
    ['松本駅前～', '松本駅前〜', 'wave dash and full-width tilde'],
    ['ドーム前', 'ト\u3099ーム前', 'composed and decomposed dakuten'],
    ['市道１－２号線', '市道1-2号線', 'full-width digits and hyphen-minus'],
    ['市道1−2号線', '市道1‐2号線', 'minus sign and hyphen'],
    ['市道1–2号線', '市道1—2号線', 'en and em dash'],
    ['第II期', '第Ⅱ期', 'roman numeral'],
    ['ﾃｽﾄ', 'テスト', 'half-width katakana'],
    ['〇〇建設 株式会社', '〇〇建設株式会社', 'a space that carries no meaning'],
    ['〇〇建設　株式会社', '〇〇建設株式会社', 'an ideographic space'],
    ['ＡＢＣ工事', 'abc工事', 'full-width and case'],
  ])('%s matches %s (%s)', (a, b) => {
    expect(matchingKey(a)).toBe(matchingKey(b));
    expect(matchesAsRead(a, b)).toBe(true);
  });

  it.each([
    ['スーパー', 'ス-パ-', 'the long vowel mark is a letter, not a dash'],
    ['松本駅前工事', '松本駅後工事', 'different words'],
    ['第1期', '第2期', 'different numbers'],
  ])('%s does not match %s (%s)', (a, b) => {
    expect(matchesAsRead(a, b)).toBe(false);
  });

  it('escapes LIKE metacharacters', () => {
    expect(likeContains('100%_\\')).toBe('%100\\%\\_\\\\%');
  });

  describe('properties', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 30 });
    it('is idempotent', () => {
      fc.assert(
        fc.property(text, (t) => {
          expect(matchingKey(matchingKey(t))).toBe(matchingKey(t));
        }),
      );
    });

    it('ignores width: a text and its full-width form match', () => {
      const ascii = fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)) });
      fc.assert(
        fc.property(ascii, (t) => {
          const wide = [...t].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
          expect(matchingKey(wide)).toBe(matchingKey(t));
        }),
      );
    });

    it('reads every dash look-alike as - and every wave dash as ~', () => {
      fc.assert(
        fc.property(text, fc.constantFrom(...DASH_LIKE), fc.constantFrom(...WAVE_DASH_LIKE), text, (a, dash, wave, b) => {
          expect(matchingKey(a + dash + wave + b)).toBe(matchingKey(a + '-~' + b));
        }),
      );
    });

    it('ignores spaces anywhere', () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(text, fc.constantFrom(' ', '\u3000', '  '))), (parts) => {
          const spaced = parts.map(([t, s]) => t + s).join('');
          const joined = parts.map(([t]) => t).join('');
          expect(matchingKey(spaced)).toBe(matchingKey(joined));
        }),
      );
    });

    it('keeps the key of a search term a substring of the key of a text that contains it as a word', () => {
      const kanji = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fa0 }).map((c) => String.fromCharCode(c)), minLength: 1 });
      fc.assert(
        fc.property(kanji, kanji, kanji, (a, term, b) => {
          expect(matchingKey(a + term + b)).toContain(matchingKey(term));
        }),
      );
    });

    it('the LIKE pattern has every metacharacter escaped', () => {
      fc.assert(
        fc.property(text, (t) => {
          const inner = likeContains(t).slice(1, -1);
          expect(inner.replace(/\\[\\%_]/g, '')).not.toMatch(/[\\%_]/);
        }),
      );
    });
  });
});
