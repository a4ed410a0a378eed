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
  /** staff see corrected and cancelled entries, marked */
  showHiddenNote: boolean;
}

/** 電子保証情報(履歴情報): every issuance in order, each certificate one 選択 away. */
export function IssuanceHistory({ issuances, showHiddenNote }: IssuanceHistoryProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const entries = issuances.map((i) => getFragmentData(IssuanceHistoryEntryFragment, i)).sort((a, b) => a.sequence - b.sequence);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = entries.find((e) => e.id === selectedId);

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="xs" mt="xl">
        {t('guarantee.history.heading')}
      </Title>
      <Text size="xs" mb={showHiddenNote ? 0 : 'sm'}>
        {t('guarantee.history.note')}
      </Text>
      {showHiddenNote && (
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
            {entries.map((entry) => {
              const target = issuanceTargetLabel(t, entry);
              const hidden = hiddenMarkerLabel(t, entry);
              return (
                <Table.Tr key={entry.id} className={hidden ? classes.hiddenEntry : undefined}>
                  <Table.Td>{entry.sequence}</Table.Td>
                  <Table.Td>{formatJstTimestamp(entry.issuedAt)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <span>{target}</span>
                      {hidden && (
                        <Badge color="gray" variant="outline" tt="none" radius="sm" size="lg">
                          {hidden}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Button variant="default" size="compact-sm" onClick={() => setSelectedId(entry.id)}>
                      {t('guarantee.history.select')}
                      <VisuallyHidden>{t('guarantee.history.selectLabel', { sequence: entry.sequence, target })}</VisuallyHidden>
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={selected !== undefined}
        onClose={() => setSelectedId(null)}
        size="54rem"
        title={selected ? t('guarantee.history.modalTitle', { sequence: selected.sequence, target: issuanceTargetLabel(t, selected) }) : ''}
        closeButtonProps={{ 'aria-label': t('guarantee.history.close') }}
      >
        {selected && <CertificateDocument certificate={selected.certificate} headingOrder={3} printable />}
      </Modal>
    </section>
  );
}
