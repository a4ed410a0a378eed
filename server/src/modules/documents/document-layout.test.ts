import fs from 'node:fs';
import { TEXT_LIMITS, unprintableCharacters } from '@esurety/schema';
import { describe, expect, it } from 'vitest';
import { FeePaymentMethod, GuaranteeKind } from '../guarantees/guarantee-kind';
import { FeeStatementReason, type FeeStatement } from '../fees/fee-statement.entity';
import { feeStatementRows, renderFeeStatement } from './fee-statement.pdf';
import type { Guarantee } from '../guarantees/guarantee.entity';
import { certificateRows, renderCertificate } from './certificate.pdf';
import type { RenderedDocument } from './fit-to-page';
import { keyNoticeRows, renderKeyNotice } from './key-notice.pdf';
import type { CellBox } from './page-layout';
import { cellText, inside, linesOf, pdfText, pdfWords, PRINTABLE_AREA, withoutSpaces, wordsIn, type Word } from './pdf-inspection';
import { breakAllowed } from './typesetting';
import { certificate, guarantee } from './document-fixtures';

// Rendering without a server: what each document prints for the kinds of text in issue 11 §1–2.

const KEY = 'Z28YUE4J3Bux';
const keyNotice = (g: Guarantee) => renderKeyNotice(g, KEY, '2026-04-04', 'https://esurety.example.jp');

const take = (text: string, length: number) => [...text.repeat(Math.ceil(length / [...text].length))].slice(0, length).join('');

/** The watermark 閲覧用 is drawn large and turned; it is no line of text. */
const textWords = (words: Word[]) => words.filter((w) => !(/^[閲覧用]+$/.test(w.text) && w.yMax - w.yMin > 15));

/**
 * Every check a reader's eye makes: each word on the page's printable area, each word that starts in a
 * table cell wholly inside it, each cell reading back exactly what was put in (whitespace aside), and no
 * line of a cell, nor of the running text, starting or ending against 禁則.
 */
function expectLaidOut(document: RenderedDocument, expected: Map<string, string[]>) {
  const words = textWords(pdfWords(document.pdf));
  for (const word of words) expect(inside(word, PRINTABLE_AREA), `${word.text} off the printable area`).toBe(true);
  for (const cell of document.cells) {
    for (const word of wordsIn(words, cell))
      expect(inside(word, cell), `${word.text} crosses the ${cell.label} ${cell.part} cell`).toBe(true);
  }
  for (const [label, text] of expected) {
    const cell = document.cells.find((c) => c.label === label && c.part === 'value')!;
    expect(cell, label).toBeDefined();
    expect(withoutSpaces(cellText(words, cell)), label).toBe(withoutSpaces(text.join('')));
  }
  const inCells = new Set(document.cells.flatMap((cell) => wordsIn(words, cell)));
  const lines = [...document.cells.flatMap((cell) => linesOf(wordsIn(words, cell))), ...linesOf(words.filter((w) => !inCells.has(w)))];
  // A paragraph may begin with a closing bracket or end with an opening one: only breaks are judged.
  const paragraphs = [...expected.values()].flat().map(withoutSpaces);
  for (const line of lines) {
    const text = withoutSpaces(line);
    const characters = [...text];
    if (characters.length === 0) continue;
    if (!paragraphs.some((p) => p.startsWith(text))) {
      expect(breakAllowed('あ', characters[0]), `line starts with ${characters[0]}: ${line}`).toBe(true);
    }
    if (!paragraphs.some((p) => p.endsWith(text))) {
      expect(breakAllowed(characters[characters.length - 1], 'あ'), `line ends with ${characters[characters.length - 1]}: ${line}`).toBe(
        true,
      );
    }
  }
}

const valueCells = (rows: { label: string; value: string[] }[]) => new Map(rows.map((r) => [r.label, r.value]));
const cellsOf = (document: RenderedDocument, label: string): CellBox[] => document.cells.filter((c) => c.label === label);

