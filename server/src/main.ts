import 'reflect-metadata';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/orm';
import { seedDemoOnStart } from './db/seeders/on-start';
import { IdentityService } from './modules/identity/identity.service';
import { lapseOverdueBidBonds } from './modules/bid-bonds/bid-bond-lapse';
import { PasswordTokenService } from './modules/identity/password-token.service';
import { OutboxWorker } from './modules/notifications/outbox-worker';
import { WebhookWorker } from './modules/webhooks/webhook-worker';
import { purgeExpiredIdempotencyKeys } from './modules/idempotency/idempotency-keys';
import { loadKeyring } from './common/secrets';
import { createLogger } from './common/logger';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config);
  const orm = await openDatabase(config.database, {
    log: (message) => logger.info({ component: 'orm' }, message.replace(/^\[\w+\] /, '')),
  });
  await seedDemoOnStart(orm, config, logger);

  const app = await createApp(config, orm, { logger });
  // Without SMTP_URL (the embedded default) mails stay in the outbox, where admins can read them.
  const outbox = config.smtpUrl ? new OutboxWorker(orm, config.smtpUrl, config.mailFrom, logger) : null;
  await outbox?.start();
  const webhooks = new WebhookWorker(orm, loadKeyring(config), { refuseInternal: config.env === 'production', logger });
  await webhooks.start();
  await new Promise<void>((resolve) => app.server.listen(config.port, config.host, resolve));
  const database = config.database.kind === 'sqlite' ? config.database.file : 'PostgreSQL';
  logger.info({ port: config.port, database, env: config.env }, `esurety listening on http://localhost:${config.port}`);

  // Reservations whose bid date passed while the server was down lapse now, then hourly below.
  lapseOverdueBidBonds(orm.em).catch((err) => logger.error({ err }, 'could not lapse overdue bid bonds'));
  const purge = setInterval(() => {
    new IdentityService(orm.em.fork(), config.sessionTtlMs).purgeExpiredSessions().catch((err) => {
      logger.error({ err }, 'could not purge expired sessions');
    });
    new PasswordTokenService(orm.em.fork()).purgeExpired().catch((err) => {
      logger.error({ err }, 'could not purge expired one-time links');
    });
    lapseOverdueBidBonds(orm.em).catch((err) => {
      logger.error({ err }, 'could not lapse overdue bid bonds');
    });
    purgeExpiredIdempotencyKeys(orm.em.fork()).catch((err) => {
      logger.error({ err }, 'could not purge expired idempotency keys');
    });
  }, 3600_000);
  purge.unref();

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    clearInterval(purge);
    await outbox?.stop();
    await webhooks.stop();
    await app.stop();
    await orm.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  // The configuration may be what failed: log at the default level.
  const logger = createLogger({ logLevel: 'info' });
  if (error instanceof ConfigError) logger.fatal(error.message);
  else logger.fatal({ err: error }, 'esurety could not start');
  process.exit(1);
});
