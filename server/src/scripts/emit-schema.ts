/** Writes schema/schema.graphql from the code: `pnpm --filter @esurety/server emit-schema`. */
import 'reflect-metadata';
import fs from 'node:fs';
import { buildApiSchema } from '../schema';
import { printApiSchema, SCHEMA_FILE } from './print-schema';

buildApiSchema()
  .then((schema) => {
    fs.writeFileSync(SCHEMA_FILE, printApiSchema(schema));
    console.log(`wrote ${SCHEMA_FILE}`);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
