import type { Config } from '../config';
import { CliFailure, json, withDatabase, type CliIo } from './cli-support';

/** `esurety migrate up`: applies every pending migration, in one transaction. */
export async function migrateUp(config: Config, io: CliIo): Promise<void> {
  await withDatabase(
    config,
    async (orm) => {
      const applied = await orm.getMigrator().up();
      if (applied.length === 0) io.out('The database is up to date: no migration to apply.\n');
      else io.out(`Applied ${applied.length} migration(s):\n${applied.map((m) => `  ${m.name}\n`).join('')}`);
    },
    { requireCurrentSchema: false },
  );
}

/** `esurety migrate down`: reverts the last migration, or every one after `to`. */
export async function migrateDown(config: Config, io: CliIo, options: { to?: string }): Promise<void> {
  await withDatabase(
    config,
    async (orm) => {
      const migrator = orm.getMigrator();
      const executed = await migrator.getExecutedMigrations();
      if (executed.length === 0) throw new CliFailure('No migration has been applied: nothing to revert.');
      if (options.to && !executed.some((m) => m.name === options.to)) {
        throw new CliFailure(`${options.to} is not an applied migration. Applied: ${executed.map((m) => m.name).join(', ')}`);
      }
      const reverted = await migrator.down(options.to ? { to: options.to } : undefined);
      io.out(`Reverted ${reverted.length} migration(s):\n${reverted.map((m) => `  ${m.name}\n`).join('')}`);
    },
    { requireCurrentSchema: false },
  );
}

/** `esurety migrate status`: what is applied (and when) and what is pending. */
export async function migrateStatus(config: Config, io: CliIo, options: { json?: boolean }): Promise<void> {
  await withDatabase(
    config,
    async (orm) => {
      const migrator = orm.getMigrator();
      const executed = await migrator.getExecutedMigrations();
      const pending = await migrator.getPendingMigrations();
      if (options.json) {
        io.out(
          json({
            applied: executed.map((m) => ({ name: m.name, appliedAt: new Date(m.executed_at).toISOString() })),
            pending: pending.map((m) => m.name),
          }),
        );
        return;
      }
      for (const m of executed) io.out(`applied  ${m.name}  ${new Date(m.executed_at).toISOString()}\n`);
      for (const m of pending) io.out(`pending  ${m.name}\n`);
      io.out(pending.length ? `${pending.length} pending: run \`esurety migrate up\`.\n` : 'Up to date.\n');
    },
    { requireCurrentSchema: false },
  );
}
