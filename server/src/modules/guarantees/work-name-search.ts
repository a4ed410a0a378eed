import { likeContains, matchingKey } from '@esurety/schema';
import { raw, type FilterQuery } from '@mikro-orm/core';
import { BaseSqlitePlatform } from '@mikro-orm/knex';
import type { EntityManager } from '../../db/orm';
import { containsAsRead } from '../../common/text-search';
import type { Guarantee } from './guarantee.entity';

/**
 * 工事名 partial search as people read it (issue 11 §3): the work name's matching key
 * (`workNameKey`, matchingKey of the 工事名) contains matchingKey(text). From three characters on
 * it is served by a trigram index over that column (Migration20261130041000: pg_trgm's GIN index
 * on PostgreSQL, which serves the LIKE itself; an FTS5 trigram table on SQLite, which the query
 * must name). Shorter text is matched along the list's scope index. A term holding `%`, `_` or
 * `\` is matched literally (`escape '\'`); on SQLite the trigram table is then left out, since
 * FTS5 doesn't serve a LIKE with an ESCAPE clause.
 */
export function workNameContains(em: EntityManager, text: string): FilterQuery<Guarantee> {
  const key = matchingKey(text);
  const literal = !/[%_\\]/.test(key);
  if (!literal) return containsAsRead('workNameKey', text) as FilterQuery<Guarantee>;
  const pattern = likeContains(key);
  const like: FilterQuery<Guarantee> = { workNameKey: { $like: pattern } };
  if ([...key].length < 3 || !(em.getPlatform() instanceof BaseSqlitePlatform)) return like;
  // The same LIKE on the FTS5 table: the trigram index finds the candidate rows; the LIKE on the
  // column keeps the answer exactly what it was.
  return {
    $and: [
      like,
      {
        [raw((alias: string) => `${alias}.rowid in (select rowid from guarantee_work_name_trigram where work_name_key like ?)`, [pattern])]:
          [],
      },
    ],
  } as FilterQuery<Guarantee>;
}
