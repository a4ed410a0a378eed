import type { ApplicationDetailsFragment } from '../../gql/graphql';
import type { FormOptions } from './form/form-model';

/** The demo's orderers: 松本市 decides work by work, 小田原市 by date, 塩尻市 not at all. */
export const matsumoto = {
  __typename: 'Orderer' as const,
  id: 'o-matsumoto',
  name: '松本市',
  acceptsElectronic: true,
  electronicFrom: '2026-03-01',
  electronicRule: 'WORKS_ALLOWED_BY_ORDERER' as const,
  electronicRuleDescription: '令和8年3月1日以降、松本市が電子保証の利用を認めた工事・業務委託',
};
export const odawara = {
  __typename: 'Orderer' as const,
  id: 'o-odawara',
  name: '小田原市',
  acceptsElectronic: true,
  electronicFrom: '2026-04-01',
  electronicRule: 'ANNOUNCED_OR_NOMINATED_FROM' as const,
  electronicRuleDescription: '令和8年4月1日以降に公告（公表）又は指名する工事案件',
};
export const shiojiri = {
  __typename: 'Orderer' as const,
  id: 'o-shiojiri',
  name: '塩尻市',
  acceptsElectronic: false,
  electronicFrom: null,
  electronicRule: null,
  electronicRuleDescription: null,
};

export const marumaruWork = {
  __typename: 'Work' as const,
  id: 'w-1',
  name: '●●●●工事',
  location: '長野県松本市島立地内',
  contractAmount: 50_000_000,
  contractDate: '2026-04-01',
  startDate: '2026-04-02',
  endDate: '2027-03-19',
  announcedOn: '2026-03-02',
  nominatedOn: null,
  electronicAllowedByOrderer: true,
  jointVentureName: null,
  jointVentureMembers: [],
  orderer: matsumoto,
};

export const formOptions: FormOptions = {
  works: [marumaruWork],
  orderers: [matsumoto, odawara, shiojiri],
  branches: [
    { __typename: 'Branch', id: 'b-nagano', name: '長野支店' },
    { __typename: 'Branch', id: 'b-kanagawa', name: '神奈川支店' },
  ],
  contractor: { name: '〇〇建設株式会社', address: '長野県松本市中央一丁目1番1号' },
};

/** A draft for ●●●●工事 as the server returns it: 預託金融機関 already in full-width. */
export const savedDraft: ApplicationDetailsFragment = {
  __typename: 'GuaranteeApplication',
  id: 'a-1',
  status: 'DRAFT',
  version: 2,
  workName: '●●●●工事',
  submittedAt: null,
  returnedAt: null,
  issuedAt: null,
  withdrawnAt: null,
  work: marumaruWork,
  workDraft: null,
  orderer: { __typename: 'Orderer', id: matsumoto.id, name: '松本市', electronicRule: 'WORKS_ALLOWED_BY_ORDERER' },
  advancePayment: {
    __typename: 'ApplicationItem',
    id: 'i-1',
    kind: 'ADVANCE_PAYMENT',
    certificateFormat: 'ELECTRONIC',
    currentYearTargetAmount: null,
    amount: 20_000_000,
    depositBank: 'サンプル銀行　ＡＢＣ支店',
    redeposit: false,
    feePaymentMethod: 'LUMP_SUM',
    feeBillingParty: '〇〇建設株式会社',
    feeStatementWanted: false,
  },
  contractGuarantee: null,
  destinationBranch: { __typename: 'Branch', id: 'b-nagano', name: '長野支店' },
  issuanceNoticeWanted: true,
  notifyEmail: 'soumu@example.co.jp',
  contactDepartment: null,
  contactTitle: null,
  contactName: null,
  contactPhone: null,
  messageToBranch: null,
  messageFromBranch: null,
  guarantees: [],
};
