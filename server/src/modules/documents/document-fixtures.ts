import type { Certificate } from '../guarantees/certificate';
import { CertificateFormat, GuaranteeKind } from '../guarantees/guarantee-kind';
import type { Guarantee } from '../guarantees/guarantee.entity';

// What the documents' tests print: the flyer's certificate and what the key notice reads of a
// guarantee, each with the fields a test changes.

/** A certificate as the flyer shows it (前払金保証, electronic), with `overrides`. */
export const certificate = (overrides: Partial<Certificate> = {}): Certificate => ({
  kind: GuaranteeKind.ADVANCE_PAYMENT,
  certificateFormat: CertificateFormat.ELECTRONIC,
  changeNumber: null,
  date: '2026-04-04',
  revokedOn: null,
  contractNumber: '35075-00001X',
  contractorAddress: '長野県松本市中央一丁目1番1号',
  contractorName: '〇〇建設株式会社',
  jointVentureMembers: [],
  ordererTitle: '松本市長',
  amount: 20_000_000,
  deadline: '2027-03-19',
  workName: '●●●●工事',
  contractAmount: 50_000_000,
  workStartDate: '2026-04-02',
  workEndDate: '2027-03-19',
  contractDate: '2026-04-01',
  depositBank: '〇〇銀行　××支店',
  statement: '当社は、前払金保証約款に基づき上記のとおり保証契約を締結し、その責に任じます。',
  guarantorAddress: '東京都中央区八丁堀2丁目27番10号',
  guarantorName: '東日本建設業保証株式会社',
  guarantorRepresentative: '取締役社長　保証 一郎',
  branchName: '長野支店',
  branchTel: '026-226-7520',
  branchFax: '026-226-7530',
  ...overrides,
});

/** What the key notice reads of a guarantee. */
export const guarantee = ({
  workName = '●●●●工事',
  contractor = '〇〇建設株式会社',
  jv = null as string | null,
  members = [] as string[],
} = {}) =>
  ({
    kind: GuaranteeKind.ADVANCE_PAYMENT,
    contractNumber: '35075-00001X',
    workName,
    work: { jointVentureName: jv, jointVentureMembers: members.map((name) => ({ name })) },
    contractor: { name: contractor },
    branch: { name: '長野支店', tel: '026-226-7520', fax: '026-226-7530', guarantor: { name: '東日本建設業保証株式会社' } },
  }) as unknown as Guarantee;
