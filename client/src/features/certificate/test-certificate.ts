import type { CertificateFieldsFragment } from '../../gql/graphql';

/** The flyer's certificate (前払金保証 for ●●●●工事 of 松本市), for tests. */
export function testCertificate(overrides: Partial<CertificateFieldsFragment> = {}): CertificateFieldsFragment {
  return {
    __typename: 'Certificate',
    kind: 'ADVANCE_PAYMENT',
    certificateFormat: 'ELECTRONIC',
    changeNumber: null,
    date: '2026-04-04',
    revokedOn: null,
    contractNumber: '20075-00001X',
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
  };
}
