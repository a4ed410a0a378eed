import { Command, CommanderError, Option } from 'commander';
import { DomainError } from '../common/errors';
import { ConfigError, loadConfig, type Config } from '../config';
import { OutboxStatus } from '../modules/notifications/outbox-message.entity';
import type { Role } from '../modules/identity/user.entity';
import { createAdmin, listUsers, ROLES, setUserDisabled } from './accounts';
import { backup, restore } from './backup';
import { CliFailure, EXIT, UsageError, wholeNumber, type CliIo } from './cli-support';
import { migrateDown, migrateStatus, migrateUp } from './migrate';
import { listOutboxCommand, retryOutboxCommand } from './outbox';
import { rotateSecret } from './rotate-secret';
import { seedDemo } from './seed';

const FOOTER = `
Exit codes: 0 done, 1 failed (the message says why), 2 wrong usage (the message says what is expected).
Configuration: the server's environment variables (DATABASE_URL, DATA_DIR, SECRET_KEY, PUBLIC_URL, …;
see docs/operations.md). Relative paths are taken from the directory the command was run in.`;

/** The operator's command line: builds the commands, runs one, and returns its exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const config = (): Config => loadConfig(io.env);
  const program = new Command('esurety')
    .description('esurety operator commands: the database, accounts, the outbox, backups and the master key.')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError('(add --help to see what is expected)')
    .addHelpText('after', FOOTER);

  const migrate = program
    .command('migrate')
    .description('apply, revert or list the database migrations (the server also applies them at start)');
  migrate
    .command('up')
    .description('apply every pending migration (creates the SQLite database if there is none)')
    .action(() => migrateUp(config(), io));
  migrate
    .command('down')
    .description('revert the last migration, or every one after --to; this drops what they added, data included')
    .option('--to <migration>', 'revert down to (and keeping) this migration, e.g. Migration20261122054415')
    .requiredOption('--yes', 'confirm: the reverted migrations’ tables and columns are dropped with their data')
    .action((options: { to?: string }) => migrateDown(config(), io, options));
  migrate
    .command('status')
    .description('list the applied migrations (with when) and the pending ones')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) => migrateStatus(config(), io, options));

  program
    .command('create-admin')
    .description('create an administrator without a password and print a one-time link (24 hours) to set it')
    .requiredOption('--email <address>', 'the administrator’s e-mail address, which is also the sign-in name')
    .option('--name <name>', 'the administrator’s name', 'システム管理者')
    .addHelpText(
      'after',
      '\nExample: esurety create-admin --email admin@example.jp --name "保証 太郎"\nThe link goes to PUBLIC_URL/set-password.',
    )
    .action((options: { email: string; name: string }) => createAdmin(config(), io, options));

  program
    .command('seed')
    .description('load data into an empty database')
    .option('--demo', 'the README’s demo organisations and accounts (their password is published: not for production)')
    .action((options: { demo?: boolean }) => {
      if (!options.demo) throw new UsageError('say what to load: --demo is the only data set.');
      return seedDemo(config(), io);
    });

  const outbox = program.command('outbox').description('the e-mails waiting to be sent, and sending them again');
  outbox
    .command('list')
    .description('the newest e-mails (not their bodies), and how many are pending or failed')
    .addOption(new Option('--status <status>', 'only this status').choices(Object.values(OutboxStatus)))
    .option('--limit <n>', 'at most this many (1–1000)', wholeNumber(1, 1000), 50)
    .option('--json', 'print JSON')
    .action((options: { status?: OutboxStatus; limit: number; json?: boolean }) => listOutboxCommand(config(), io, options));
  outbox
    .command('retry')
    .description('send e-mails again, due now and with a fresh count of attempts')
    .argument('[ids...]', 'message ids from `esurety outbox list`')
    .option('--failed', 'every FAILED message')
    .action((ids: string[], options: { failed?: boolean }) => retryOutboxCommand(config(), io, ids, options));

  program
    .command('backup')
    .description('back up the database to a file; safe while the server runs (SQLite: VACUUM INTO; PostgreSQL: pg_dump -Fc)')
    .argument('<file>', 'the backup file to write')
    .option('--force', 'replace the file if it exists')
    .addHelpText('after', '\nThe master key (SECRET_KEY or DATA_DIR/secret.key) is not in the backup: keep it apart.')
    .action((file: string, options: { force?: boolean }) => backup(config(), io, file, options));

  program
    .command('restore')
    .description('restore a backup into the configured database, with every server stopped (PostgreSQL: pg_restore)')
    .argument('<file>', 'a file written by `esurety backup`')
    .option('--force', 'replace a database that is not empty')
    .action((file: string, options: { force?: boolean }) => restore(config(), io, file, options));

  const users = program.command('users').description('list, disable and enable accounts');
  users
    .command('list')
    .description('every account: e-mail, name, role, organisation, and when it was disabled')
    .addOption(new Option('--role <role>', 'only this role').choices(ROLES))
    .option('--enabled-only', 'leave out disabled accounts')
    .option('--json', 'print JSON')
    .action((options: { role?: Role; enabledOnly?: boolean; json?: boolean }) => listUsers(config(), io, options));
  users
    .command('disable')
    .description('stop an account: no more sign-ins, its sessions end, its API tokens are revoked')
    .argument('<email>', 'the account’s e-mail address')
    .action((email: string) => setUserDisabled(config(), io, email, true));
  users
    .command('enable')
    .description('let a disabled account sign in again')
    .argument('<email>', 'the account’s e-mail address')
    .action((email: string) => setUserDisabled(config(), io, email, false));

  program
    .command('rotate-secret')
    .description('move the guarantees’ keys and the webhook secrets to a new master key (SECRET_KEY), servers stopped')
    .addHelpText(
      'after',
      '\nWith SECRET_KEY set, give the new key in NEW_SECRET_KEY (openssl rand -base64 32), then set SECRET_KEY to it.\n' +
        'On the embedded default (no SECRET_KEY) a new DATA_DIR/secret.key is generated; the old one is kept as secret.key.previous.\n' +
        'The 認証キー handed out do not change: key notices stay valid.',
    )
    .action(() => rotateSecret(config(), io));

  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help asked for is success; everything else commander refuses is a wrong command line.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    if (error instanceof UsageError) {
      io.err(`error: ${error.message}\n(add --help to see what is expected)\n`);
      return EXIT.USAGE;
    }
    if (error instanceof CliFailure || error instanceof ConfigError || error instanceof DomainError) {
      io.err(`${error.message}\n`);
      return EXIT.FAILURE;
    }
    io.err(`Failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.FAILURE;
  }
}
