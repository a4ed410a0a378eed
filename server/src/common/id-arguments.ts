import {
  defaultFieldResolver,
  GraphQLID,
  getNullableType,
  isInputObjectType,
  isListType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { BadUserInputError } from './errors';
import { labelOf } from './field-paths';

/** Every object's id is a random UUID (common/base.entity.ts). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Makes every `ID` a query or mutation is given a UUID before its resolver runs: an empty or
 * malformed id (`applicationId: ""`) is BAD_USER_INPUT naming the field (`input.applicationId`),
 * never a lookup that the database refuses, nor a new object.
 */
export function checkIdArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (!field.args.some((arg) => mentionsId(arg.type, new Set()))) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context, info) => {
        for (const arg of field.args) checkValue(arg.type, args[arg.name], arg.name, labelOf(arg.description, arg.name));
        return resolve(root, args, context, info);
      };
    }
  }
  return schema;
}

function mentionsId(type: GraphQLInputType, seen: Set<string>): boolean {
  const inner = getNullableType(type);
  if (isListType(inner)) return mentionsId(inner.ofType, seen);
  if (inner === GraphQLID) return true;
  if (!isInputObjectType(inner) || seen.has(inner.name)) return false;
  seen.add(inner.name);
  return Object.values(inner.getFields()).some((field) => mentionsId(field.type, seen));
}

function checkValue(type: GraphQLArgument['type'], value: unknown, path: string, label: string): void {
  if (value === null || value === undefined) return;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    if (Array.isArray(value)) value.forEach((item, i) => checkValue(inner.ofType, item, `${path}.${i}`, label));
    return;
  }
  if (inner === GraphQLID) {
    if (typeof value !== 'string' || !UUID.test(value)) throw new BadUserInputError(path, `${label}のIDの形式が正しくありません。`);
    return;
  }
  if (isInputObjectType(inner) && typeof value === 'object') {
    for (const field of Object.values(inner.getFields())) {
      checkValue(
        field.type,
        (value as Record<string, unknown>)[field.name],
        `${path}.${field.name}`,
        labelOf(field.description, field.name),
      );
    }
  }
}
