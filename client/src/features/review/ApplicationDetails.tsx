import { formatEraDate, formatJstTimestamp, formatYen } from '@esurety/schema';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { DetailRow } from '../../ui/DetailTable';
import { WorkFieldsFragment } from '../applications/work-rows';
import { ApplicationStatusBadge } from './ApplicationStatusBadge';
import { useApplicationItemRows } from './ApplicationItemRows';
import { DetailSection } from './DetailSection';
import classes from './review.module.css';

export const ApplicationReviewDetailsFragment = graphql(`
  fragment ApplicationReviewDetails on GuaranteeApplication {
    id
    status
    submittedAt
    returnedAt
    issuedAt
    withdrawnAt
    workName
    contractor {
      id
      name
      address
      corporateNumber
      representative
    }
    orderer {
      id
      name
    }
    work {
      id
      ...WorkFields
    }
    advancePayment {
      id
      ...ApplicationItemFields
    }
    contractGuarantee {
      id
      ...ApplicationItemFields
    }
    destinationBranch {
      id
      name
    }
    issuanceNoticeWanted
    notifyEmail
    contactDepartment
    contactTitle
    contactName
    contactPhone
    messageToBranch
    messageFromBranch
  }
`);

/** Every field of an application, in the sections of the application form. */
export function ApplicationDetails({ application }: { application: FragmentType<typeof ApplicationReviewDetailsFragment> }) {
  const { t } = useTranslation();
  const a = getFragmentData(ApplicationReviewDetailsFragment, application);
  const none = t('review.detail.none');
  const text = (value: string | null | undefined) => (value ? value : none);
  const multiline = (value: string | null | undefined) => (value ? <span className={classes.preLine}>{value}</span> : none);
  const era = (value: string | null | undefined) => (value ? formatEraDate(value) : none);
  const work = getFragmentData(WorkFieldsFragment, a.work);

  const overview: DetailRow[] = [{ label: t('review.detail.status'), value: <ApplicationStatusBadge status={a.status} /> }];
  const moments = [
    ['submittedAt', a.submittedAt],
    ['returnedAt', a.returnedAt],
    ['issuedAt', a.issuedAt],
    ['withdrawnAt', a.withdrawnAt],
  ] as const;
  for (const [key, at] of moments) if (at) overview.push({ label: t(`review.detail.${key}`), value: formatJstTimestamp(at) });

  const applicant: DetailRow[] = [
    { label: t('review.detail.contractorName'), value: a.contractor.name },
    { label: t('review.detail.contractorAddress'), value: a.contractor.address },
    { label: t('review.detail.corporateNumber'), value: a.contractor.corporateNumber },
    { label: t('review.detail.representative'), value: a.contractor.representative },
  ];

  const workRows: DetailRow[] = work
    ? [
        { label: t('review.detail.workName'), value: work.name },
        { label: t('review.detail.orderer'), value: work.orderer.name },
        { label: t('review.detail.location'), value: work.location },
        { label: t('review.detail.contractAmount'), value: formatYen(work.contractAmount) },
        { label: t('review.detail.contractDate'), value: formatEraDate(work.contractDate) },
        {
          label: t('review.detail.workPeriod'),
          value: t('review.detail.period', { from: formatEraDate(work.startDate), to: formatEraDate(work.endDate) }),
        },
        { label: t('review.detail.announcedOn'), value: era(work.announcedOn) },
        { label: t('review.detail.nominatedOn'), value: era(work.nominatedOn) },
        {
          label: t('review.detail.electronicAllowed'),
          value: work.electronicAllowedByOrderer ? t('review.detail.yes') : t('review.detail.no'),
        },
        { label: t('review.detail.jointVentureName'), value: text(work.jointVentureName) },
        {
          label: t('review.detail.jointVentureMembers'),
          value:
            work.jointVentureMembers.length > 0 ? (
              <ol className={classes.memberList}>
                {work.jointVentureMembers.map((m, index) => (
                  <li key={`${m.name}-${index}`}>
                    {m.name}
                    {index === 0 && ` ${t('review.detail.representativeMember')}`}
                    <br />
                    {m.address}
                  </li>
                ))}
              </ol>
            ) : (
              none
            ),
        },
      ]
    : [
        { label: t('review.detail.workName'), value: text(a.workName) },
        { label: t('review.detail.orderer'), value: text(a.orderer?.name) },
      ];

  const contractAmount = work?.contractAmount;
  const advanceRows = useApplicationItemRows(a.advancePayment, contractAmount);
  const contractRows = useApplicationItemRows(a.contractGuarantee, contractAmount);

  const information: DetailRow[] = [
    { label: t('review.detail.destinationBranch'), value: text(a.destinationBranch?.name) },
    { label: t('review.detail.issuanceNotice'), value: a.issuanceNoticeWanted ? t('review.detail.wanted') : t('review.detail.notWanted') },
    { label: t('review.detail.notifyEmail'), value: text(a.notifyEmail) },
    { label: t('review.detail.contactDepartment'), value: text(a.contactDepartment) },
    { label: t('review.detail.contactTitle'), value: text(a.contactTitle) },
    { label: t('review.detail.contactName'), value: text(a.contactName) },
    { label: t('review.detail.contactPhone'), value: text(a.contactPhone) },
    { label: t('review.detail.messageToBranch'), value: multiline(a.messageToBranch) },
    { label: t('review.detail.messageFromBranch'), value: multiline(a.messageFromBranch) },
  ];

  return (
    <>
      <DetailSection title={t('review.detail.overview')} rows={overview} />
      <DetailSection title={t('review.detail.applicant')} rows={applicant} />
      <DetailSection title={t('review.detail.work')} rows={workRows} />
      <DetailSection title={t('guarantee.kind.ADVANCE_PAYMENT')} rows={advanceRows} empty={t('review.detail.notApplied')} />
      <DetailSection title={t('guarantee.kind.CONTRACT')} rows={contractRows} empty={t('review.detail.notApplied')} />
      <DetailSection title={t('review.detail.information')} rows={information} />
    </>
  );
}
