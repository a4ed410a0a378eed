import { ReferenceKind, wrap, type EntityClass, type EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '../../db/orm';
import { withPlainConnection, type Row } from '../../db/plain-statements';
import { Branch } from '../organisations/branch.entity';
import { Contractor } from '../organisations/contractor.entity';
import { Orderer } from '../organisations/orderer.entity';
import { Session } from './session.entity';
import { User } from './user.entity';

/** The user's organisations, read with it: the role's one organisation (see User.organisation). */
const ORGANISATIONS = [
  ['c', 'contractor', Contractor],
  ['b', 'branch', Branch],
  ['o', 'orderer', Orderer],
] as const;

/** The columns `findOne` reads of an entity: its own and its foreign keys, not the lazy ones. */
function columnsOf(meta: EntityMetadata): string[] {
  return meta.props
    .filter(
      (prop) =>
        !prop.lazy &&
        prop.persist !== false &&
        (prop.kind === ReferenceKind.SCALAR ||
          prop.kind === ReferenceKind.MANY_TO_ONE ||
          (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)),
    )
    .flatMap((prop) => prop.fieldNames);
}

interface Lookup {
  sql: string;
  parts: { alias: string; meta: EntityMetadata; columns: string[] }[];
}

/** The statement, written once per database (its quoting) from the entities' metadata. */
const lookups = new WeakMap<object, Lookup>();

function lookupOf(em: EntityManager): Lookup {
  const platform = em.getPlatform();
  let lookup = lookups.get(platform);
  if (lookup) return lookup;
  const q = (name: string) => platform.quoteIdentifier(name);
  const metadata = em.getMetadata();
  const session = metadata.get(Session.name);
  const user = metadata.get(User.name);
  const organisations = ORGANISATIONS.map(([alias, relation, entity]) => ({ alias, relation, meta: metadata.get(entity.name) }));
  // An organisation's eager relations (the branch's guarantor), which findOne loads with it.
  const eager = organisations.flatMap(({ alias, meta }) =>
    meta.relations
      .filter((prop) => prop.eager && prop.kind === ReferenceKind.MANY_TO_ONE)
      .map((prop) => ({ alias: `${alias}_${prop.name}`, meta: prop.targetMeta!, from: alias, column: prop.fieldNames[0] })),
  );
  // Read in this order, so that every reference resolves to an entity already loaded.
  const parts = [{ alias: 's', meta: session }, { alias: 'u', meta: user }, ...eager, ...organisations].map((part) => ({
    alias: part.alias,
    meta: part.meta,
    columns: columnsOf(part.meta),
  }));
  const select = parts.flatMap(({ alias, columns }) => columns.map((column) => `${q(alias)}.${q(column)} as ${q(`${alias}__${column}`)}`));
  const joins = [
    ...organisations.map(
      ({ alias, relation, meta }) =>
        `left join ${q(meta.tableName)} as ${q(alias)} on ${q(alias)}.${q('id')} = ${q('u')}.${q(user.properties[relation].fieldNames[0])}`,
    ),
    ...eager.map(
      ({ alias, meta, from, column }) =>
        `left join ${q(meta.tableName)} as ${q(alias)} on ${q(alias)}.${q('id')} = ${q(from)}.${q(column)}`,
    ),
  ];
  const sql =
    `select ${select.join(', ')} from ${q(session.tableName)} as ${q('s')} ` +
    `inner join ${q(user.tableName)} as ${q('u')} on ${q('u')}.${q('id')} = ${q('s')}.${q(session.properties.user.fieldNames[0])} ` +
    `${joins.join(' ')} where ${q('s')}.${q(session.properties.tokenHash.fieldNames[0])} = ?`;
  lookups.set(platform, (lookup = { sql, parts }));
  return lookup;
}

/**
 * The session with this token hash and its user, with the user's organisation, as managed
 * entities of `em` (what `findOne(Session, …, { populate: user and its organisations })` gives),
 * or null. One prepared statement (db/plain-statements.ts): every signed-in request makes this
 * lookup, and the ORM's query building and joined-row mapping cost it several times the statement.
 */
export async function findSession(em: EntityManager, tokenHash: string): Promise<{ session: Session; user: User } | null> {
  const lookup = lookupOf(em);
  const [row] = await withPlainConnection(em, (db) => db.all(lookup.sql, [tokenHash]));
  if (!row) return null;
  const driver = em.getDriver();
  const dataOf = (alias: string, meta: EntityMetadata, columns: string[]): Row | null => {
    const columnsOfAlias: Row = {};
    for (const column of columns) columnsOfAlias[column] = row[`${alias}__${column}`];
    return columnsOfAlias[meta.properties[meta.primaryKeys[0]].fieldNames[0]] == null ? null : driver.mapResult(columnsOfAlias, meta);
  };
  // Marked populated, as findOne's populate marks them (serialised as objects, not ids).
  const merge = <T extends object>(entity: EntityClass<T>, data: Row) => {
    const merged = em.merge(entity, data as never, { convertCustomTypes: true });
    wrap(merged).populated();
    return merged;
  };
  // The organisation (after its eager relations) before the user: each reference then resolves to the loaded entity.
  for (const { alias, meta, columns } of lookup.parts.slice(2)) {
    const data = dataOf(alias, meta, columns);
    if (data) merge(meta.class as EntityClass<object>, data);
  }
  const [sessionPart, userPart] = lookup.parts;
  const user = merge(User, dataOf(userPart.alias, userPart.meta, userPart.columns)!);
  const session = merge(Session, dataOf(sessionPart.alias, sessionPart.meta, sessionPart.columns)!);
  return { session, user };
}
