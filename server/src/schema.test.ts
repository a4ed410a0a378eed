import fs from 'node:fs';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { buildApiSchema } from './schema';
import { printApiSchema, SCHEMA_FILE } from './scripts/print-schema';

describe('the GraphQL contract', () => {
  it('is what schema/schema.graphql says (run `pnpm --filter @esurety/server emit-schema` after a change)', async () => {
    const emitted = printApiSchema(await buildApiSchema());
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(emitted);
  });

  it('declares who may call every query and mutation', async () => {
    await buildApiSchema();
    const storage = getMetadataStorage();
    const operations = [...storage.queries, ...storage.mutations];
    expect(operations.length).toBeGreaterThan(0);
    const undeclared = operations
      .filter((op) => {
        const authorized = storage.authorizedFields.some((a) => a.target === op.target && a.fieldName === op.methodName);
        const isPublic = storage.fieldExtensions.some(
          (e) => e.target === op.target && e.fieldName === op.methodName && e.extensions.access === 'public',
        );
        return authorized === isPublic; // neither, or contradictory
      })
      .map((op) => op.schemaName);
    expect(undeclared).toEqual([]);
  });
});
