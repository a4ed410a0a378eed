import { formatJstTimestamp } from '@esurety/schema';
import { Button, Modal, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, type FragmentType } from '../../gql';
import { CertificateDocument } from '../certificate/CertificateDocument';
import { IssuanceHistoryEntryFragment } from './IssuanceHistory';
import { issuanceTargetLabel } from './issuance-label';
import classes from './guarantees.module.css';

interface VisibleIssuanceHistoryProps {
  /** the visible entries only: the server leaves out corrected ones and cancelled changes */
  issuances: FragmentType<typeof IssuanceHistoryEntryFragment>[];
  /** said above the certificate that 選択 opens */
  certificateNote?: string;
  /** the certificate that 選択 opens prints as a viewing copy (the orderer's pages) */
  viewingCopy?: boolean;
}

/**
 * 電子保証情報(履歴情報) as the contractor and the orderer see it: No., 電子保証発行日時, 対象,
 * 選択 → that entry's certificate. Numbered 1, 2, … over what is shown.
 */
export function VisibleIssuanceHistory({ issuances, certificateNote, viewingCopy = false }: VisibleIssuanceHistoryProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const entries = issuances
    .map((i) => getFragmentData(IssuanceHistoryEntryFragment, i))
    .filter((e) => !e.hiddenReason)
    .sort((a, b) => a.sequence - b.sequence)
    .map((entry, index) => ({ ...entry, number: index + 1, target: issuanceTargetLabel(t, entry) }));
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = entries.find((e) => e.id === selectedId);

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="xs" mt="xl">
        {t('guarantee.history.heading')}
      </Title>
      <Text size="sm">{t('guarantee.history.hiddenNote')}</Text>
      <Text size="xs" mb="sm">
        {t('guarantee.history.note')}
      </Text>
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
              <Table.Tr key={entry.id}>
                <Table.Td>{entry.number}</Table.Td>
                <Table.Td>{formatJstTimestamp(entry.issuedAt)}</Table.Td>
                <Table.Td>{entry.target}</Table.Td>
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
