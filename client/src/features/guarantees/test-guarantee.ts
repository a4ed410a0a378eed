import type { GuaranteeViewQuery } from '../../gql/graphql';
import { testCertificate } from '../certificate/test-certificate';

type ViewedGuarantee = GuaranteeViewQuery['guarantee'];

/**
 * The flyer's advance payment guarantee as the staff's page loads it: issued (No.1 新規), changed
 * to 25,000,000円 (No.2 変更 1), that change cancelled; version 2. Typed loosely on purpose: the
 * query's masked type hides the fragment's fields the mock must carry.
 */
export function testGuarantee(overrides: Record<string, unknown> = {}): ViewedGuarantee & Record<string, unknown> {
  const issuance = (
    id: string,
    sequence: number,
    kind: string,
    changeNumber: number | null,
    hiddenReason: string | null,
    amount: number,
  ) => ({
    __typename: 'ElectronicIssuance',
    id,
    sequence,
    kind,
    changeNumber,
    hiddenReason,
    issuedAt: `2026-04-0${sequence + 3}T00:00:00.000Z`,
    certificate: testCertificate({ changeNumber, amount, date: `2026-04-0${sequence + 3}` }),
  });
  return {
    __typename: 'Guarantee',
    id: 'g1',
    contractNumber: '20075-00001X',
    kind: 'ADVANCE_PAYMENT',
    certificateFormat: 'ELECTRONIC',
    status: 'ACTIVE',
    amount: 20_000_000,
    deadline: '2027-03-19',
    version: 2,
    depositBank: '〇〇銀行　××支店',
    workName: '●●●●工事',
    workStartDate: '2026-04-02',
    workEndDate: '2027-03-19',
    issuedAt: '2026-04-04T00:00:00.000Z',
    revokedAt: null,
    revocationReason: null,
    validity: 'VALID',
    certificatePdfUrl: '/documents/guarantees/g1/certificate.pdf',
    ordererView: null,
    contractor: { __typename: 'Contractor', id: 'c1', name: '〇〇建設株式会社' },
    orderer: { __typename: 'Orderer', id: 'o1', name: '松本市', certificateTitle: '松本市長' },
    work: { __typename: 'Work', id: 'w1', contractAmount: 50_000_000, jointVentureName: null },
    branch: { __typename: 'Branch', id: 'b1', name: '長野支店' },
    certificate: testCertificate(),
    issuances: [issuance('i1', 1, 'NEW', null, null, 20_000_000), issuance('i2', 2, 'CHANGE', 1, 'CHANGE_CANCELLED', 25_000_000)],
    ...overrides,
  } as unknown as ViewedGuarantee & Record<string, unknown>;
}

export const staffUser = {
  __typename: 'User',
  id: 'u1',
  name: '長野 支店子',
  email: 'nagano@demo.esurety.jp',
  role: 'BRANCH_STAFF',
  organisation: { __typename: 'Branch', id: 'b1', name: '長野支店' },
} as const;
