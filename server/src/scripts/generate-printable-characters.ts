/**
 * Writes schema/src/printable-characters.table.ts, the table behind `unprintableCharacters`, from the
 * fonts documents are printed in: `pnpm --filter @esurety/server generate:printable-characters`.
 * Run it after changing DOCUMENT_FONTS or a font package's version; a test fails until you do.
 */
import fs from 'node:fs';
import path from 'node:path';
import { printableTableSource } from '../modules/documents/printable-table';

export const TABLE_FILE = path.resolve(__dirname, '../../../schema/src/printable-characters.table.ts');

fs.writeFileSync(TABLE_FILE, printableTableSource());
console.log(`wrote ${TABLE_FILE}`);
