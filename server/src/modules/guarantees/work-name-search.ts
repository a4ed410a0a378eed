import { raw, type FilterQuery } from '@mikro-orm/core';
import { BaseSqlitePlatform } from '@mikro-orm/knex';
import type { EntityManager } from '../../db/orm';
import type { Guarantee } from './guarantee.entity';

/**
 * 工事名 partial search: `workName like '%text%'` (SQLite's LIKE has no default escape character,
 * so % and _ typed here match as wildcards), served by a trigram index from three characters on
 * (Migration20261130041000: pg_trgm's GIN index on PostgreSQL, which serves the LIKE itself; an
 * FTS5 trigram table on SQLite, which the query must name). Shorter text is matched along the
 * list's scope index. The index is on `work_name`: a search on another column (a normalised key)
 * needs the index on that column and the column named here.
 */
export function workNameContains(em: EntityManager, text: string): FilterQuery<Guarantee> {
  const pattern = `%${text}%`;
  const like: FilterQuery<Guarantee> = { workName: { $like: pattern } };
  if ([...text].length < 3 || !(em.getPlatform() instanceof BaseSqlitePlatform)) return like;
  // The same LIKE on the FTS5 table: the trigram index finds the candidate rows; the LIKE on the
  // column keeps the answer exactly what it was.
  return {
    $and: [
      like,
      {
        [raw((alias: string) => `${alias}.rowid in (select rowid from guarantee_work_name_trigram where work_name like ?)`, [pattern])]: [],
      },
    ],
  } as FilterQuery<Guarantee>;
}
