import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { DetailTable } from '../../ui/DetailTable';
import { RoleHomeLayout } from './RoleHomeLayout';

export const BranchDetailsFragment = graphql(`
  fragment BranchDetails on Branch {
    id
    name
    officeCode
    address
    tel
    fax
    guarantor {
      id
      name
    }
  }
`);

interface BranchHomeProps {
  userName: string;
  branch: FragmentType<typeof BranchDetailsFragment>;
}

export function BranchHome({ userName, branch }: BranchHomeProps) {
  const { t } = useTranslation();
  const b = getFragmentData(BranchDetailsFragment, branch);
  return (
    <>
      <RoleHomeLayout heading={t('home.branch.heading')} userName={userName}>
        {(labelledBy) => (
          <DetailTable
            labelledBy={labelledBy}
            rows={[
              { label: t('home.branch.name'), value: b.name },
              { label: t('home.branch.officeCode'), value: b.officeCode },
              { label: t('home.branch.address'), value: b.address },
              { label: t('home.branch.tel'), value: b.tel },
              { label: t('home.branch.fax'), value: b.fax },
              { label: t('home.branch.guarantor'), value: b.guarantor.name },
            ]}
          />
        )}
      </RoleHomeLayout>
      <Group mt="lg" gap="md">
        <Button component={Link} to="/review">
          {t('home.branch.reviewLink')}
        </Button>
        <Button component={Link} to="/guarantees" variant="outline">
          {t('delivery.homeAction')}
        </Button>
      </Group>
    </>
  );
}
