import { useMutation } from '@apollo/client/react';
import { Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { BidBondStatus } from '../../gql/graphql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ConvertBidBondMutation, IssueBidBondMutation, WithdrawBidBondMutation } from './documents';
import { canConvert, canIssue, canWithdraw } from './status';

export interface BidBondActionTarget {
  id: string;
  status: BidBondStatus;
  workName: string;
}

interface BidBondActionsProps {
  bidBond: BidBondActionTarget;
  role: 'CONTRACTOR' | 'BRANCH_STAFF' | 'OTHER';
  /** What happened, for the list's status line (done) or its error alert (failed). */
  onDone: (message: string) => void;
  onFailed: (error: unknown) => void;
}

/**
 * What the user may do with one reservation in its state: branch staff 発行; the contractor
 * 申込へ移行 (then the application's form opens, prefilled) and 取下げ after a confirmation.
 */
export function BidBondActions({ bidBond, role, onDone, onFailed }: BidBondActionsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  const [issue, issuing] = useMutation(IssueBidBondMutation);
  const [convert, converting] = useMutation(ConvertBidBondMutation);
  const [withdraw] = useMutation(WithdrawBidBondMutation);
  const input = { bidBondId: bidBond.id };
  const { workName } = bidBond;

  async function run<T>(action: () => Promise<T>, then: (result: T) => void | Promise<void>) {
    try {
      await then(await action());
    } catch (error) {
      onFailed(error);
    }
  }

  if (role === 'BRANCH_STAFF') {
    if (!canIssue(bidBond.status)) return null;
    return (
      <Button
        size="compact-md"
        aria-label={t('bidBonds.issueLabel', { workName })}
        loading={issuing.loading}
        onClick={() =>
          void run(
            () => issue({ variables: { input } }),
            (result) => {
              const number = result.data?.issueBidBond.bidBond.bidBondNumber ?? '';
              onDone(t('bidBonds.issued', { workName, number }));
            },
          )
        }
      >
        {t('bidBonds.issue')}
      </Button>
    );
  }
  if (role !== 'CONTRACTOR' || !canWithdraw(bidBond.status)) return null;
  return (
    <Group gap="xs" wrap="nowrap">
      {canConvert(bidBond.status) && (
        <Button
          size="compact-md"
          aria-label={t('bidBonds.convertLabel', { workName })}
          loading={converting.loading}
          onClick={() =>
            void run(
              () => convert({ variables: { input } }),
              async (result) => {
                const application = result.data?.convertBidBond.application;
                if (application) await navigate(`/applications/${application.id}/edit`);
              },
            )
          }
        >
          {t('bidBonds.convert')}
        </Button>
      )}
      <Button size="compact-md" color="red" variant="outline" aria-label={t('bidBonds.withdrawLabel', { workName })} onClick={open}>
        {t('bidBonds.withdraw')}
      </Button>
      <ConfirmDialog
        opened={opened}
        title={t('bidBonds.withdrawTitle')}
        message={t('bidBonds.withdrawConfirm', { workName })}
        confirmLabel={t('bidBonds.withdrawSubmit')}
        confirmColor="red"
        failedTitle={t('bidBonds.failedTitle')}
        onConfirm={async () => {
          await withdraw({ variables: { input } });
          close();
          onDone(t('bidBonds.withdrawn', { workName }));
        }}
        onClose={close}
      />
    </Group>
  );
}
