import { useQuery } from '@apollo/client/react';
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeading } from '../../ui/PageHeading';
import { ApplicationDetails } from './ApplicationDetails';
import { IssuedGuaranteesTable } from './IssuedGuaranteesTable';
import { ReviewActions } from './ReviewActions';

export const ApplicationReviewQuery = graphql(`
  query ApplicationReview($id: ID!) {
    application(id: $id) {
      id
      status
      ...ApplicationReviewDetails
      guarantees {
        id
        ...IssuedGuaranteeRow
      }
    }
  }
`);

/** One application sent to the branch: all it says, and 発行 / 差戻し while it waits. */
export function ApplicationReviewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ApplicationReviewQuery, { variables: { id } });
  const application = data?.application;

  return (
    <>
      <Anchor component={Link} to="/review" display="inline-block" mb="sm">
        {t('review.detail.backToQueue')}
      </Anchor>
      <PageHeading>{t('review.detail.title')}</PageHeading>
      {loading && !application && <LoadingState />}
      {error && !application && <ErrorAlert error={error} />}
      {application && (
        <>
          <ApplicationDetails application={application} />
          <ReviewActions applicationId={application.id} status={application.status} onChanged={() => refetch()} />
          {application.guarantees.length > 0 && <IssuedGuaranteesTable guarantees={application.guarantees} />}
        </>
      )}
    </>
  );
}
