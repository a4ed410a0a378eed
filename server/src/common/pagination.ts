import type { EntityClass, EntityMetadata, FilterQuery } from '@mikro-orm/core';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityManager } from '../db/orm';
import { requestedFields } from './requested-fields';
import { BadUserInputError } from './errors';
import { isUuid } from './argument-checks';
import { mapRow, type RowPlan } from './page-rows';

export const MAX_PAGE_SIZE = 100;

/** The page arguments every connection takes, after its `filter`. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: '取得する件数（1〜100）' })
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'このカーソルの次から取得する（前のページの pageInfo.endCursor）' })
  after?: string | null;
}

@ObjectType({ description: 'ページの情報' })
export class PageInfo {
  @Field({ description: '次のページがあるか' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: '最後の要素のカーソル' })
  endCursor!: string | null;
}

/**
 * How far a list counts when the query does not ask for the exact total: a filtered list of a
 * million guarantees counts its matches up to here and says 「10,000件以上」 beyond (issue 14:
 * an exact count of hundreds of thousands of matches took 1–1.5 s; see docs/performance.md).
 */
export const COUNT_BOUND = 10_000;

const BOUND = COUNT_BOUND.toLocaleString('en');

@ObjectType({ description: `条件に合う件数（${BOUND}件まで数える）` })
export class BoundedCount {
  @Field(() => Int, { description: `件数（0〜${BOUND}）。isExact が false なら ${BOUND}件を超えている` })
  count!: number;

  @Field({ description: `count が正確な件数か（false: ${BOUND}件を超えたので数えるのをやめた。「${BOUND}件以上」と表示する）` })
  isExact!: boolean;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
  boundedCount: BoundedCount;
}

/** A Relay-style connection type for `Node`: edges with cursors, pageInfo and totalCount. */
export function Connection<T extends object>(Node: ClassType<T>, name: string, description: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => Node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description })
  class ConnectionType implements Page<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, {
      description: '条件に合う全件数（正確に数える。大きな一覧の絞り込みでは時間がかかる。件数の表示には boundedCount）',
    })
    totalCount!: number;

    @Field(() => BoundedCount, {
      description: `条件に合う件数（${BOUND}件を超えると数えるのをやめる。大きな一覧の件数の表示に）`,
    })
    boundedCount!: BoundedCount;
  }
  return ConnectionType;
}

/**
 * The order of a list: a column and a direction, then the id the same way, so that every row has
 * one place. Newest first unless a list says otherwise (registries read best by name).
 */
export interface PageOrder {
  field: 'createdAt' | 'name' | 'email';
  direction: 'asc' | 'desc';
}

const NEWEST_FIRST: PageOrder = { field: 'createdAt', direction: 'desc' };

type Keyed = { id: string } & Partial<Record<PageOrder['field'], unknown>>;

function encodeCursor(node: Keyed, order: PageOrder): string {
  const value = node[order.field];
  const key = value instanceof Date ? value.toISOString() : String(value);
  return Buffer.from(JSON.stringify([key, node.id])).toString('base64url');
}