describe('documents print every accepted character as itself', () => {
  it('prints characters outside the BMP: 𠮷 in the work name and a JV member (issue 11 §1)', () => {
    const c = certificate({
      workName: '𠮷田地区排水路整備工事',
      contractorName: '〇〇・𠮷田特定建設工事共同企業体',
      jointVentureMembers: ['〇〇建設株式会社', '株式会社𠮷田組'],
    });
    const cert = renderCertificate(c);
    expectLaidOut(cert, valueCells(certificateRows(c)));
    expect(pdfText(cert.pdf)).toContain('𠮷田地区排水路整備工事');
    expect(pdfText(cert.pdf)).toContain('株式会社𠮷田組');

    const g = guarantee({
      workName: '𠮷田地区排水路整備工事',
      jv: '〇〇・𠮷田特定建設工事共同企業体',
      members: ['株式会社𠮷田組', '〇〇建設株式会社'],
    });
    const notice = keyNotice(g);
    expectLaidOut(notice, valueCells(keyNoticeRows(g, KEY)));
    expect(pdfText(notice.pdf)).toContain('𠮷田地区排水路整備工事');
    expect(pdfText(notice.pdf)).toContain('株式会社𠮷田組（〇〇・𠮷田特定建設工事共同企業体 代表者）');
  });

  it.each([
    ['JIS X 0213 kanji beyond the BMP', '𩸽料理店・𡈽屋・𢌞組'],
    ['a 異体字 variation sequence and its plain base side by side', '葛\u{E0100}城市と葛城市、辻\u{E0100}と辻'],
    ['compatibility and radical code points that share a glyph with another', '髙橋・﨑・⼯事と工事'],
    ['Korean Hangul (a Korean JV partner)', '현대건설 주식회사'],
    ['simplified Chinese (a Chinese JV partner)', '中国建筑第八工程局有限公司・中建三局集团'],
    ['traditional Chinese (a Taiwanese JV partner)', '台灣營造股份有限公司・瀚'],
    ['Vietnamese Latin with diacritics', 'Công ty Cổ phần Xây dựng Hòa Bình – Tổng công ty'],
    ['European Latin, Greek and Cyrillic', 'Łódź Bau GmbH & Ørsted ΑΒΓ Строй'],
    ['text typed decomposed (ト + combining dakuten)', 'ト\u3099ーム前ﾃﾞｨ'],
  ])('prints %s exactly', (_kind, text) => {
    expect(unprintableCharacters(text)).toEqual([]);
    const c = certificate({ workName: text, jointVentureMembers: ['〇〇建設株式会社', text], contractorName: `${text}特定JV` });
    const cert = renderCertificate(c);
    expectLaidOut(cert, valueCells(certificateRows(c)));
    const g = guarantee({ workName: text, jv: `${text}特定JV`, members: [text] });
    expectLaidOut(keyNotice(g), valueCells(keyNoticeRows(g, KEY)));
  });
});

