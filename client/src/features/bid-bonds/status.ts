import type { BidBondStatus } from '../../gql/graphql';

export const bidBondStatuses: BidBondStatus[] = ['APPLIED', 'ISSUED', 'CONVERTED', 'WITHDRAWN', 'LAPSED'];

/** A Digital Agency hue per state, for its badge. */
export const bidBondStatusColor: Record<BidBondStatus, string> = {
  APPLIED: 'blue',
  ISSUED: 'green',
  CONVERTED: 'green',
  WITHDRAWN: 'gray',
  LAPSED: 'gray',
};

/** What each role may do with a reservation in a state (the server refuses the rest with CONFLICT). */
export const canIssue = (status: BidBondStatus) => status === 'APPLIED';
export const canConvert = (status: BidBondStatus) => status === 'ISSUED';
export const canWithdraw = (status: BidBondStatus) => status === 'APPLIED' || status === 'ISSUED';
