/**
 * Writes the migration that brings each database (SQLite and PostgreSQL) from the checked-in
 * migrations to the current entities, and registers both in db/migrations/index.ts.
 * Usage: pnpm --filter @esurety/server migration:create
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { ormOptions } from '../db/orm';
import type { DatabaseKind } from '../db/migrations';
import { createTemporaryPostgres } from '../db/temporary-database';

const migrationsDir = path.join(__dirname, '..', 'db', 'migrations');

async function create(kind: DatabaseKind, db: Parameters<typeof ormOptions>[0]) {
  const options = ormOptions(db);
  const orm = await MikroORM.init({
    ...options,
    migrations: { ...options.migrations, path: path.join(migrationsDir, kind), pathTs: path.join(migrationsDir, kind), emit: 'ts' },
  });
  try {
    await orm.getMigrator().up();
    const result = await orm.getMigrator().createMigration();
    console.log(result.fileName ? `${kind}: wrote ${result.fileName}` : `${kind}: no changes`);
  } finally {
    await orm.close(true);
  }
}

function writeIndex() {
  const list = (kind: DatabaseKind) =>
    fs.existsSync(path.join(migrationsDir, kind))
      ? fs
          .readdirSync(path.join(migrationsDir, kind))
          .filter((f) => /^Migration\d+\.ts$/.test(f))
          .sort()
          .map((f) => f.replace(/\.ts$/, ''))
      : [];
  const kinds: DatabaseKind[] = ['sqlite', 'postgresql'];
  const imports = kinds.flatMap((kind) => list(kind).map((name) => `import { ${name} as ${kind}${name} } from './${kind}/${name}';`));
  const entries = (kind: DatabaseKind) =>
    list(kind)
      .map((name) => `    { name: '${name}', class: ${kind}${name} },`)
      .join('\n');
  const source = `// Written by src/scripts/create-migration.ts: the checked-in migrations, oldest first.
import type { MigrationObject } from '@mikro-orm/core';
${imports.join('\n')}

export type DatabaseKind = 'sqlite' | 'postgresql';

const migrations: Record<DatabaseKind, MigrationObject[]> = {
  sqlite: [
${entries('sqlite')}
  ],
  postgresql: [
${entries('postgresql')}
  ],
};

export function migrationsFor(kind: DatabaseKind): MigrationObject[] {
  return migrations[kind];
}
`;
  fs.writeFileSync(path.join(migrationsDir, 'index.ts'), source);
}

async function main() {
  const sqliteFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'esurety-migrate-')), 'db.sqlite');
  await create('sqlite', { kind: 'sqlite', file: sqliteFile });
  const pg = await createTemporaryPostgres('esurety_migrate');
  try {
    await create('postgresql', { kind: 'postgresql', url: pg.url });
  } finally {
    await pg.drop();
  }
  writeIndex();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
