import { formatEraDate } from '@esurety/schema';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { DetailTable, type DetailRow } from '../../ui/DetailTable';
import { RoleHomeLayout } from './RoleHomeLayout';

export const OrdererDetailsFragment = graphql(`
  fragment OrdererDetails on Orderer {
    id
    name
    certificateTitle
    acceptsElectronic
    electronicFrom
    electronicRule
    electronicRuleDescription
  }
`);

interface OrdererHomeProps {
  userName: string;
  orderer: FragmentType<typeof OrdererDetailsFragment>;
}

export function OrdererHome({ userName, orderer }: OrdererHomeProps) {
  const { t } = useTranslation();
  const o = getFragmentData(OrdererDetailsFragment, orderer);

  const rows: DetailRow[] = [
    { label: t('home.orderer.name'), value: o.name },
    { label: t('home.orderer.certificateTitle'), value: o.certificateTitle },
    {
      label: t('home.orderer.acceptsElectronic'),
      value: o.acceptsElectronic ? t('home.orderer.accepted') : t('home.orderer.notAccepted'),
    },
  ];
  if (o.acceptsElectronic && o.electronicFrom) {
    rows.push({ label: t('home.orderer.electronicFrom'), value: formatEraDate(o.electronicFrom) });
  }
  // The orderer's own wording comes first; the rule's generic label only stands in for it.
  const ruleText = o.electronicRuleDescription ?? (o.electronicRule ? t(`electronicRule.${o.electronicRule}`) : null);
  if (o.acceptsElectronic && ruleText) {
    rows.push({ label: t('home.orderer.electronicRule'), value: ruleText });
  }

  return (
    <>
      <RoleHomeLayout heading={t('home.orderer.heading')} userName={userName}>
        {(labelledBy) => <DetailTable labelledBy={labelledBy} rows={rows} />}
      </RoleHomeLayout>
      <Group mt="lg" gap="sm">
        <Button component={Link} to="/ledger">
          {t('home.orderer.ledgerLink')}
        </Button>
        <Button component={Link} to="/verify" variant="default">
          {t('home.orderer.verifyLink')}
        </Button>
      </Group>
    </>
  );
}
