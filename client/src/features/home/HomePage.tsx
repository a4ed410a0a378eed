import { useQuery } from '@apollo/client/react';
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { HomePageQuery } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeading } from '../../ui/PageHeading';
import { AdminHome } from './AdminHome';
import { BranchHome } from './BranchHome';
import { ContractorHome } from './ContractorHome';
import { OrdererHome } from './OrdererHome';

export const HomePageQueryDocument = graphql(`
  query HomePage {
    me {
      id
      name
      role
      organisation {
        __typename
        id
        ...ContractorDetails
        ...BranchDetails
        ...OrdererDetails
      }
    }
  }
`);

export function HomePage() {
  const { data, loading, error } = useQuery(HomePageQueryDocument);
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data?.me) return null; // the signed-in layout has already sent the visitor to /login
  return <RoleHome me={data.me} />;
}

function RoleHome({ me }: { me: NonNullable<HomePageQuery['me']> }) {
  const { t } = useTranslation();
  const organisation = me.organisation;
  if (me.role === 'ADMIN') return <AdminHome userName={me.name} />;
  if (me.role === 'CONTRACTOR' && organisation?.__typename === 'Contractor') {
    return <ContractorHome userName={me.name} contractor={organisation} />;
  }
  if (me.role === 'BRANCH_STAFF' && organisation?.__typename === 'Branch') {
    return <BranchHome userName={me.name} branch={organisation} />;
  }
  if (me.role === 'ORDERER' && organisation?.__typename === 'Orderer') {
    return <OrdererHome userName={me.name} orderer={organisation} />;
  }
  return (
    <>
      <PageHeading>{t('home.title')}</PageHeading>
      <Alert color="yellow" role="alert">
        {t('home.missingOrganisation')}
      </Alert>
    </>
  );
}