function decodeCursor(cursor: string, order: PageOrder): { value: Date | string; id: string } {
  try {
    const [key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    // Only what this server writes into a cursor reaches the database: a UUID and text without NUL.
    if (typeof key !== 'string' || !isUuid(id) || key.includes('\u0000')) throw new Error('bad cursor');
    if (order.field !== 'createdAt') return { value: key, id };
    const date = new Date(key);
    if (Number.isNaN(date.getTime())) throw new Error('bad cursor');
    return { value: date, id };
  } catch {
    throw new BadUserInputError('after', 'カーソルが正しくありません。');
  }
}

/** What a page reads besides its rows: see `paginate`. */
export interface PageOptions {
  /** Relations: to-one ones are joined to the page query, to-many ones read in one statement each. */
  populate?: readonly string[];
  order?: PageOrder;
  /**
   * Whether to count the matching rows (`totalCount`): only when the query selects it. A list
   * that is not asked its total reads no more than its page. A function answers the total
   * another way (an unfiltered scope's counter row, see scope-count.entity.ts).
   */
  count?: boolean | (() => Promise<number>);
  /**
   * Whether the query selects `boundedCount`: counted up to COUNT_BOUND + 1 rows when there is no
   * exact total to take it from. Unless told, a page answers it from its exact count.
   */
  boundedCount?: boolean;
  /**
   * Read the page as plain rows of these columns (see rowPlan) instead of entities: what the
   * lists' hot path needs, without entity creation, hydration or reference propagation.
   */
  rows?: RowPlan | null;
}

/**
 * Keyset paging: one query for the page (with its joined to-one relations), one for the count if
 * it is asked for, and one for each to-many relation asked for (those load `select-in`, see
 * GuaranteeApplication.items), however deep and large the page.
 * The page query walks the index on the list's scope in its order (see the entities' indexes)
 * and stops after `first + 1` rows; the count reads the same index range, entries only.
 */
export async function paginate<T extends Keyed>(
  em: EntityManager,
  entity: EntityClass<T>,
  /** The list's conditions; a function when they hold raw SQL fragments, which serve one query each. */
  conditions: FilterQuery<T> | (() => FilterQuery<T>),
  { first, after }: PageArgs,
  options: PageOptions = {},
): Promise<Page<T>> {
  const where = typeof conditions === 'function' ? conditions : () => conditions;
  const { populate, order = NEWEST_FIRST, count = true } = options;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError('first', `取得件数は1〜${MAX_PAGE_SIZE}で指定してください。`);
  }
  let pageWhere = where();
  if (after) {
    const { value, id } = decodeCursor(after, order);
    const beyond = order.direction === 'desc' ? '$lt' : '$gt';
    pageWhere = {
      $and: [pageWhere, { $or: [{ [order.field]: { [beyond]: value } }, { [order.field]: value, id: { [beyond]: id } }] }],
    } as FilterQuery<T>;
  }
  const orderBy = [{ [order.field]: order.direction }, { id: order.direction }];
  const [rows, totalCount] = await Promise.all([
    options.rows
      ? readRows(em, entity, pageWhere, options.rows, orderBy, first + 1)
      : em.find(entity, pageWhere, {
          // A page is read, not changed: no identity map, no change-tracking snapshots.
          disableIdentityMap: true,
          populate,
          orderBy,
          limit: first + 1,
        } as never),
    typeof count === 'function' ? count() : count ? em.count(entity, where()) : Promise.resolve(NOT_COUNTED),
  ]);
  const exact = totalCount !== NOT_COUNTED;
  const boundedCount = exact
    ? { count: Math.min(totalCount, COUNT_BOUND), isExact: totalCount <= COUNT_BOUND }
    : options.boundedCount
      ? await countUpToBound(em, entity, where())
      : NOT_BOUNDED;
  const page = rows.slice(0, first);
  return {
    edges: page.map((node) => ({ cursor: encodeCursor(node, order), node })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor(page.at(-1)!, order) : null },
    totalCount,
    boundedCount,
  };
}

/** Counts the matching rows up to `bound` + 1: `select count(*) from (select id … limit 10001)`. */
export async function countUpToBound<T extends Keyed>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  bound = COUNT_BOUND,
): Promise<BoundedCount> {
  const matching = em
    .createQueryBuilder(entity)
    .select('id')
    .where(where as never)
    .limit(bound + 1)
    .getKnexQuery();
  const [row] = await em
    .getConnection()
    .execute<{ count: number | string }[]>(em.getKnex().count('* as count').from(matching.as('matching')));
  const count = Number(row.count);
  return { count: Math.min(count, bound), isExact: count <= bound };
}

/**
 * The page as plain objects: one statement selecting the plan's columns, its relations joined,
 * each row and each joined relation mapped by the entity's compiled result mapping (column names
 * to properties, dates). MikroORM's own mapping of joined rows (`mapJoinedProps`) costs more than
 * the query here, so the joined columns are split off by their alias.
 */
