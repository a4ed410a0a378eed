import { useQuery } from '@apollo/client/react';
import { formatEraDate } from '@esurety/schema';
import { Alert, Button, Group, Table, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ElectronicRuleModal, type ElectronicRule } from './ElectronicRuleModal';
import { OrdererDetailsModal, type OrdererDetails } from './OrdererDetailsModal';

export const AdminOrderersQuery = graphql(`
  query AdminOrderers {
    orderers(first: 100) {
      edges {
        node {
          id
          name
          certificateTitle
          acceptsElectronic
          electronicFrom
          electronicRule
          electronicRuleDescription
        }
      }
    }
  }
`);

/**
 * 発注者: their names and 宛名, a new one, and which accept electronic guarantees, from when, for
 * which works, in the words contractors read.
 */
export function OrderersSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, error: loadError } = useQuery(AdminOrderersQuery);
  const [editing, setEditing] = useState<ElectronicRule | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [details, setDetails] = useState<OrdererDetails | null>(null);

  function openDetails(orderer: OrdererDetails) {
    setSaved(null);
    setDetails(orderer);
  }

  const orderers = data?.orderers.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} id={headingId} mb="sm" mt="xl">
        {t('organisations.orderers.heading')}
      </Title>
      {loadError && !data ? <ErrorAlert error={loadError} /> : null}
      {saved && (
        <Alert color="green" variant="light" role="status" mb="sm">
          {saved}
        </Alert>
      )}
      <Group mb="sm">
        <Button variant="outline" onClick={() => openDetails({ id: null, name: '', certificateTitle: '' })}>
          {t('organisations.orderers.newHeading')}
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={860}>
        <Table withTableBorder verticalSpacing="sm" aria-labelledby={headingId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('organisations.orderers.name')}</Table.Th>
              <Table.Th scope="col">{t('organisations.orderers.certificateTitle')}</Table.Th>
              <Table.Th scope="col">{t('organisations.orderers.accepts')}</Table.Th>
              <Table.Th scope="col">{t('organisations.orderers.from')}</Table.Th>
              <Table.Th scope="col">{t('organisations.orderers.description')}</Table.Th>
              <Table.Th scope="col">{t('organisations.orderers.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {orderers.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{o.name}</Table.Td>
                <Table.Td>{o.certificateTitle}</Table.Td>
                <Table.Td>{o.acceptsElectronic ? t('organisations.orderers.yes') : t('organisations.orderers.no')}</Table.Td>
                <Table.Td>{o.electronicFrom ? formatEraDate(o.electronicFrom as string) : '―'}</Table.Td>
                <Table.Td>{o.electronicRuleDescription ?? '―'}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="outline"
                      aria-label={t('organisations.orderers.detailsEditLabel', { name: o.name })}
                      onClick={() => openDetails({ id: o.id, name: o.name, certificateTitle: o.certificateTitle })}
                    >
                      {t('organisations.orderers.detailsEdit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="outline"
                      aria-label={t('organisations.orderers.editLabel', { name: o.name })}
                      onClick={() => {
                        setSaved(null);
                        setEditing({
                          id: o.id,
                          name: o.name,
                          acceptsElectronic: o.acceptsElectronic,
                          electronicFrom: (o.electronicFrom as string | null) ?? '',
                          electronicRule: o.electronicRule ?? 'WORKS_ALLOWED_BY_ORDERER',
                          electronicRuleDescription: o.electronicRuleDescription ?? '',
                        });
                      }}
                    >
                      {t('organisations.orderers.edit')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <OrdererDetailsModal
        orderer={details}
        onClose={() => setDetails(null)}
        onSaved={(name, created) => {
          setDetails(null);
          setSaved(t(created ? 'organisations.orderers.created' : 'organisations.orderers.detailsSaved', { name }));
        }}
      />
      <ElectronicRuleModal
        orderer={editing}
        onClose={() => setEditing(null)}
        onSaved={(name) => {
          setEditing(null);
          setSaved(t('organisations.orderers.saved', { name }));
        }}
      />
    </section>
  );
}
