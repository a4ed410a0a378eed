// Written by src/scripts/create-migration.ts: the checked-in migrations, oldest first.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122031006 as sqliteMigration20261122031006 } from './sqlite/Migration20261122031006';
import { Migration20261122031006 as postgresqlMigration20261122031006 } from './postgresql/Migration20261122031006';

export type DatabaseKind = 'sqlite' | 'postgresql';

const migrations: Record<DatabaseKind, MigrationObject[]> = {
  sqlite: [
    { name: 'Migration20261122031006', class: sqliteMigration20261122031006 },
  ],
  postgresql: [
    { name: 'Migration20261122031006', class: postgresqlMigration20261122031006 },
  ],
};

export function migrationsFor(kind: DatabaseKind): MigrationObject[] {
  return migrations[kind];
}
