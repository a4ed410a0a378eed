import { matchingKey } from '@esurety/schema';
import type { Migration } from '@mikro-orm/migrations';

/**
 * The matching keys of the rows that exist before the key columns do: read the texts, compute
 * matchingKey in JS (the one normalisation, schema/src/matching.ts; no SQL function equals
 * it), and queue one update per row after the columns are added.
 */
export async function queueMatchingKeyBackfill(migration: Migration, add: (migration: Migration) => void): Promise<void> {
  const knex = migration.getKnex();
  const works = (await migration.execute(knex.select('id', 'name').from('work'))) as { id: string; name: string }[];
  const guarantees = (await migration.execute(knex.select('id', 'work_name').from('guarantee'))) as { id: string; work_name: string }[];
  add(migration);
  for (const work of works)
    migration.addSql(
      knex('work')
        .update({ name_key: matchingKey(work.name) })
        .where({ id: work.id }),
    );
  for (const guarantee of guarantees) {
    migration.addSql(
      knex('guarantee')
        .update({ work_name_key: matchingKey(guarantee.work_name) })
        .where({ id: guarantee.id }),
    );
  }
}
