import { formatJstTimestamp } from '@esurety/schema';
import { Badge, Button, Code, Modal, Stack, Table, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { OutboxRowFragment as OutboxRow, OutboxStatus } from '../../gql/graphql';
import { DetailTable } from '../../ui/DetailTable';
import { ListTable } from '../../ui/ListTable';
import classes from './outbox.module.css';

export const OutboxRowFragment = graphql(`
  fragment OutboxRow on OutboxMessage {
    id
    to
    subject
    status
    attempts
    createdAt
    sentAt
    lastError
    messageId
    body
  }
`);

const colours: Record<OutboxStatus, string> = { PENDING: 'yellow', SENT: 'green', FAILED: 'red' };

/** The mails, one row each; 本文を表示 opens the body (and any last error) in a dialog. */
export function OutboxTable({ messages, labelledBy }: { messages: FragmentType<typeof OutboxRowFragment>[]; labelledBy: string }) {
  const { t } = useTranslation();
  const rows = messages.map((m) => getFragmentData(OutboxRowFragment, m));
  const [openId, setOpenId] = useState<string | null>(null);
  const open = rows.find((m) => m.id === openId);

  return (
    <>
      <ListTable
        labelledBy={labelledBy}
        minWidth={860}
        columns={[
          { label: t('outbox.to') },
          { label: t('outbox.subject') },
          { label: t('outbox.statusColumn') },
          { label: t('outbox.attempts'), numeric: true },
          { label: t('outbox.createdAt') },
          { label: t('outbox.sentAt') },
          { label: t('outbox.body') },
        ]}
        rows={rows}
        empty={t('outbox.empty')}
        renderRow={(m) => (
          <Table.Tr key={m.id}>
            <Table.Td className={classes.breakAll}>{m.to}</Table.Td>
            <Table.Td>{m.subject}</Table.Td>
            <Table.Td>
              <Badge color={colours[m.status]} variant="light" tt="none" size="lg" radius="sm">
                {t(`outbox.status.${m.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td ta="right">{m.attempts}</Table.Td>
            <Table.Td className={classes.noWrap}>{formatJstTimestamp(m.createdAt)}</Table.Td>
            <Table.Td className={classes.noWrap}>{m.sentAt ? formatJstTimestamp(m.sentAt) : ''}</Table.Td>
            <Table.Td>
              <Button variant="default" size="compact-sm" onClick={() => setOpenId(m.id)}>
                {t('outbox.showBody')}
                <VisuallyHidden>{t('outbox.showBodyLabel', { subject: m.subject })}</VisuallyHidden>
              </Button>
            </Table.Td>
          </Table.Tr>
        )}
      />
      <Modal
        opened={open !== undefined}
        onClose={() => setOpenId(null)}
        title={open?.subject ?? ''}
        size="xl"
        closeButtonProps={{ 'aria-label': t('outbox.close') }}
      >
        {open && <OutboxMessageBody message={open} />}
      </Modal>
    </>
  );
}

function OutboxMessageBody({ message: m }: { message: OutboxRow }) {
  const { t } = useTranslation();
  const headingId = `outbox-${m.id}-heading`;
  return (
    <Stack gap="md">
      <span id={headingId} hidden>
        {m.subject}
      </span>
      <DetailTable
        labelledBy={headingId}
        rows={[
          { label: t('outbox.to'), value: m.to },
          { label: t('outbox.messageId'), value: m.messageId },
          { label: t('outbox.statusColumn'), value: t(`outbox.status.${m.status}`) },
          ...(m.lastError ? [{ label: t('outbox.lastError'), value: m.lastError }] : []),
        ]}
      />
      <Code block className={classes.body}>
        {m.body}
      </Code>
    </Stack>
  );
}
