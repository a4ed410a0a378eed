// Written by src/scripts/create-migration.ts: the checked-in migrations, oldest first.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122033402 as sqliteMigration20261122033402 } from './sqlite/Migration20261122033402';
import { Migration20261122033402 as postgresqlMigration20261122033402 } from './postgresql/Migration20261122033402';

export type DatabaseKind = 'sqlite' | 'postgresql';

const migrations: Record<DatabaseKind, MigrationObject[]> = {
  sqlite: [
    { name: 'Migration20261122033402', class: sqliteMigration20261122033402 },
  ],
  postgresql: [
    { name: 'Migration20261122033402', class: postgresqlMigration20261122033402 },
  ],
};

export function migrationsFor(kind: DatabaseKind): MigrationObject[] {
  return migrations[kind];
}