async function readRows<T extends Keyed>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  plan: RowPlan,
  orderBy: object[],
  limit: number,
): Promise<T[]> {
  const meta = em.getMetadata().get(entity.name);
  const qb = em.createQueryBuilder(entity);
  qb.select(plan.fields.map((field) => `${qb.alias}.${field}`));
  const joins = plan.joins.map(({ relation, fields }, i) => {
    const target = meta.properties[relation].targetMeta!;
    qb.leftJoinAndSelect(`${qb.alias}.${relation}`, `j${i}`, {}, fields as never);
    const columns = fields.map((field) => target.properties[field].fieldNames[0]);
    return { relation, fields, target, columns, prefix: `j${i}__` };
  });
  qb.where(where as never)
    .orderBy(orderBy as never)
    .limit(limit);
  const rows = (await qb.execute('all', false)) as unknown as Record<string, unknown>[];
  const page = rows.map((row) => {
    const relations: Record<string, unknown> = {};
    for (const { relation, fields, target, columns, prefix } of joins) {
      const columnsOfRelation: Record<string, unknown> = {};
      for (const column of columns) {
        columnsOfRelation[column] = row[prefix + column];
        delete row[prefix + column];
      }
      relations[relation] =
        columnsOfRelation[target.properties.id.fieldNames[0]] == null ? null : mapRow(em, columnsOfRelation, target, fields);
    }
    return Object.assign(mapRow(em, row, meta, plan.fields), relations) as unknown as T;
  });
  for (const { relation, fields } of plan.collections)
    await readCollection(em, meta, relation, fields, page as unknown as Record<string, unknown>[]);
  return page;
}

/**
 * A to-many relation of a page's rows as arrays of plain rows, in one statement
 * (`select … where owner_id in (…)`), set on each row under the relation's name.
 */
async function readCollection(
  em: EntityManager,
  meta: EntityMetadata,
  relation: string,
  fields: readonly string[],
  page: Record<string, unknown>[],
): Promise<void> {
  const collection = meta.properties[relation];
  const target = collection.targetMeta!;
  const owner = collection.mappedBy;
  const byOwner = new Map<unknown, Record<string, unknown>[]>(page.map((row) => [row.id, (row[relation] = [])]));
  if (!page.length) return;
  const qb = em.createQueryBuilder(target.class);
  const rows = (await qb
    .select([...fields, owner].map((field) => `${qb.alias}.${field}`))
    .where({ [owner]: { $in: [...byOwner.keys()] } } as never)
    .execute('all', false)) as unknown as Record<string, unknown>[];
  for (const row of rows) {
    const mapped = mapRow(em, row, target, fields);
    const ownerId = mapped[owner];
    delete mapped[owner];
    byOwner.get(ownerId)?.push(mapped);
  }
}

/** `totalCount` and `boundedCount` of a page whose query did not select them (never sent to a client). */
const NOT_COUNTED = -1;
const NOT_BOUNDED: BoundedCount = { count: NOT_COUNTED, isExact: false };

/**
 * What a connection query selects: the node's fields (see requestedFields) and whether it asks for
 * `totalCount` (when it does not, the list sends no count).
 */
export function pageSelection(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): PageSelection {
  const connection = requestedFields(info, []);
  return {
    node: requestedFields(info, ['edges', 'node']),
    count: connection.has('totalCount'),
    boundedCount: connection.has('boundedCount'),
  };
}

export interface PageSelection {
  node: ReadonlySet<string>;
  count: boolean;
  boundedCount: boolean;
}

/**
 * What a page counts for what the query selects: the exact total from `counter` (an unfiltered
 * scope's counter row, scope-count.entity.ts) when there is one and a count is asked, else an
 * exact count only for `totalCount` and a bounded one for `boundedCount`. Without a selection
 * (a service's own use), the exact total.
 */
export function pageCounting(
  selection: Pick<PageSelection, 'count' | 'boundedCount'> | undefined,
  counter?: (() => Promise<number>) | null,
): Pick<PageOptions, 'count' | 'boundedCount'> {
  const count = selection?.count ?? true;
  const boundedCount = selection?.boundedCount ?? true;
  return { count: counter && (count || boundedCount) ? counter : count, boundedCount };
}

/** Whether a list's filter has no condition at all (absent, or only empty and blank values). */
export function isUnfiltered(filter: object | null | undefined): boolean {
  return Object.values(filter ?? {}).every((value) => value == null || (typeof value === 'string' && value.trim() === ''));
}
