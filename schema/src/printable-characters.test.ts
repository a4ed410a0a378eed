import { describe, expect, it } from 'vitest';
import { validateApplication } from './application-rules';
import { describeCharacter, unprintableCharacters, unprintableMessage } from './printable-characters';

describe('unprintableCharacters: what no document font can print', () => {
  it.each([
    ['𠮷田地区排水路整備工事', 'outside the BMP, JIS X 0213'],
    ['株式会社𠮷田組・𩸽・𡈽', 'more JIS X 0213 kanji beyond the BMP'],
    ['葛\u{E0100}城', 'a registered 異体字 sequence (Adobe-Japan1)'],
    ['髙橋・山﨑・⼯事', 'compatibility and radical code points'],
    ['현대건설 주식회사', 'Hangul'],
    ['中建三局集团有限公司', 'simplified Chinese'],
    ['台灣營造股份有限公司', 'traditional Chinese'],
    ['Công ty Cổ phần Xây dựng Hòa Bình', 'Vietnamese'],
    ['Łódź ΑΒΓ Строй', 'European Latin, Greek, Cyrillic'],
    ['ト\u3099ーム', 'a combining dakuten'],
    ['令和3年度 5月20日から21日発生5月豪雨災害復旧事業 上戸中条井災害復旧工事【土木一式工事B・C級(市内本店)】', 'the flyer’s work name'],
  ])('prints %s (%s)', (text) => {
    expect(unprintableCharacters(text)).toEqual([]);
  });

  it.each([
    ['葛\u{E0101}城', ['葛\u{E0101}'], 'a variation sequence no font draws'],
    ['笑😀😀', ['😀'], 'an emoji, once'],
    ['工事\u202Egnp', ['\u202E'], 'a bidi control'],
    ['\u{E0100}頭', ['\u{E0100}'], 'a selector with nothing to select'],
    ['道路\u9fff\u{30000}工事', ['\u9fff', '\u{30000}'], 'ideographs no font has'],
    ['株式会社\uE000', ['\uE000'], 'private use'],
    ['A\uFE0F', ['A\uFE0F'], 'an emoji presentation of a letter'],
  ])('refuses %s: %s (%s)', (text, expected) => {
    expect(unprintableCharacters(text)).toEqual(expected);
  });

  it('names each character with its code points, and invisible ones by code point alone', () => {
    expect(describeCharacter('葛\u{E0101}')).toBe('"葛\u{E0101}"（U+845B U+E0101）');
    expect(describeCharacter('\u202E')).toBe('文字（U+202E）');
    expect(unprintableMessage('工事名', '道路\u9fff工事😀')).toBe('工事名の"\u9fff"（U+9FFF）、"😀"（U+1F600）は保証書に印字できません。');
    expect(unprintableMessage('工事名', '道路工事')).toBeNull();
  });

  it('refuses them in every printed field of the application, as the user types, naming the field', () => {
    const errors = validateApplication(
      {
        work: {
          name: '葛\u{E0101}城地区工事',
          jointVentureName: '〇〇・😀特定JV',
          jointVentureMembers: [
            { name: '〇〇建設株式会社', address: '長野県' },
            { name: '株式会社\u9fff組', address: '長野県' },
          ],
        },
        advancePayment: { depositBank: '〇〇銀行\uE000支店', feeBillingParty: '〇〇建設\u9fff' },
        contactName: '😀', // not printed: no rule about it
      },
      { work: null, today: '2026-04-01' },
      'draft',
    );
    expect(errors).toEqual([
      { field: 'work.name', message: '工事名の"葛\u{E0101}"（U+845B U+E0101）は保証書に印字できません。' },
      { field: 'work.jointVentureName', message: 'JV名の"😀"（U+1F600）は保証書に印字できません。' },
      { field: 'work.jointVentureMembers.1.name', message: 'JV構成員の名称の"\u9fff"（U+9FFF）は保証書に印字できません。' },
      { field: 'advancePayment.feeBillingParty', message: '前払金保証料請求先の"\u9fff"（U+9FFF）は保証料計算書に印字できません。' },
      { field: 'advancePayment.depositBank', message: '預託金融機関の"\uE000"（U+E000）は保証書に印字できません。' },
    ]);
  });
});
