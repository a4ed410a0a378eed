import { formatJstTimestamp } from '@esurety/schema';
import { Badge, Button, Code, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { OutboxRowFragment as OutboxRow, OutboxStatus } from '../../gql/graphql';
import { DetailTable } from '../../ui/DetailTable';
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
  if (rows.length === 0) return <Text py="md">{t('outbox.empty')}</Text>;

  return (
    <>
      <Table.ScrollContainer minWidth={860}>
        <Table withTableBorder verticalSpacing="sm" aria-labelledby={labelledBy}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('outbox.to')}</Table.Th>
              <Table.Th scope="col">{t('outbox.subject')}</Table.Th>
              <Table.Th scope="col">{t('outbox.statusColumn')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('outbox.attempts')}
              </Table.Th>
              <Table.Th scope="col">{t('outbox.createdAt')}</Table.Th>
              <Table.Th scope="col">{t('outbox.sentAt')}</Table.Th>
              <Table.Th scope="col">{t('outbox.body')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((m) => (
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
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
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
