import path from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', '..', 'schema', 'schema.graphql');

/** The SDL as committed: sorted, so that the file changes only when the API does. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `# Emitted from server/src by \`pnpm --filter @esurety/server emit-schema\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
