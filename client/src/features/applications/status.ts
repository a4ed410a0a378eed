import type { ApplicationStatus } from '../../gql/graphql';

export const applicationStatuses: ApplicationStatus[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'ISSUED', 'WITHDRAWN'];

/** The catalogue key of a status's label: 下書き, 送信済み, 差戻し, 発行済み, 取下げ. */
export function statusLabelKey<S extends ApplicationStatus>(status: S): `applications.status.${S}` {
  return `applications.status.${status}`;
}

/** A Digital Agency hue per status, for its badge. */
export const statusColor: Record<ApplicationStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  RETURNED: 'orange',
  ISSUED: 'green',
  WITHDRAWN: 'gray',
};

/** Statuses in which the contractor may still edit and send. */
export const editable = (status: ApplicationStatus) => status === 'DRAFT' || status === 'RETURNED';
/** Statuses from which the contractor may withdraw. */
export const withdrawable = (status: ApplicationStatus) => status === 'SUBMITTED' || status === 'RETURNED';
