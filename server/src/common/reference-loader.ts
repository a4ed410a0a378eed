import { Utils, helper, type AnyEntity } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import {
  defaultFieldResolver,
  getNamedType,
  isCompositeType,
  isObjectType,
  Kind,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import type { EntityManager } from '../db/orm';

type Entity = AnyEntity & { id: string };

/**
 * The request's loaders of entities by id, one per entity class: the references of a page (each
 * work's contractor) are read in one statement for all of them.
 */
class ReferenceLoader {
  private readonly byClass = new Map<string, DataLoader<string, Entity | null>>();

  constructor(private readonly em: EntityManager) {}

  load(reference: Entity): Promise<Entity | null> {
    const meta = helper(reference).__meta;
    let loader = this.byClass.get(meta.className);
    if (!loader) {
      loader = new DataLoader<string, Entity | null>(async (ids) => {
        const found = (await this.em.find(meta.class, { id: { $in: [...ids] } } as never)) as Entity[];
        const byId = new Map(found.map((entity) => [entity.id, entity]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.byClass.set(meta.className, loader);
    }
    return loader.load(reference.id);
  }
}

const loaders = new WeakMap<EntityManager, ReferenceLoader>();

function isReference(value: unknown): value is Entity {
  return typeof value === 'object' && value !== null && Utils.isEntity(value) && !helper(value).__initialized;
}

/**
 * Every field that returns an object loads it if the ORM handed over only a reference (a
 * ManyToOne that the service did not populate, e.g. `works { contractor { name } }`), through the
 * request's EntityManager and one batched statement per entity class. A populated relation costs
 * nothing more.
 */
export function loadReferences(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isCompositeType(getNamedType(field.type))) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context: { em: EntityManager }, info) => {
        const value = resolve(root, args, context, info);
        const load = (result: unknown) => (isReference(result) && !onlyId(info) ? loaderOf(context.em).load(result) : result);
        return value instanceof Promise ? value.then(load) : load(value);
      };
    }
  }
  return schema;
}

/** A selection a reference answers by itself: `{ id }`, `{ id __typename }`. */
function onlyId(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.every((node) =>
    (node.selectionSet?.selections ?? []).every(
      (selection) => selection.kind === Kind.FIELD && (selection.name.value === 'id' || selection.name.value === '__typename'),
    ),
  );
}

function loaderOf(em: EntityManager): ReferenceLoader {
  let loader = loaders.get(em);
  if (!loader) loaders.set(em, (loader = new ReferenceLoader(em)));
  return loader;
}
