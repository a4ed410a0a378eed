import { formatJstTimestamp } from '@esurety/schema';
import { Badge, Button, Group, Modal, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { CertificateDocument } from '../certificate/CertificateDocument';
import { hiddenMarkerLabel, issuanceTargetLabel } from './issuance-label';
import classes from './guarantees.module.css';

export const IssuanceHistoryEntryFragment = graphql(`
  fragment IssuanceHistoryEntry on ElectronicIssuance {
    id
    sequence
    kind
    changeNumber
    hiddenReason
    issuedAt
    certificate {
      ...CertificateFields
    }
  }
`);

interface IssuanceHistoryProps {
  issuances: FragmentType<typeof IssuanceHistoryEntryFragment>[];
  /**
   * Staff see every entry numbered by its sequence, corrected and cancelled ones marked; everyone
   * else (contractor, orderer, the verification service) sees the visible entries numbered 1, 2, ….
   */
  staff?: boolean;
  /** said above the certificate that 選択 opens */
  certificateNote?: string;
  /** the certificate that 選択 opens prints as a viewing copy (the orderer's pages) */
  viewingCopy?: boolean;
}

/** 電子保証情報(履歴情報): No., 電子保証発行日時, 対象, 選択 → that entry's certificate, in order. */
export function IssuanceHistory({ issuances, staff = false, certificateNote, viewingCopy = false }: IssuanceHistoryProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const entries = issuances
    .map((i) => getFragmentData(IssuanceHistoryEntryFragment, i))
    .filter((e) => staff || !e.hiddenReason)
    .sort((a, b) => a.sequence - b.sequence)
    .map((entry, index) => ({
      ...entry,
      number: staff ? entry.sequence : index + 1,
      target: issuanceTargetLabel(t, entry),
      hidden: staff ? hiddenMarkerLabel(t, entry) : null,
    }));
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = entries.find((e) => e.id === selectedId);

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="xs" mt="xl">
        {t('guarantee.history.heading')}
      </Title>
      {!staff && <Text size="sm">{t('guarantee.history.hiddenNote')}</Text>}
      <Text size="xs" mb={staff ? 0 : 'sm'}>
        {t('guarantee.history.note')}
      </Text>
      {staff && (
        <Text size="xs" mb="sm">
          {t('guarantee.history.staffNote')}
        </Text>
      )}
      {entries.length === 0 ? (
        <Text>{t('guarantee.history.empty')}</Text>
      ) : (
        <Table withTableBorder withColumnBorders verticalSpacing="xs" aria-labelledby={headingId} className={classes.history}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('guarantee.history.number')}</Table.Th>
              <Table.Th scope="col">{t('guarantee.history.issuedAt')}</Table.Th>
              <Table.Th scope="col">{t('guarantee.history.target')}</Table.Th>
              <Table.Th scope="col">{t('guarantee.history.certificate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={entry.id} className={entry.hidden ? classes.hiddenEntry : undefined}>
                <Table.Td>{entry.number}</Table.Td>
                <Table.Td>{formatJstTimestamp(entry.issuedAt)}</Table.Td>
                <Table.Td>
                  {entry.hidden ? (
                    <Group gap="xs">
                      <span>{entry.target}</span>
                      <Badge color="gray" variant="outline" tt="none" radius="sm" size="lg">
                        {entry.hidden}
                      </Badge>
                    </Group>
                  ) : (
                    entry.target
                  )}
                </Table.Td>
                <Table.Td>
                  <Button variant="default" size="compact-sm" onClick={() => setSelectedId(entry.id)}>
                    {t('guarantee.history.select')}
                    <VisuallyHidden>{t('guarantee.history.selectLabel', { sequence: entry.number, target: entry.target })}</VisuallyHidden>
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={selected !== undefined}
        onClose={() => setSelectedId(null)}
        size="54rem"
        title={selected ? t('guarantee.history.modalTitle', { sequence: selected.number, target: selected.target }) : ''}
        closeButtonProps={{ 'aria-label': t('guarantee.history.close') }}
      >
        {selected && (
          <>
            {certificateNote && (
              <Text size="sm" mb="sm">
                {certificateNote}
              </Text>
            )}
            <CertificateDocument certificate={selected.certificate} headingOrder={3} printable viewingCopy={viewingCopy} />
          </>
        )}
      </Modal>
    </section>
  );
}
