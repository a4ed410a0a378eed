/**
 * Words for realistic seeded data: the orderers (cities and prefectures of the two branches'
 * areas), contractors' names, works' names, banks. Combined by a seeded random generator.
 */

export type Prefecture = 'nagano' | 'kanagawa';

export const PREFECTURE_NAMES: Record<Prefecture, string> = { nagano: '長野県', kanagawa: '神奈川県' };

/** The branch of the demo data that serves each prefecture (office code). */
export const BRANCH_OF: Record<Prefecture, string> = { nagano: '20075', kanagawa: '35075' };

/** Orderers besides the demo's 松本市, 小田原市 and 塩尻市. */
export const ORDERERS: { name: string; prefecture: Prefecture }[] = [
  { name: '長野県', prefecture: 'nagano' },
  ...[
    '長野市',
    '上田市',
    '岡谷市',
    '飯田市',
    '諏訪市',
    '須坂市',
    '小諸市',
    '伊那市',
    '駒ヶ根市',
    '中野市',
    '大町市',
    '飯山市',
    '茅野市',
    '佐久市',
    '千曲市',
    '東御市',
    '安曇野市',
  ].map((name) => ({ name, prefecture: 'nagano' as const })),
  { name: '神奈川県', prefecture: 'kanagawa' },
  ...[
    '横浜市',
    '川崎市',
    '相模原市',
    '横須賀市',
    '平塚市',
    '鎌倉市',
    '藤沢市',
    '茅ヶ崎市',
    '逗子市',
    '三浦市',
    '秦野市',
    '厚木市',
    '大和市',
    '伊勢原市',
    '海老名市',
    '座間市',
    '南足柄市',
    '綾瀬市',
  ].map((name) => ({ name, prefecture: 'kanagawa' as const })),
];

/** 松本市長, 長野県知事 */
export const certificateTitleOf = (orderer: string) => (orderer.endsWith('県') ? `${orderer}知事` : `${orderer}長`);

export const TOWNS = [
  '中央',
  '本町',
  '新田',
  '大手',
  '城山',
  '駅前',
  '北部',
  '南部',
  '東部',
  '西部',
  '川端',
  '緑ヶ丘',
  '桜台',
  '若葉',
  '旭町',
  '栄町',
  '富士見',
  '松原',
  '高原',
  '山手',
  '清水',
  '宮前',
  '上野',
  '下川',
  '岩村',
  '深沢',
  '大久保',
  '小松',
];

const ROUTES = ['中央線', '環状線', '駅前通り線', '北口線', '山手線', '川沿線', '産業道路線'];
const STREAMS = ['堀', '沢', '川'];

export const FACILITIES: ((town: string, n: number) => string)[] = [
  (_t, n) => `市道${n}号線`,
  (t) => `市道${t}${ROUTES[t.length % ROUTES.length]}`,
  (t) => `県道${t}${ROUTES[(t.length + 3) % ROUTES.length]}`,
  (t) => `${t}小学校`,
  (t) => `${t}中学校`,
  (t) => `${t}橋`,
  (_t, n) => `第${n}排水路`,
  (t) => `${t}公園`,
  (t) => `${t}地区上水道配水管`,
  (t) => `${t}処理区下水道管渠`,
  (t) => `市営住宅${t}団地`,
  (t) => `${t}地区農道`,
  (t) => `一級河川${t}${STREAMS[t.length % STREAMS.length]}`,
  (t) => `${t}地区センター`,
];

export const WORK_TYPES = [
  '道路改良工事',
  '舗装補修工事',
  '橋梁補修工事',
  '耐震補強工事',
  '改築工事',
  '配水管布設替工事',
  '管渠更生工事',
  '護岸工事',
  '外壁改修工事',
  '空調設備改修工事',
  '法面保護工事',
  '側溝整備工事',
  '災害復旧工事',
  '解体工事',
  '照明設備更新工事',
];

export const CONTRACTOR_STEMS = [
  '北信',
  '東信',
  '中信',
  '南信',
  '信州',
  '安曇野',
  '諏訪',
  '千曲',
  '善光寺',
  '浅間',
  '相模',
  '湘南',
  '横浜',
  '丹沢',
  '箱根',
  '三浦',
  '鎌倉',
  '大和',
  '高田',
  '小林',
  '中村',
  '山本',
  '丸山',
  '宮下',
  '竹内',
  '上原',
  '青木',
  '柳沢',
];

export const CONTRACTOR_TRADES = ['建設', '土木', '工業', '組', '舗装', '建工', '興業', '工務店', '設備', '電設'];

export const REPRESENTATIVE_NAMES = ['建設 次郎', '土木 一郎', '工業 三郎', '信濃 花子', '相模 健一', '湘南 直子', '丸山 誠', '宮下 聡'];

export const BANKS = [
  '八十二銀行　本店営業部',
  '長野銀行　松本営業部',
  '横浜銀行　本店営業部',
  '静岡銀行　小田原支店',
  '長野県信用組合　上田支店',
  'かながわ信用金庫　横須賀支店',
];

export const REVOCATION_REASONS = [
  '工事の契約が解除されたため',
  '保証契約者からの解約の申出による',
  '請負契約の変更により不要となったため',
];
