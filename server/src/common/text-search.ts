import { likeContains, matchingKey } from '@esurety/schema';
import { raw } from '@mikro-orm/core';

/**
 * A condition for "the text contains `term` as people read it": the matching key column of the
 * text (`workNameKey`, filled from matchingKey by the entity) contains matchingKey(term), with
 * the term's own %, _ and \ matched literally (`escape '\'` on SQLite and PostgreSQL alike).
 */
export function containsAsRead<K extends string>(keyProperty: K, term: string) {
  return { [keyProperty]: { $like: raw(`? escape '\\'`, [likeContains(matchingKey(term))]) } } as Record<K, never>;
}
