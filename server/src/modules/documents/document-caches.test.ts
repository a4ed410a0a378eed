import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { GuaranteeKind } from '../guarantees/guarantee-kind';
import { renderCertificate } from './certificate.pdf';
import { cachedCuts, CUT_CACHE_SIZE, embedFont } from './document-fonts';
import { renderKeyNotice } from './key-notice.pdf';
import { certificate, guarantee } from './document-fixtures';
import { pdfText, pdfWords } from './pdf-inspection';
import { BROKEN_LINES_CACHE_SIZE, ITEMIZED_CACHE_SIZE, Typesetter, typesettingCacheSizes } from './typesetting';

// What is kept across documents (font cuts parsed once, line breaks, font choices) must not change
// what a document prints, nor carry anything of one document into another, nor grow without bound.

/** A 契約保証 certificate of a Korean contractor, whose name is printed in the Korean font. */
const contractCertificate = certificate({
  kind: GuaranteeKind.CONTRACT,
  contractNumber: '35075-00002Y',
  contractorName: '현대건설 주식회사',
  workName: '𠮷田地区排水路整備工事',
  depositBank: null,
  statement: '当社は、契約保証約款に基づき上記のとおり保証契約を締結し、その責に任じます。',
});

const keyNotice = (key: string) =>
  renderKeyNotice(guarantee({ workName: '道路改良工事' }), key, '2026-04-04', 'https://esurety.example.jp').pdf;

/** The PDF as bytes, without what differs between two makings of it (the time it was made, its id). */
const content = (pdf: Buffer) =>
  pdf
    .toString('latin1')
    .replace(/\/CreationDate \([^)]*\)/, '')
    .replace(/\/ID \[[^\]]*\]/, '');

describe('what documents keep across documents', () => {
  it('prints a document the same, byte for byte, from cold caches and after other documents shared them', () => {
    // The first key notice in this process: fonts cut, parsed and lines broken for it alone.
    const first = keyNotice('Z28YUE4J3Bux');
    // Another document with other characters and fonts, then a key notice that shares the first one's
    // cut but draws other letters (its widths and ToUnicode entries must stay its own).
    const other = renderCertificate(contractCertificate).pdf;
    const sibling = keyNotice('kmnpqrstvwxy');
    const again = keyNotice('Z28YUE4J3Bux');

    expect(content(again)).toBe(content(first));
    expect(pdfWords(again)).toEqual(pdfWords(first));
    expect(pdfText(sibling)).toContain('kmnpqrstvwxy');
    expect(pdfText(sibling)).not.toContain('Z28YUE4J3Bux');
    expect(pdfText(other)).toContain('현대건설 주식회사');
    expect(pdfText(other)).toContain('𠮷田地区排水路整備工事');
  });

  it('prints a backslash followed by s+ as those three characters (jsPDF’s Arabic pass would print a space)', () => {
    const pdf = renderCertificate({ ...contractCertificate, workName: '排水路\\s+整備工事' }).pdf;
    expect(pdfText(pdf)).toContain('排水路\\s+整備工事');
  });

  it('keeps at most BROKEN_LINES_CACHE_SIZE line breaks and ITEMIZED_CACHE_SIZE font choices', () => {
    const texts = Array.from({ length: BROKEN_LINES_CACHE_SIZE + 50 }, (_, i) => `No. ${i}`);
    const typesetter = new Typesetter(new jsPDF({ unit: 'mm', format: 'a4' }), texts);
    for (const text of texts) expect(typesetter.lines(text, 10, 100)).toHaveLength(1);
    expect(typesettingCacheSizes()).toEqual({ brokenLines: BROKEN_LINES_CACHE_SIZE, itemized: ITEMIZED_CACHE_SIZE });
  });

  it('refuses, as before, to set a text the typesetter was not given, even if another document set it', () => {
    const typesetter = new Typesetter(new jsPDF({ unit: 'mm', format: 'a4' }), ['保証']);
    expect(() => typesetter.lines('電子保証にかかる「認証キー」のお知らせ', 15, 170)).toThrow(/was not announced/);
  });

  it(`keeps at most CUT_CACHE_SIZE (${CUT_CACHE_SIZE}) font cuts`, () => {
    const more = CUT_CACHE_SIZE - cachedCuts() + 10;
    for (let i = 0; i < more; i++) {
      embedFont(new jsPDF({ unit: 'mm', format: 'a4' }), 'NotoSansJP', new Set([0x4e00 + i, 0x30]));
    }
    expect(cachedCuts()).toBe(CUT_CACHE_SIZE);
  });
});
