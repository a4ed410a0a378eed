import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { EntityManager } from '../db/orm';
import { BadUserInputError } from './errors';
import { isUuid } from './argument-checks';

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

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
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

    @Field(() => Int, { description: '条件に合う全件数' })
    totalCount!: number;
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

/**
 * Keyset paging: one query for the page (with its joined relations) and one for the count,
 * however deep the page.
 */
export async function paginate<T extends Keyed>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  { first, after }: PageArgs,
  options: { populate?: readonly string[]; order?: PageOrder } = {},
): Promise<Page<T>> {
  const { populate, order = NEWEST_FIRST } = options;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError('first', `取得件数は1〜${MAX_PAGE_SIZE}で指定してください。`);
  }
  let pageWhere = where;
  if (after) {
    const { value, id } = decodeCursor(after, order);
    const beyond = order.direction === 'desc' ? '$lt' : '$gt';
    pageWhere = {
      $and: [where, { $or: [{ [order.field]: { [beyond]: value } }, { [order.field]: value, id: { [beyond]: id } }] }],
    } as FilterQuery<T>;
  }
  const [rows, totalCount] = await Promise.all([
    em.find(entity, pageWhere, {
      // A page is read, not changed: no identity map, no change-tracking snapshots.
      disableIdentityMap: true,
      populate,
      orderBy: [{ [order.field]: order.direction }, { id: order.direction }],
      limit: first + 1,
    } as never),
    em.count(entity, where),
  ]);
  const page = rows.slice(0, first);
  return {
    edges: page.map((node) => ({ cursor: encodeCursor(node, order), node })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor(page.at(-1)!, order) : null },
    totalCount,
  };
}
