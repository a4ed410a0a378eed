// Written by src/scripts/create-migration.ts: the checked-in migrations, oldest first.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122040103 as sqliteMigration20261122040103 } from './sqlite/Migration20261122040103';
import { Migration20261122054415 as sqliteMigration20261122054415 } from './sqlite/Migration20261122054415';
import { Migration20261122055638 as sqliteMigration20261122055638 } from './sqlite/Migration20261122055638';
import { Migration20261129235743 as sqliteMigration20261129235743 } from './sqlite/Migration20261129235743';
import { Migration20261130000905 as sqliteMigration20261130000905 } from './sqlite/Migration20261130000905';
import { Migration20261130032014 as sqliteMigration20261130032014 } from './sqlite/Migration20261130032014';
import { Migration20261130032155 as sqliteMigration20261130032155 } from './sqlite/Migration20261130032155';
import { Migration20261130032255 as sqliteMigration20261130032255 } from './sqlite/Migration20261130032255';
import { Migration20261130032309 as sqliteMigration20261130032309 } from './sqlite/Migration20261130032309';
import { Migration20261130032632 as sqliteMigration20261130032632 } from './sqlite/Migration20261130032632';
import { Migration20261130032702 as sqliteMigration20261130032702 } from './sqlite/Migration20261130032702';
import { Migration20261130032811 as sqliteMigration20261130032811 } from './sqlite/Migration20261130032811';
import { Migration20261130041000 as sqliteMigration20261130041000 } from './sqlite/Migration20261130041000';
import { Migration20261130050000 as sqliteMigration20261130050000 } from './sqlite/Migration20261130050000';
import { Migration20261130080000 as sqliteMigration20261130080000 } from './sqlite/Migration20261130080000';
import { Migration20261130140000 as sqliteMigration20261130140000 } from './sqlite/Migration20261130140000';
import { Migration20261122040103 as postgresqlMigration20261122040103 } from './postgresql/Migration20261122040103';
import { Migration20261122054415 as postgresqlMigration20261122054415 } from './postgresql/Migration20261122054415';
import { Migration20261122055639 as postgresqlMigration20261122055639 } from './postgresql/Migration20261122055639';
import { Migration20261129235743 as postgresqlMigration20261129235743 } from './postgresql/Migration20261129235743';
import { Migration20261130000906 as postgresqlMigration20261130000906 } from './postgresql/Migration20261130000906';
import { Migration20261130032019 as postgresqlMigration20261130032019 } from './postgresql/Migration20261130032019';
import { Migration20261130032155 as postgresqlMigration20261130032155 } from './postgresql/Migration20261130032155';
import { Migration20261130032256 as postgresqlMigration20261130032256 } from './postgresql/Migration20261130032256';
import { Migration20261130032311 as postgresqlMigration20261130032311 } from './postgresql/Migration20261130032311';
import { Migration20261130032634 as postgresqlMigration20261130032634 } from './postgresql/Migration20261130032634';
import { Migration20261130032704 as postgresqlMigration20261130032704 } from './postgresql/Migration20261130032704';
import { Migration20261130032812 as postgresqlMigration20261130032812 } from './postgresql/Migration20261130032812';
import { Migration20261130040000 as postgresqlMigration20261130040000 } from './postgresql/Migration20261130040000';
import { Migration20261130041000 as postgresqlMigration20261130041000 } from './postgresql/Migration20261130041000';
import { Migration20261130050000 as postgresqlMigration20261130050000 } from './postgresql/Migration20261130050000';
import { Migration20261130080000 as postgresqlMigration20261130080000 } from './postgresql/Migration20261130080000';
import { Migration20261130140000 as postgresqlMigration20261130140000 } from './postgresql/Migration20261130140000';

export type DatabaseKind = 'sqlite' | 'postgresql';

const migrations: Record<DatabaseKind, MigrationObject[]> = {
  sqlite: [
    { name: 'Migration20261122040103', class: sqliteMigration20261122040103 },
    { name: 'Migration20261122054415', class: sqliteMigration20261122054415 },
    { name: 'Migration20261122055638', class: sqliteMigration20261122055638 },
    { name: 'Migration20261129235743', class: sqliteMigration20261129235743 },
    { name: 'Migration20261130000905', class: sqliteMigration20261130000905 },
    { name: 'Migration20261130032014', class: sqliteMigration20261130032014 },
    { name: 'Migration20261130032155', class: sqliteMigration20261130032155 },
    { name: 'Migration20261130032255', class: sqliteMigration20261130032255 },
    { name: 'Migration20261130032309', class: sqliteMigration20261130032309 },
    { name: 'Migration20261130032632', class: sqliteMigration20261130032632 },
    { name: 'Migration20261130032702', class: sqliteMigration20261130032702 },
    { name: 'Migration20261130032811', class: sqliteMigration20261130032811 },
    { name: 'Migration20261130041000', class: sqliteMigration20261130041000 },
    { name: 'Migration20261130050000', class: sqliteMigration20261130050000 },
    { name: 'Migration20261130080000', class: sqliteMigration20261130080000 },
    { name: 'Migration20261130140000', class: sqliteMigration20261130140000 },
  ],
  postgresql: [
    { name: 'Migration20261122040103', class: postgresqlMigration20261122040103 },
    { name: 'Migration20261122054415', class: postgresqlMigration20261122054415 },
    { name: 'Migration20261122055639', class: postgresqlMigration20261122055639 },
    { name: 'Migration20261129235743', class: postgresqlMigration20261129235743 },
    { name: 'Migration20261130000906', class: postgresqlMigration20261130000906 },
    { name: 'Migration20261130032019', class: postgresqlMigration20261130032019 },
    { name: 'Migration20261130032155', class: postgresqlMigration20261130032155 },
    { name: 'Migration20261130032256', class: postgresqlMigration20261130032256 },
    { name: 'Migration20261130032311', class: postgresqlMigration20261130032311 },
    { name: 'Migration20261130032634', class: postgresqlMigration20261130032634 },
    { name: 'Migration20261130032704', class: postgresqlMigration20261130032704 },
    { name: 'Migration20261130032812', class: postgresqlMigration20261130032812 },
    { name: 'Migration20261130040000', class: postgresqlMigration20261130040000 },
    { name: 'Migration20261130041000', class: postgresqlMigration20261130041000 },
    { name: 'Migration20261130050000', class: postgresqlMigration20261130050000 },
    { name: 'Migration20261130080000', class: postgresqlMigration20261130080000 },
    { name: 'Migration20261130140000', class: postgresqlMigration20261130140000 },
  ],
};

export function migrationsFor(kind: DatabaseKind): MigrationObject[] {
  return migrations[kind];
}
