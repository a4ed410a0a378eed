import type { Config } from '../config';
import type { EntityManager } from '../db/orm';
import { outboxBacklog } from '../modules/notifications/outbox-backlog';
import { OutboxStatus } from '../modules/notifications/outbox-message.entity';
import { listOutbox, retryOutbox } from '../modules/notifications/outbox-operations';
import { json, table, UsageError, withDatabase, type CliIo } from './cli-support';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `esurety outbox list`: the newest messages (never their bodies, which may hold one-time links). */
export async function listOutboxCommand(config: Config, io: CliIo, options: { status?: OutboxStatus; limit: number; json?: boolean }) {
  await withDatabase(config, async (orm) => {
    const em = orm.em.fork() as EntityManager;
    const [messages, backlog] = await Promise.all([listOutbox(em, options), outboxBacklog(em)]);
    const rows = messages.map((m) => ({
      id: m.id,
      status: m.status,
      attempts: m.attempts,
      createdAt: m.createdAt.toISOString(),
      to: m.to,
      subject: m.subject,
      lastError: m.lastError ?? null,
    }));
    if (options.json) {
      io.out(json({ pending: backlog.pending, failed: backlog.failed, oldestPendingAt: backlog.oldestPendingAt, messages: rows }));
      return;
    }
    io.out(
      table(
        ['id', 'status', 'attempts', 'created', 'to', 'subject', 'last error'],
        rows.map((r) => Object.values(r)),
      ),
    );
    io.out(
      `${backlog.pending} pending, ${backlog.failed} failed` +
        (backlog.oldestPendingAt ? `; the oldest pending since ${backlog.oldestPendingAt.toISOString()}` : '') +
        (config.smtpUrl ? '' : ' (SMTP_URL is not set: nothing is sent)') +
        '\n',
    );
  });
}

/** `esurety outbox retry <id…>` or `--failed`: queues messages again, due now. */
export async function retryOutboxCommand(config: Config, io: CliIo, ids: string[], options: { failed?: boolean }) {
  if (options.failed && ids.length) throw new UsageError('give message ids or --failed, not both.');
  if (!options.failed && !ids.length) throw new UsageError('expected message ids (from `esurety outbox list`) or --failed.');
  const wrong = ids.find((id) => !UUID.test(id));
  if (wrong) throw new UsageError(`"${wrong}" is not a message id: expected a UUID such as 1b4e28ba-2fa1-11d2-883f-0016d3cca427.`);
  await withDatabase(config, async (orm) => {
    const count = await retryOutbox(orm.em.fork() as EntityManager, options.failed ? 'FAILED' : { ids });
    io.out(`Queued ${count} message(s) again; a running server with SMTP_URL sends them within seconds.\n`);
  });
}