describe('documents fit every allowed input and break lines the Japanese way (issue 11 §2)', () => {
  const realName = '令和3年度 5月20日から21日発生5月豪雨災害復旧事業 上戸中条井災害復旧工事';
  const suffix = '【土木一式工事B・C級(市内本店)(支店・営業所の本店扱い含む)】';
  const jvName = '〇〇建設・髙橋建設・山﨑組特定建設工事共同企業体';

  it('wraps the key notice’s 工事名 and 受注者名 inside their cells', () => {
    for (const workName of [realName, realName + suffix]) {
      const g = guarantee({ workName, jv: jvName, members: ['〇〇建設株式会社'] });
      const notice = keyNotice(g);
      expectLaidOut(notice, valueCells(keyNoticeRows(g, KEY)));
      expect(notice.pages).toBe(1);
      expect(cellsOf(notice, '工事名')[1].height).toBeGreaterThan(cellsOf(notice, '商品（保証区分）')[1].height);
    }
  });

  const maximum = {
    workName: take(`${realName}${suffix}𠮷田葛\u{E0100}城`, TEXT_LIMITS.name),
    jointVentureName: take(`${jvName}・현대건설・中建三局集团・Công ty Cổ phần`, TEXT_LIMITS.name - 1),
    members: [
      take('〇〇建設株式会社（ちょっと長い名前ー）', TEXT_LIMITS.memberName),
      take('現代建設 현대건설 주식회사 Hyundai E&C ', TEXT_LIMITS.memberName),
    ],
    depositBank: take('〇〇銀行　××支店（普通預金）「ありません。」', TEXT_LIMITS.depositBank),
  };

  it('keeps the certificate on one page with its FAX line and both notes when every field is at its maximum', () => {
    const c = certificate({
      workName: maximum.workName,
      contractorName: maximum.jointVentureName,
      jointVentureMembers: maximum.members,
      depositBank: maximum.depositBank,
      changeNumber: 3,
      revokedOn: '2026-06-01',
    });
    const cert = renderCertificate(c);
    expectLaidOut(cert, valueCells(certificateRows(c)));
    expect(cert.pages).toBe(1);
    expect(cert.scale).toBeGreaterThanOrEqual(0.76);
    const text = pdfText(cert.pdf, false);
    expect(text).toContain('FAX: 026-226-7530');
    expect(withoutSpaces(text)).toContain(
      withoutSpaces('（注）1. 保証契約を変更する場合は、表題の下に変更の表示と変更の発生番号を付記し、変更後の契約内容を表示します。'),
    );
    expect(withoutSpaces(text)).toContain(
      withoutSpaces(
        '2. 請負金額のみの変更の場合は、この保証契約の効力に影響を及ぼさないで、保証契約の変更の手続きをとる必要はありません。',
      ),
    );
  });

  it('keeps the key notice on one page, QR code and footer included, when every field is at its maximum', () => {
    const g = guarantee({
      workName: maximum.workName,
      contractor: maximum.members[0],
      jv: maximum.jointVentureName,
      members: maximum.members,
    });
    const notice = keyNotice(g);
    expectLaidOut(notice, valueCells(keyNoticeRows(g, KEY)));
    expect(notice.pages).toBe(1);
    expect(withoutSpaces(pdfText(notice.pdf))).toContain(withoutSpaces('TEL 026-226-7520　FAX 026-226-7530'));
  });

  it('continues on a second page rather than losing text when even the smallest type does not fit', () => {
    // Only data outside the application limits (a branch's or contractor's own records) can get here.
    const c = certificate({
      contractorAddress: take('長野県松本市中央一丁目1番1号　', 1500),
      workName: maximum.workName,
      depositBank: maximum.depositBank,
    });
    const cert = renderCertificate(c);
    expect(cert.pages).toBe(2);
    expect(cert.scale).toBe(0.76);
    expectLaidOut(cert, valueCells(certificateRows(c)));
    expect(pdfText(cert.pdf)).toContain('保証証書（続き）');
    expect(pdfText(cert.pdf)).toContain('FAX: 026-226-7530');
  });

  it('breaks the fixed wording without the flyer’s faults: no QRコ / ード, no ありませ / ん。, no widow', () => {
    const lines = [
      ...linesOf(textWords(pdfWords(renderCertificate(certificate()).pdf))),
      ...linesOf(textWords(pdfWords(keyNotice(guarantee({ jv: jvName, members: ['〇〇建設株式会社'] })).pdf))),
    ].map(withoutSpaces);
    expect(lines.some((l) => l.endsWith('ありませ'))).toBe(false);
    expect(lines.some((l) => l.endsWith('QRコ'))).toBe(false);
    // A paragraph's last line holds more than one character and its punctuation (記 is a paragraph of one).
    for (const line of lines.filter((l) => l !== '記'))
      expect([...line.replace(/[\p{Pe}\p{Pf}。、．，.,]/gu, '')].length, line).toBeGreaterThan(1);
  });

  it('never starts a line with a closing bracket, 。、・ー or a small kana, nor ends one with an opening bracket', () => {
    // Each of the flyer's faults: QRコ/ード, ありませ/ん。, a line starting with ）.
    expect(breakAllowed('コ', 'ー')).toBe(false);
    expect(breakAllowed('せ', 'ん')).toBe(true);
    expect(breakAllowed('ん', '。')).toBe(false);
    expect(breakAllowed('店', ')')).toBe(false);
    expect(breakAllowed('（', '株')).toBe(false);
    expect(breakAllowed('キ', 'ャ')).toBe(false);
    expect(breakAllowed('設', '・')).toBe(false);
    const awkward = take('ありません。QRコード（株式会社）「キャッチー」、ちょっと・ァィゥ', 200);
    const c = certificate({ workName: awkward, depositBank: take('（ああああ）。', 100) });
    expectLaidOut(renderCertificate(c), valueCells(certificateRows(c)));
  });
});

