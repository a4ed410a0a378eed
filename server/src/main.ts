import 'reflect-metadata';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/orm';
import { seedDemoData } from './db/seeders/demo';
import { IdentityService } from './modules/identity/identity.service';
import { OutboxWorker } from './modules/notifications/outbox-worker';
import { WebhookWorker } from './modules/webhooks/webhook-worker';
import { loadKeyring } from './common/secrets';

async function main() {
  const config = loadConfig();
  const orm = await openDatabase(config.database);
  if (config.seedDemo) {
    const seeded = await seedDemoData(orm.em.fork());
    if (seeded) console.log('Loaded the demo data (accounts: see README, password esurety-demo).');
  }

  const app = await createApp(config, orm);
  // Without SMTP_URL (the embedded default) mails stay in the outbox, where admins can read them.
  const outbox = config.smtpUrl ? new OutboxWorker(orm, config.smtpUrl, config.mailFrom) : null;
  outbox?.start();
  const webhooks = new WebhookWorker(orm, loadKeyring(config), { refuseInternal: config.env === 'production' });
  webhooks.start();
  await new Promise<void>((resolve) => app.server.listen(config.port, config.host, resolve));
  const where = config.database.kind === 'sqlite' ? config.database.file : 'PostgreSQL';
  console.log(`esurety listening on http://localhost:${config.port} (database: ${where})`);

  const purge = setInterval(() => {
    new IdentityService(orm.em.fork(), config.sessionTtlMs).purgeExpiredSessions().catch((error) => {
      console.error('Could not purge expired sessions', error);
    });
  }, 3600_000);
  purge.unref();

  const shutdown = async (signal: string) => {
    console.log(`${signal}: shutting down`);
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
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('esurety could not start:', error);
  }
  process.exit(1);
});
