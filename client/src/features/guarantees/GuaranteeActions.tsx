import { Alert, Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData } from '../../gql';
import type { GuaranteeViewFieldsFragment } from '../../gql/graphql';
import { CancelChangeModal } from './CancelChangeModal';
import { GuaranteeTermsModal, type TermsAction } from './GuaranteeTermsModal';
import { IssuanceHistoryEntryFragment } from './IssuanceHistory';
import { RevokeGuaranteeModal } from './RevokeGuaranteeModal';
import { issuanceTargetLabel, latestVisible } from './issuance-label';

type Done = 'changed' | 'corrected' | 'changeCancelled' | 'revoked';

interface GuaranteeActionsProps {
  guarantee: GuaranteeViewFieldsFragment;
  onReload: () => Promise<unknown>;
}

/**
 * The staff's procedures on an active guarantee: 変更, 訂正 and 変更取消 of the latest entry
 * shown to the contractor, and 取消. Each explains itself next to its button.
 */
export function GuaranteeActions({ guarantee, onReload }: GuaranteeActionsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [termsAction, setTermsAction] = useState<TermsAction | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [revoking, setRevoking] = useState(false);
  const [done, setDone] = useState<Done | null>(null);

  const issuances = guarantee.issuances.map((i) => getFragmentData(IssuanceHistoryEntryFragment, i));
  const latest = latestVisible(issuances);
  const latestTarget = latest ? issuanceTargetLabel(t, latest) : '';
  const nextChangeNumber = issuances.reduce((n, i) => (i.hiddenReason || !i.changeNumber ? n : Math.max(n, i.changeNumber)), 0) + 1;
  const active = guarantee.status === 'ACTIVE';
  const correctable = active && latest !== undefined && latest.kind !== 'REVOCATION';
  const cancellable = correctable && latest?.changeNumber != null;

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" mt="lg">
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('guarantee.actions.heading')}
      </Title>
      {done && (
        <Alert color="green" role="status" mb="sm">
          {t(`guarantee.actions.done.${done}`)}
        </Alert>
      )}
      {!active ? (
        <Text>{t('guarantee.actions.revoked')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Action
            label={t('guarantee.actions.change')}
            help={t('guarantee.actions.changeHelp', { number: nextChangeNumber })}
            onClick={() => setTermsAction({ kind: 'change' })}
          />
          {correctable && latest && (
            <Action
              label={t('guarantee.actions.correct')}
              help={t('guarantee.actions.correctHelp', { sequence: latest.sequence, target: latestTarget })}
              onClick={() => setTermsAction({ kind: 'correct', issuanceId: latest.id, sequence: latest.sequence, target: latestTarget })}
            />
          )}
          {cancellable && latest && (
            <Action
              label={t('guarantee.actions.cancelChange')}
              help={t('guarantee.actions.cancelChangeHelp', { number: latest.changeNumber ?? '' })}
              onClick={() => setCancelling(true)}
            />
          )}
          <Action label={t('guarantee.actions.revoke')} help={t('guarantee.actions.revokeHelp')} danger onClick={() => setRevoking(true)} />
        </SimpleGrid>
      )}

      <GuaranteeTermsModal
        guarantee={guarantee}
        action={termsAction}
        nextChangeNumber={nextChangeNumber}
        onClose={() => setTermsAction(null)}
        onDone={(action) => setDone(action.kind === 'change' ? 'changed' : 'corrected')}
        onReload={onReload}
      />
      <CancelChangeModal
        issuance={cancelling && latest?.changeNumber != null ? { id: latest.id, changeNumber: latest.changeNumber } : null}
        onClose={() => setCancelling(false)}
        onDone={() => setDone('changeCancelled')}
      />
      <RevokeGuaranteeModal guarantee={guarantee} opened={revoking} onClose={() => setRevoking(false)} onDone={() => setDone('revoked')} />
    </Paper>
  );
}

function Action({ label, help, danger = false, onClick }: { label: string; help: string; danger?: boolean; onClick: () => void }) {
  return (
    <Stack gap={4} align="flex-start">
      <Button variant={danger ? 'outline' : 'filled'} color={danger ? 'red' : undefined} onClick={onClick} miw="8rem">
        {label}
      </Button>
      <Text size="xs">{help}</Text>
    </Stack>
  );
}
