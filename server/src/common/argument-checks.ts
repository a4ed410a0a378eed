import {
  defaultFieldResolver,
  getNullableType,
  GraphQLID,
  GraphQLString,
  isInputObjectType,
  isListType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { BadUserInputError, NotFoundError } from './errors';
import { labelOf } from './field-paths';

/** Every object's id is a random UUID (common/base.entity.ts). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/**
 * What no database driver stores: NUL (PostgreSQL's text refuses it, SQLite's libsql cuts the
 * statement at it). Other control characters are the field's own rule to refuse or not.
 */
const UNSTORABLE = '\u0000';

/**
 * The longest text a query takes (a search term, a contract number, a cursor): SQLite refuses a
 * LIKE pattern over 50,000 bytes, and no search needs more.
 */
const SEARCH_TEXT_LIMIT = 1000;

/**
 * Checks, once for every query and mutation before its resolver runs, what no resolver could
 * hand to the database:
 * - an `ID` argument of a query (`application(id: "x")`) that is not a UUID is NOT_FOUND, like an
 *   id that names nothing;
 * - an `ID` anywhere else (an input's `applicationId`, a filter's `ordererId`) that is not a
 *   UUID is BAD_USER_INPUT naming the field (`input.applicationId`), never a lookup that the
 *   database refuses, nor a new object;
 * - a `String` containing NUL, or in a query longer than SEARCH_TEXT_LIMIT, is BAD_USER_INPUT
 *   naming the field.
 */
export function checkArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (!field.args.some((arg) => isChecked(arg.type, new Set()))) continue;
      const lookup = type === schema.getQueryType();
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context, info) => {
        checkField(field, args, lookup);
        return resolve(root, args, context, info);
      };
    }
  }
  return schema;
}

function checkField(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, lookup: boolean) {
  for (const arg of field.args) {
    const value = args[arg.name];
    if (lookup && getNullableType(arg.type) === GraphQLID && value != null && !isUuid(value)) throw new NotFoundError();
    checkValue(arg.type, value, arg.name, labelOf(arg.description, arg.name), lookup ? SEARCH_TEXT_LIMIT : Infinity);
  }
}

function isChecked(type: GraphQLInputType, seen: Set<string>): boolean {
  const inner = getNullableType(type);
  if (isListType(inner)) return isChecked(inner.ofType, seen);
  if (inner === GraphQLID || inner === GraphQLString) return true;
  if (!isInputObjectType(inner) || seen.has(inner.name)) return false;
  seen.add(inner.name);
  return Object.values(inner.getFields()).some((field) => isChecked(field.type, seen));
}

function checkValue(type: GraphQLArgument['type'], value: unknown, path: string, label: string, maxLength: number): void {
  if (value === null || value === undefined) return;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    if (Array.isArray(value)) value.forEach((item, i) => checkValue(inner.ofType, item, `${path}.${i}`, label, maxLength));
    return;
  }
  if (inner === GraphQLID) {
    if (!isUuid(value)) throw new BadUserInputError(path, `${label}のIDの形式が正しくありません。`);
    return;
  }
  if (inner === GraphQLString) {
    if (typeof value === 'string' && value.includes(UNSTORABLE)) {
      throw new BadUserInputError(path, `${label}に使用できない文字（制御文字）が含まれています。`);
    }
    if (typeof value === 'string' && value.length > maxLength) {
      throw new BadUserInputError(path, `${label}は${maxLength}文字以内で入力してください。`);
    }
    return;
  }
  if (isInputObjectType(inner) && typeof value === 'object') {
    for (const field of Object.values(inner.getFields())) {
      checkValue(
        field.type,
        (value as Record<string, unknown>)[field.name],
        `${path}.${field.name}`,
        labelOf(field.description, field.name),
        maxLength,
      );
    }
  }
}