describe('random strings of the allowed characters print exactly', () => {
  // A fixed seed: the same strings on every run; a failure names the string.
  let seed = 20261130;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pools = [
    '工事道路改良橋梁排水路整備災害復旧髙﨑𠮷𩸽𡈽葛辻建設株式会社組共同企業体',
    'あいうえおかきくけこさしすせそたちつてとぁぃぅぇぉっゃゅょゎーアイウエオカキクケコァィゥェォッャュョヮヵヶ',
    '（）「」『』【】〔〕［］｛｝〈〉《》、。・：；！？‥…〜～－',
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 -&.,()',
    '현대건설주식회사 삼성물산',
    '中建三局集团说们设计',
    'ĂăÂâĐđÊêÔôƠơƯưẠạẢảẤấẦầẨẩẪẫẬậệởữ',
    'ＡＢＣ１２３　ｱｲｳｴｵﾞﾟ',
  ];
  const variationSequences = ['葛\u{E0100}', '辻\u{E0100}'];
  const randomText = (length: number) => {
    let text = '';
    while ([...text].length < length) {
      if (random() < 0.03) text += variationSequences[Math.floor(random() * variationSequences.length)];
      else {
        const pool = [...pools[Math.floor(random() * pools.length)]];
        const run = 1 + Math.floor(random() * 12);
        for (let i = 0; i < run; i++) text += pool[Math.floor(random() * pool.length)];
      }
    }
    return [...text].slice(0, length).join('').trim() || '工事';
  };

  it.each(Array.from({ length: 6 }, (_, i) => i))('random set %i', () => {
    const c = certificate({
      workName: randomText(1 + Math.floor(random() * TEXT_LIMITS.name)),
      contractorName: randomText(1 + Math.floor(random() * (TEXT_LIMITS.name - 1))),
      jointVentureMembers: [
        randomText(1 + Math.floor(random() * TEXT_LIMITS.memberName)),
        randomText(1 + Math.floor(random() * TEXT_LIMITS.memberName)),
      ],
      depositBank: randomText(1 + Math.floor(random() * TEXT_LIMITS.depositBank)),
    });
    for (const text of [c.workName, c.contractorName, c.depositBank!, ...c.jointVentureMembers])
      expect(unprintableCharacters(text), text).toEqual([]);
    expectLaidOut(renderCertificate(c), valueCells(certificateRows(c)));
    const g = guarantee({ workName: c.workName, jv: c.contractorName, members: c.jointVentureMembers });
    expectLaidOut(keyNotice(g), valueCells(keyNoticeRows(g, KEY)));
  });
});

describe('the 保証料計算書 (fee statement) prints every character, fits the page and keeps 禁則', () => {
  const statement = (overrides: Partial<FeeStatement> = {}) =>
    ({
      statementNumber: '20075-000012-02',
      sequence: 2,
      reason: FeeStatementReason.CHANGE,
      kind: GuaranteeKind.ADVANCE_PAYMENT,
      contractNumber: '20075-000012',
      workName: '●●●●工事',
      contractorName: '〇〇建設株式会社',
      amount: 10_000_000,
      periodStart: '2026-11-30',
      periodEnd: '2027-03-19',
      periodDays: 110,
      rateEffectiveFrom: '2026-04-01',
      rateBands: [
        { upTo: 100_000_000, ratePerMillion: 1800 },
        { upTo: 1_000_000_000, ratePerMillion: 1400 },
        { upTo: null, ratePerMillion: 1000 },
      ],
      minimumFee: 3000,
      exampleRates: true,
      fee: 5424,
      previouslyCharged: 10_849,
      charge: 0,
      refund: 5425,
      feePaymentMethod: FeePaymentMethod.LUMP_SUM,
      feeBillingParty: '〇〇建設株式会社 経理部',
      paperWanted: true,
      issuedOn: '2026-11-30',
      branch: { name: '長野支店', tel: '026-226-7520', fax: '026-226-7530', guarantor: { name: '東日本建設業保証株式会社' } },
      ...overrides,
    }) as unknown as FeeStatement;

  it('reads back every row and says what is refunded', () => {
    const s = statement();
    const document = renderFeeStatement(s);
    if (process.env.SAVE_PDF) fs.writeFileSync('/tmp/fee-statement.pdf', document.pdf);
    expectLaidOut(document, valueCells(feeStatementRows(s)));
    expect(document.pages).toBe(1);
    const text = withoutSpaces(pdfText(document.pdf));
    expect(text).toContain('5,425円を返戻します。');
    expect(text).toContain('100,000,000円超1,000,000,000円以下の部分年0.14%');
    expect(text).toContain('デモ用の例示です');
  });

  it('keeps the longest names and characters outside the BMP inside their cells', () => {
    const workName = take('𠮷田地区排水路（その１）整備工事、「第２工区」。', TEXT_LIMITS.name);
    const s = statement({
      workName,
      contractorName: take('〇〇・𠮷田特定建設工事共同企業体', TEXT_LIMITS.name),
      feeBillingParty: take('株式会社𠮷田組（経理部）、', 100),
      reason: FeeStatementReason.REVOCATION,
      refund: 0,
      exampleRates: false,
    });
    for (const text of [s.workName, s.contractorName, s.feeBillingParty]) expect(unprintableCharacters(text), text).toEqual([]);
    const document = renderFeeStatement(s);
    expectLaidOut(document, valueCells(feeStatementRows(s)));
    const text = withoutSpaces(pdfText(document.pdf));
    expect(text).toContain(withoutSpaces(workName));
    expect(text).toContain('返戻する保証料はありません');
    expect(text).not.toContain('デモ用の例示です');
  });
});
