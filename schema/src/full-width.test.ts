import { describe, expect, it } from 'vitest';
import { toFullWidth } from './full-width';

describe('toFullWidth', () => {
  it('converts ASCII and spaces', () => {
    expect(toFullWidth('ABC Bank 123')).toBe('ＡＢＣ　Ｂａｎｋ　１２３');
  });
  it('converts half-width katakana with voiced marks', () => {
    expect(toFullWidth('ﾏﾂﾓﾄｼﾝﾖｳｷﾝｺ ﾎﾝﾃﾝ')).toBe('マツモトシンヨウキンコ　ホンテン');
    expect(toFullWidth('ｶﾞｸﾞﾊﾟ')).toBe('ガグパ');
  });
  it('leaves full-width text as it is', () => {
    expect(toFullWidth('〇〇銀行　××支店')).toBe('〇〇銀行　××支店');
  });
});
