import { useMutation, useQuery } from '@apollo/client/react';
import { formatEraDate } from '@esurety/schema';
import { Alert, Button, Checkbox, Group, Modal, NativeSelect, Stack, Table, Textarea, TextInput, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ElectronicGuaranteeRule } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { fieldErrors } from '../../ui/field-errors';
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

export const SetOrdererElectronicRuleMutation = graphql(`
  mutation SetOrdererElectronicRule($input: SetOrdererElectronicRuleInput!) {
    setOrdererElectronicRule(input: $input) {
      orderer {
        id
        acceptsElectronic
        electronicFrom
        electronicRule
        electronicRuleDescription
      }
    }
  }
`);

const RULES = ['WORKS_ALLOWED_BY_ORDERER', 'ANNOUNCED_OR_NOMINATED_FROM'] as const satisfies readonly ElectronicGuaranteeRule[];

interface Editing {
  id: string;
  name: string;
  acceptsElectronic: boolean;
  electronicFrom: string;
  electronicRule: ElectronicGuaranteeRule;
  electronicRuleDescription: string;
}

/**
 * 発注者: their names and 宛名, a new one, and which accept electronic guarantees, from when, for
 * which works, in the words contractors read.
 */
export function OrderersSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, error: loadError } = useQuery(AdminOrderersQuery);
  const [save, { loading }] = useMutation(SetOrdererElectronicRuleMutation);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [details, setDetails] = useState<OrdererDetails | null>(null);

  function openDetails(orderer: OrdererDetails) {
    setSaved(null);
    setDetails(orderer);
  }

  async function confirm() {
    if (!editing) return;
    setError(null);
    try {
      await save({
        variables: {
          input: {
            ordererId: editing.id,
            acceptsElectronic: editing.acceptsElectronic,
            electronicFrom: editing.acceptsElectronic ? editing.electronicFrom || null : null,
            electronicRule: editing.acceptsElectronic ? editing.electronicRule : null,
            electronicRuleDescription: editing.acceptsElectronic ? editing.electronicRuleDescription : null,
          },
        },
      });
      setSaved(t('organisations.orderers.saved', { name: editing.name }));
      setEditing(null);
    } catch (e) {
      const byField = fieldErrors(e);
      if (Object.keys(byField).length) setErrors(byField);
      else setError(e);
    }
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
                        setErrors({});
                        setError(null);
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
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t('organisations.orderers.editTitle', { name: editing?.name ?? '' })}
        size="lg"
        closeButtonProps={{ 'aria-label': t('organisations.close') }}
      >
        {editing && (
          <Stack gap="md">
            <Alert color="blue" variant="light">
              {t('organisations.orderers.note')}
            </Alert>
            <Checkbox
              label={t('organisations.orderers.accepts')}
              checked={editing.acceptsElectronic}
              onChange={(e) => setEditing({ ...editing, acceptsElectronic: e.currentTarget.checked })}
            />
            {editing.acceptsElectronic && (
              <>
                <TextInput
                  type="date"
                  label={t('organisations.orderers.from')}
                  value={editing.electronicFrom}
                  error={errors.electronicFrom}
                  onChange={(e) => setEditing({ ...editing, electronicFrom: e.currentTarget.value })}
                />
                <NativeSelect
                  label={t('organisations.orderers.rule')}
                  value={editing.electronicRule}
                  error={errors.electronicRule}
                  onChange={(e) => setEditing({ ...editing, electronicRule: e.currentTarget.value as ElectronicGuaranteeRule })}
                  data={RULES.map((r) => ({ value: r, label: t(`electronicRule.${r}`) }))}
                />
                <Textarea
                  label={t('organisations.orderers.description')}
                  description={t('organisations.orderers.descriptionHelp')}
                  autosize
                  minRows={2}
                  value={editing.electronicRuleDescription}
                  error={errors.electronicRuleDescription}
                  onChange={(e) => setEditing({ ...editing, electronicRuleDescription: e.currentTarget.value })}
                />
              </>
            )}
            {error !== null && <ErrorAlert error={error} title={t('organisations.failedTitle')} />}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setEditing(null)} disabled={loading}>
                {t('organisations.cancel')}
              </Button>
              <Button loading={loading} onClick={() => void confirm()}>
                {t('organisations.orderers.submit')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </section>
  );
}
