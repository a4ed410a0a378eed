import { Command, CommanderError, Option } from 'commander';
import { ConfigError, loadConfig, type Config } from '../config';
import { CliFailure, EXIT, UsageError, wholeNumber, type CliIo } from './cli-support';

// The commands load the ORM and the entities only when they run: help and usage errors answer at once.
// (Written out here rather than imported: importing the entity enums would load type-graphql.)
const OUTBOX_STATUSES = ['PENDING', 'SENT', 'FAILED'];
const ROLES = ['CONTRACTOR', 'BRANCH_STAFF', 'ORDERER', 'ADMIN'];
type OutboxStatus = import('../modules/notifications/outbox-message.entity').OutboxStatus;
type Role = import('../modules/identity/user.entity').Role;

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
    .action(async () => (await import('./migrate')).migrateUp(config(), io));
  migrate
    .command('down')
    .description('revert the last migration, or every one after --to; this drops what they added, data included')
    .option('--to <migration>', 'revert down to (and keeping) this migration, e.g. Migration20261122054415')
    .requiredOption('--yes', 'confirm: the reverted migrations’ tables and columns are dropped with their data')
    .action(async (options: { to?: string }) => (await import('./migrate')).migrateDown(config(), io, options));
  migrate
    .command('status')
    .description('list the applied migrations (with when) and the pending ones')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => (await import('./migrate')).migrateStatus(config(), io, options));

  program
    .command('create-admin')
    .description('create an administrator without a password and print a one-time link (24 hours) to set it')
    .requiredOption('--email <address>', 'the administrator’s e-mail address, which is also the sign-in name')
    .option('--name <name>', 'the administrator’s name', 'システム管理者')
    .addHelpText(
      'after',
      '\nExample: esurety create-admin --email admin@example.jp --name "保証 太郎"\nThe link goes to PUBLIC_URL/set-password.',
    )
    .action(async (options: { email: string; name: string }) => (await import('./accounts')).createAdmin(config(), io, options));

  program
    .command('seed')
    .description('load data into an empty database')
    .option('--demo', 'the README’s demo organisations and accounts (their password is published: not for production)')
    .action(async (options: { demo?: boolean }) => {
      if (!options.demo) throw new UsageError('say what to load: --demo is the only data set.');
      return (await import('./seed')).seedDemo(config(), io);
    });

  const outbox = program.command('outbox').description('the e-mails waiting to be sent, and sending them again');
  outbox
    .command('list')
    .description('the newest e-mails (not their bodies), and how many are pending or failed')
    .addOption(new Option('--status <status>', 'only this status').choices(OUTBOX_STATUSES))
    .option('--limit <n>', 'at most this many (1–1000)', wholeNumber(1, 1000), 50)
    .option('--json', 'print JSON')
    .action(async (options: { status?: OutboxStatus; limit: number; json?: boolean }) =>
      (await import('./outbox')).listOutboxCommand(config(), io, options),
    );
  outbox
    .command('retry')
    .description('send e-mails again, due now and with a fresh count of attempts')
    .argument('[ids...]', 'message ids from `esurety outbox list`')
    .option('--failed', 'every FAILED message')
    .action(async (ids: string[], options: { failed?: boolean }) =>
      (await import('./outbox')).retryOutboxCommand(config(), io, ids, options),
    );

  program
    .command('backup')
    .description('back up the database to a file; safe while the server runs (SQLite: VACUUM INTO; PostgreSQL: pg_dump -Fc)')
    .argument('<file>', 'the backup file to write')
    .option('--force', 'replace the file if it exists')
    .addHelpText('after', '\nThe master key (SECRET_KEY or DATA_DIR/secret.key) is not in the backup: keep it apart.')
    .action(async (file: string, options: { force?: boolean }) => (await import('./backup')).backup(config(), io, file, options));

  program
    .command('restore')
    .description('restore a backup into the configured database, with every server stopped (PostgreSQL: pg_restore)')
    .argument('<file>', 'a file written by `esurety backup`')
    .option('--force', 'replace a database that is not empty')
    .action(async (file: string, options: { force?: boolean }) => (await import('./backup')).restore(config(), io, file, options));

  const users = program.command('users').description('list, disable and enable accounts');
  users
    .command('list')
    .description('every account: e-mail, name, role, organisation, and when it was disabled')
    .addOption(new Option('--role <role>', 'only this role').choices(ROLES))
    .option('--enabled-only', 'leave out disabled accounts')
    .option('--json', 'print JSON')
    .action(async (options: { role?: Role; enabledOnly?: boolean; json?: boolean }) =>
      (await import('./accounts')).listUsers(config(), io, options),
    );
  users
    .command('disable')
    .description('stop an account: no more sign-ins, its sessions end, its API tokens are revoked')
    .argument('<email>', 'the account’s e-mail address')
    .action(async (email: string) => (await import('./accounts')).setUserDisabled(config(), io, email, true));
  users
    .command('enable')
    .description('let a disabled account sign in again')
    .argument('<email>', 'the account’s e-mail address')
    .action(async (email: string) => (await import('./accounts')).setUserDisabled(config(), io, email, false));

  program
    .command('rotate-secret')
    .description('move the guarantees’ keys and the webhook secrets to a new master key (SECRET_KEY), servers stopped')
    .addHelpText(
      'after',
      '\nWith SECRET_KEY set, give the new key in NEW_SECRET_KEY (openssl rand -base64 32), then set SECRET_KEY to it.\n' +
        'On the embedded default (no SECRET_KEY) a new DATA_DIR/secret.key is generated; the old one is kept as secret.key.previous.\n' +
        'The 認証キー handed out do not change: key notices stay valid.',
    )
    .action(async () => (await import('./rotate-secret')).rotateSecret(config(), io));

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
    if (error instanceof CliFailure || error instanceof ConfigError || isDomainError(error)) {
      io.err(`${error.message}\n`);
      return EXIT.FAILURE;
    }
    // The message is for the operator; the stack only when asked for (LOG_LEVEL=debug).
    const debug = io.env.LOG_LEVEL === 'debug' || io.env.LOG_LEVEL === 'trace';
    io.err(`Failed: ${error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error)}\n`);
    return EXIT.FAILURE;
  }
}

/** A rule of the domain refused (common/errors.ts DomainError), without loading it up front. */
function isDomainError(error: unknown): error is Error {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && 'extensions' in error;
}
