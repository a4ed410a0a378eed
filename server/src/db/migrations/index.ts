// Written by src/scripts/create-migration.ts: the checked-in migrations, oldest first.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122032408 as sqliteMigration20261122032408 } from './sqlite/Migration20261122032408';
import { Migration20261122032408 as postgresqlMigration20261122032408 } from './postgresql/Migration20261122032408';

export type DatabaseKind = 'sqlite' | 'postgresql';

const migrations: Record<DatabaseKind, MigrationObject[]> = {
  sqlite: [
    { name: 'Migration20261122032408', class: sqliteMigration20261122032408 },
  ],
  postgresql: [
    { name: 'Migration20261122032408', class: postgresqlMigration20261122032408 },
  ],
};

export function migrationsFor(kind: DatabaseKind): MigrationObject[] {
  return migrations[kind];
}
