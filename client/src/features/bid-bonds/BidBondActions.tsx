import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { BidBondStatus } from '../../gql/graphql';
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
  const [withdraw, withdrawing] = useMutation(WithdrawBidBondMutation);
  const [failed, setFailed] = useState(false);
  const input = { bidBondId: bidBond.id };
  const { workName } = bidBond;

  async function run<T>(action: () => Promise<T>, then: (result: T) => void | Promise<void>) {
    setFailed(false);
    try {
      await then(await action());
    } catch (error) {
      setFailed(true);
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
      <Modal opened={opened} onClose={close} title={t('bidBonds.withdrawTitle')} closeButtonProps={{ 'aria-label': t('bidBonds.cancel') }}>
        <Text mb="md">{t('bidBonds.withdrawConfirm', { workName })}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close} disabled={withdrawing.loading}>
            {t('bidBonds.cancel')}
          </Button>
          <Button
            color="red"
            loading={withdrawing.loading}
            onClick={() =>
              void run(
                () => withdraw({ variables: { input } }),
                () => {
                  close();
                  onDone(t('bidBonds.withdrawn', { workName }));
                },
              )
            }
          >
            {t('bidBonds.withdrawSubmit')}
          </Button>
        </Group>
        {failed && (
          <Text c="red.8" mt="sm" role="alert">
            {t('bidBonds.failedTitle')}
          </Text>
        )}
      </Modal>
    </Group>
  );
}
