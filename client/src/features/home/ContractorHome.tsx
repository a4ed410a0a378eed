import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { DetailTable } from '../../ui/DetailTable';
import { RoleHomeLayout } from './RoleHomeLayout';

export const ContractorDetailsFragment = graphql(`
  fragment ContractorDetails on Contractor {
    id
    name
    address
    corporateNumber
    representative
  }
`);

interface ContractorHomeProps {
  userName: string;
  contractor: FragmentType<typeof ContractorDetailsFragment>;
}

export function ContractorHome({ userName, contractor }: ContractorHomeProps) {
  const { t } = useTranslation();
  const c = getFragmentData(ContractorDetailsFragment, contractor);
  return (
    <>
      <RoleHomeLayout heading={t('home.contractor.heading')} userName={userName}>
        {(labelledBy) => (
          <DetailTable
            labelledBy={labelledBy}
            rows={[
              { label: t('home.contractor.name'), value: c.name },
              { label: t('home.contractor.address'), value: c.address },
              { label: t('home.contractor.corporateNumber'), value: c.corporateNumber },
              { label: t('home.contractor.representative'), value: c.representative },
            ]}
          />
        )}
      </RoleHomeLayout>
      <Group mt="lg" gap="sm">
        <Button component={Link} to="/applications">
          {t('applications.home.action')}
        </Button>
        <Button component={Link} to="/guarantees" variant="default">
          {t('delivery.homeAction')}
        </Button>
        <Button component={Link} to="/fee-statements" variant="default">
          {t('fees.list.homeAction')}
        </Button>
      </Group>
    </>
  );
}
