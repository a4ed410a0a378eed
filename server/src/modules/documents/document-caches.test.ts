import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import type { Certificate } from '../guarantees/certificate';
import { CertificateFormat, GuaranteeKind } from '../guarantees/guarantee-kind';
import type { Guarantee } from '../guarantees/guarantee.entity';
import { renderCertificate } from './certificate.pdf';
import { cachedCuts, CUT_CACHE_SIZE, embedFont } from './document-fonts';
import { renderKeyNotice } from './key-notice.pdf';
import { pdfText, pdfWords } from './pdf-inspection';
import { BROKEN_LINES_CACHE_SIZE, ITEMIZED_CACHE_SIZE, Typesetter, typesettingCacheSizes } from './typesetting';

// What is kept across documents (font cuts parsed once, line breaks, font choices) must not change
// what a document prints, nor carry anything of one document into another, nor grow without bound.

const guarantee = {
  kind: GuaranteeKind.ADVANCE_PAYMENT,
  contractNumber: '35075-00001X',
  workName: '道路改良工事',
  work: { jointVentureName: null, jointVentureMembers: [] },
  contractor: { name: '〇〇建設株式会社' },
  branch: { name: '長野支店', tel: '026-226-7520', fax: '026-226-7530', guarantor: { name: '東日本建設業保証株式会社' } },
} as unknown as Guarantee;

const certificate: Certificate = {
  kind: GuaranteeKind.CONTRACT,
  certificateFormat: CertificateFormat.ELECTRONIC,
  changeNumber: null,
  date: '2026-04-04',
  revokedOn: null,
  contractNumber: '35075-00002Y',
  contractorAddress: '長野県松本市中央一丁目1番1号',
  contractorName: '현대건설 주식회사',
  jointVentureMembers: [],
  ordererTitle: '松本市長',
  amount: 20_000_000,
  deadline: '2027-03-19',
  workName: '𠮷田地区排水路整備工事',
  contractAmount: 50_000_000,
  workStartDate: '2026-04-02',
  workEndDate: '2027-03-19',
  contractDate: '2026-04-01',
  depositBank: null,
  statement: '当社は、契約保証約款に基づき上記のとおり保証契約を締結し、その責に任じます。',
  guarantorAddress: '東京都中央区八丁堀2丁目27番10号',
  guarantorName: '東日本建設業保証株式会社',
  guarantorRepresentative: '取締役社長　保証 一郎',
  branchName: '長野支店',
  branchTel: '026-226-7520',
  branchFax: '026-226-7530',
};

const keyNotice = (key: string) => renderKeyNotice(guarantee, key, '2026-04-04', 'https://esurety.example.jp').pdf;

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
    const other = renderCertificate(certificate).pdf;
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
    const pdf = renderCertificate({ ...certificate, workName: '排水路\\s+整備工事' }).pdf;
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
