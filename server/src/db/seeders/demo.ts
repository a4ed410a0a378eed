import { addDays, todayInJapan } from '@esurety/schema';
import type { EntityManager } from '../orm';
import { hashPassword } from '../../modules/identity/password';
import { Role, User, type Membership } from '../../modules/identity/user.entity';
import { Branch } from '../../modules/organisations/branch.entity';
import { Contractor } from '../../modules/organisations/contractor.entity';
import { Guarantor } from '../../modules/organisations/guarantor.entity';
import { ElectronicGuaranteeRule, Orderer } from '../../modules/organisations/orderer.entity';
import { Work } from '../../modules/works/work.entity';
import { FeeRate } from '../../modules/fees/fee-rate.entity';
import { EXAMPLE_RATES } from '../../modules/fees/example-rates';

export const DEMO_PASSWORD = 'esurety-demo';

/**
 * The demo works' dates, relative to the day in Japan the demo is loaded: contracted a few weeks
 * before, ending months after, so that a guarantee issued in the demo is 有効 and its fee counts
 * days whenever the demo is tried (a guarantee's 保証期限 is its work's end date). Announced after
 * the orderers' electronic start dates below.
 */
export function demoWorkDates(loadedOn: string) {
  const at = (days: number) => addDays(loadedOn, days);
  return {
    '●●●●工事': { announcedOn: at(-60), contractDate: at(-30), startDate: at(-29), endDate: at(350) },
    道路改良工事: { announcedOn: at(-58), contractDate: at(-28), startDate: at(-22), endDate: at(350) },
    市道橋梁補修工事: { announcedOn: at(-53), contractDate: at(-20), startDate: at(-19), endDate: at(329) },
  };
}

/**
 * The demo organisations, works and accounts of the README. Runs in one transaction and only on
 * an empty database; returns whether it loaded anything.
 */
export async function seedDemoData(em: EntityManager): Promise<boolean> {
  if ((await em.count(Guarantor)) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const dates = demoWorkDates(todayInJapan());

  await em.transactional(async (tx) => {
    const guarantor = tx.create(Guarantor, {
      name: '東日本建設業保証株式会社',
      address: '東京都中央区八丁堀2丁目27番10号',
      representativeTitle: '取締役社長',
      representativeName: '保証 一郎',
    });
    const nagano = tx.create(Branch, {
      guarantor,
      officeCode: '20075',
      name: '長野支店',
      address: '長野県長野市大字南長野字幅下692番地2',
      tel: '026-226-7520',
      fax: '026-226-7530',
      email: 'ng.mlal1@ejcs.co.jp',
    });
    const kanagawa = tx.create(Branch, {
      guarantor,
      officeCode: '35075',
      name: '神奈川支店',
      address: '神奈川県横浜市中区日本大通17番地',
      tel: '045-662-8203',
      fax: '0120-027-356',
      email: 'ka.mlal1@ejcs.co.jp',
    });

    const matsumoto = tx.create(Orderer, {
      name: '松本市',
      certificateTitle: '松本市長',
      acceptsElectronic: true,
      electronicFrom: '2026-03-01',
      electronicRule: ElectronicGuaranteeRule.WORKS_ALLOWED_BY_ORDERER,
      electronicRuleDescription: '令和8年3月1日以降、松本市が電子保証の利用を認めた工事・業務委託',
    });
    const odawara = tx.create(Orderer, {
      name: '小田原市',
      certificateTitle: '小田原市長',
      acceptsElectronic: true,
      electronicFrom: '2026-04-01',
      electronicRule: ElectronicGuaranteeRule.ANNOUNCED_OR_NOMINATED_FROM,
      electronicRuleDescription: '競争入札: 令和8年4月1日以降に公告（公表）する工事案件／随意契約: 令和8年4月1日以降に指名する工事案件',
    });
    tx.create(Orderer, { name: '塩尻市', certificateTitle: '塩尻市長', acceptsElectronic: false });

    const marumaru = new Contractor({
      name: '〇〇建設株式会社',
      address: '長野県松本市中央一丁目1番1号',
      corporateNumber: '3100001012345',
      representative: '代表取締役 建設 太郎',
    });
    const sankaku = new Contractor({
      name: '△△工業株式会社',
      address: '神奈川県小田原市荻窪300番地',
      corporateNumber: '2020001098765',
      representative: '代表取締役 工業 花子',
    });
    tx.persist([marumaru, sankaku]);

    tx.create(Work, {
      name: '●●●●工事',
      location: '長野県松本市島立地内',
      orderer: matsumoto,
      contractor: marumaru,
      contractAmount: 50_000_000,
      ...dates['●●●●工事'],
      electronicAllowedByOrderer: true,
    });
    tx.create(Work, {
      name: '道路改良工事',
      location: '神奈川県小田原市荻窪地内',
      orderer: odawara,
      contractor: marumaru,
      contractAmount: 50_000_000,
      ...dates['道路改良工事'],
    });
    tx.create(Work, {
      name: '市道橋梁補修工事',
      location: '神奈川県小田原市栄町地内',
      orderer: odawara,
      contractor: sankaku,
      contractAmount: 38_500_000,
      ...dates['市道橋梁補修工事'],
    });

    const account = (email: string, name: string, membership: Membership) =>
      tx.persist(new User({ email, name, passwordHash, ...membership }));

    account('contractor@demo.esurety.jp', '建設 次郎', { role: Role.CONTRACTOR, contractor: marumaru });
    account('contractor2@demo.esurety.jp', '工業 三郎', { role: Role.CONTRACTOR, contractor: sankaku });
    account('nagano@demo.esurety.jp', '長野 支店子', { role: Role.BRANCH_STAFF, branch: nagano });
    account('kanagawa@demo.esurety.jp', '神奈川 支店男', { role: Role.BRANCH_STAFF, branch: kanagawa });
    account('matsumoto@demo.esurety.jp', '松本 契約課', { role: Role.ORDERER, orderer: matsumoto });
    account('odawara@demo.esurety.jp', '小田原 契約課', { role: Role.ORDERER, orderer: odawara });
    account('admin@demo.esurety.jp', '管理 者', { role: Role.ADMIN });

    // 保証料率表: examples, not any company's real rates (README, docs/fees.md, and the screens say so).
    for (const rate of EXAMPLE_RATES) tx.create(FeeRate, { ...rate, example: true });
  });
  return true;
}
