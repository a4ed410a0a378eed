import { testCertificate } from '../certificate/test-certificate';

const number = '20075-00001R';

/**
 * What verifyGuarantee answers for the flyer's guarantee: issued (No.1 新規), changed (No.2
 * 変更 1), posted 2026/04/05 09:00 JST. Typed loosely: the mutation's masked type hides the
 * fragment's fields the mock must carry.
 */
export function testVerificationResult(overrides: Record<string, unknown> = {}) {
  const issuance = (sequence: number, kind: string, changeNumber: number | null, amount: number) => ({
    __typename: 'ElectronicIssuance',
    id: `i${sequence}`,
    sequence,
    kind,
    changeNumber,
    hiddenReason: null,
    issuedAt: `2026-04-0${sequence + 3}T00:00:00.000Z`,
    certificate: testCertificate({ contractNumber: number, changeNumber, amount, date: `2026-04-0${sequence + 3}` }),
  });
  return {
    __typename: 'Verification',
    contractNumber: number,
    validity: 'VALID',
    revokedAt: null,
    publishedAt: '2026-04-05T00:00:00.000Z',
    verifiedAt: '2026-05-01T01:30:00.000Z',
    certificate: testCertificate({ contractNumber: number, changeNumber: 1, amount: 25_000_000, date: '2026-04-05' }),
    issuances: [issuance(1, 'NEW', null, 20_000_000), issuance(2, 'CHANGE', 1, 25_000_000)],
    ...overrides,
  };
}
