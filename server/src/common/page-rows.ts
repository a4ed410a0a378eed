import { ReferenceKind, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '../db/orm';

/**
 * What a list's rows can answer without entities: the GraphQL fields computed from a row (field
 * resolvers that read only its columns, with the properties each reads) and the to-one
 * relations a row may join. Anything else a query asks (a collection, the certificate, a
 * relation of a relation) is read as entities.
 */
export interface RowShape {
  /** Fields computed from a row: the properties each reads (`relation.column` joins that relation). */
  computed?: Readonly<Record<string, readonly string[]>>;
  relations: readonly string[];
  /**
   * To-many relations whose rows answer object fields of the list (an application's items answer
   * 前払金保証 and 契約保証): read in one more statement for the page (`… where owner in (…)`), with
   * the columns each asks and the ones its field resolvers always read.
   */
  collections?: Readonly<Record<string, { answers: readonly string[]; reads: readonly string[] }>>;
}

/**
 * The columns a page reads for the fields a query selects (see `requestedFields`): the root's
 * properties, and for each joined to-one relation its own. Always the id and the order column,
 * which make the cursor.
 */
export interface RowPlan {
  fields: string[];
  joins: { relation: string; fields: string[] }[];
  /** To-many relations read for the page, each as an array of plain rows of these columns. */
  collections: { relation: string; fields: string[] }[];
}

/** A property read as one column of its own table (not a relation, not lazy or hidden). */
function columnOf(meta: EntityMetadata, name: string): EntityProperty | null {
  const prop = meta.properties[name];
  return prop && prop.kind === ReferenceKind.SCALAR && !prop.lazy && !prop.hidden && prop.persist !== false ? prop : null;
}

/**
 * The plan for reading a page as plain rows, or null when the query selects something only an
 * entity answers (then the page is read as entities, as before).
 */
export function rowPlan(meta: EntityMetadata, requested: ReadonlySet<string>, shape: RowShape, orderField: string): RowPlan | null {
  const fields = new Set(['id', orderField]);
  const joins = new Map<string, Set<string>>();
  const collections = new Map<string, Set<string>>();
  const joinOf = (relation: string) => {
    let joined = joins.get(relation);
    if (!joined) joins.set(relation, (joined = new Set(['id'])));
    return joined;
  };
  const collectionOf = (field: string) => {
    const entry = Object.entries(shape.collections ?? {}).find(([, { answers }]) => answers.includes(field));
    if (!entry) return null;
    const [relation, { reads }] = entry;
    let read = collections.get(relation);
    if (!read) collections.set(relation, (read = new Set(['id', ...reads])));
    return { relation, read };
  };
  const readThrough = (relation: string, child: string): boolean => {
    const target = meta.properties[relation]?.targetMeta;
    if (!target || !columnOf(target, child)) return false;
    joinOf(relation).add(child);
    return true;
  };
  for (const name of requested) {
    const dot = name.indexOf('.');
    if (dot > 0) {
      const parent = name.slice(0, dot);
      const child = name.slice(dot + 1);
      const collection = collectionOf(parent);
      if (collection) {
        if (child === '__typename') continue;
        if (!columnOf(meta.properties[collection.relation].targetMeta!, child)) return null;
        collection.read.add(child);
        continue;
      }
      if (!shape.relations.includes(parent)) return null;
      if (child === '__typename') continue;
      if (!readThrough(parent, child)) return null;
    } else if (name === '__typename') {
      continue;
    } else if (shape.computed?.[name]) {
      for (const field of shape.computed[name]) {
        const [relation, child] = field.split('.');
        if (child === undefined) fields.add(field);
        else if (!readThrough(relation, child)) return null;
      }
    } else if (collectionOf(name)) {
      continue;
    } else if (shape.relations.includes(name)) {
      joinOf(name);
    } else if (columnOf(meta, name)) {
      fields.add(name);
    } else {
      return null;
    }
  }
  const listed = (map: Map<string, Set<string>>) => [...map].map(([relation, read]) => ({ relation, fields: [...read] }));
  return { fields: [...fields], joins: listed(joins), collections: listed(collections) };
}

/**
 * One row of `meta`'s table as the plain object a list answers: columns to properties and dates by
 * the entity's compiled result mapping (`driver.mapResult`), then each custom type's value as the
 * entity would hold it (a bigint column of yen arrives as a string from PostgreSQL): MikroORM's
 * result mapping leaves that step to hydration, which rows skip. `fields`: the properties read.
 */
export function mapRow(
  em: EntityManager,
  row: Record<string, unknown>,
  meta: EntityMetadata,
  fields: readonly string[],
): Record<string, unknown> {
  const mapped = em.getDriver().mapResult(row, meta)!;
  const platform = em.getPlatform();
  for (const field of fields) {
    const prop = meta.properties[field];
    const value = mapped[field];
    if (prop.customType && value != null) mapped[field] = prop.customType.convertToJSValue(value, platform);
  }
  return mapped;
}
