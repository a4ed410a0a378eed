import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { EntityManager } from '../db/orm';
import { BadUserInputError } from './errors';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: '取得する件数（1〜100）' })
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'このカーソルの次から取得する' })
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

type Keyed = { id: string; createdAt: Date };

function encodeCursor(node: Keyed): string {
  return Buffer.from(JSON.stringify([node.createdAt.toISOString(), node.id])).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(createdAt);
    if (typeof id !== 'string' || Number.isNaN(date.getTime())) throw new Error('bad cursor');
    return { createdAt: date, id };
  } catch {
    throw new BadUserInputError('after', 'カーソルが正しくありません。');
  }
}

/**
 * Keyset paging, newest first: one query for the page (with its joined relations) and one for the
 * count, however deep the page.
 */
export async function paginate<T extends Keyed>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  { first, after }: PageArgs,
  options: { populate?: readonly string[] } = {},
): Promise<Page<T>> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError('first', `取得件数は1〜${MAX_PAGE_SIZE}で指定してください。`);
  }
  let pageWhere = where;
  if (after) {
    const { createdAt, id } = decodeCursor(after);
    pageWhere = { $and: [where, { $or: [{ createdAt: { $lt: createdAt } }, { createdAt, id: { $lt: id } }] }] } as FilterQuery<T>;
  }
  const [rows, totalCount] = await Promise.all([
    em.find(entity, pageWhere, {
      // A page is read, not changed: no identity map, no change-tracking snapshots.
      disableIdentityMap: true,
      ...options,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] as never,
      limit: first + 1,
    } as never),
    em.count(entity, where),
  ]);
  const page = rows.slice(0, first);
  return {
    edges: page.map((node) => ({ cursor: encodeCursor(node), node })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor(page.at(-1)!) : null },
    totalCount,
  };
}
