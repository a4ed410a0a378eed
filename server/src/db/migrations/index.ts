// Written by src/scripts/create-migration.ts: the checked-in migrations, oldest first.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122040103 as sqliteMigration20261122040103 } from './sqlite/Migration20261122040103';
import { Migration20261122054415 as sqliteMigration20261122054415 } from './sqlite/Migration20261122054415';
import { Migration20261122055638 as sqliteMigration20261122055638 } from './sqlite/Migration20261122055638';
import { Migration20261129235743 as sqliteMigration20261129235743 } from './sqlite/Migration20261129235743';
import { Migration20261130000905 as sqliteMigration20261130000905 } from './sqlite/Migration20261130000905';
import { Migration20261130032811 as sqliteMigration20261130032811 } from './sqlite/Migration20261130032811';
import { Migration20261122040103 as postgresqlMigration20261122040103 } from './postgresql/Migration20261122040103';
import { Migration20261122054415 as postgresqlMigration20261122054415 } from './postgresql/Migration20261122054415';
import { Migration20261122055639 as postgresqlMigration20261122055639 } from './postgresql/Migration20261122055639';
import { Migration20261129235743 as postgresqlMigration20261129235743 } from './postgresql/Migration20261129235743';
import { Migration20261130000906 as postgresqlMigration20261130000906 } from './postgresql/Migration20261130000906';
import { Migration20261130032812 as postgresqlMigration20261130032812 } from './postgresql/Migration20261130032812';

export type DatabaseKind = 'sqlite' | 'postgresql';

const migrations: Record<DatabaseKind, MigrationObject[]> = {
  sqlite: [
    { name: 'Migration20261122040103', class: sqliteMigration20261122040103 },
    { name: 'Migration20261122054415', class: sqliteMigration20261122054415 },
    { name: 'Migration20261122055638', class: sqliteMigration20261122055638 },
    { name: 'Migration20261129235743', class: sqliteMigration20261129235743 },
    { name: 'Migration20261130000905', class: sqliteMigration20261130000905 },
    { name: 'Migration20261130032811', class: sqliteMigration20261130032811 },
  ],
  postgresql: [
    { name: 'Migration20261122040103', class: postgresqlMigration20261122040103 },
    { name: 'Migration20261122054415', class: postgresqlMigration20261122054415 },
    { name: 'Migration20261122055639', class: postgresqlMigration20261122055639 },
    { name: 'Migration20261129235743', class: postgresqlMigration20261129235743 },
    { name: 'Migration20261130000906', class: postgresqlMigration20261130000906 },
    { name: 'Migration20261130032812', class: postgresqlMigration20261130032812 },
  ],
};

export function migrationsFor(kind: DatabaseKind): MigrationObject[] {
  return migrations[kind];
}
