import { findForbiddenCharacter, forbiddenCharacterMessage } from '@esurety/schema';
import {
  defaultFieldResolver,
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { BadUserInputError } from './errors';
import { labelOf } from './field-paths';

/** How the argument check treats a text field; set with `@Text('multiline')` beside `@Field`. */
export type TextKind = 'multiline' | 'secret';

/**
 * Marks an input field whose text is not a one-line name: `multiline` may keep
 * line breaks and tabs (連絡事項, 差戻しの理由, 取消の理由); `secret` (a password) is the
 * user's own and is not checked for characters at all.
 */
export function Text(kind: TextKind): PropertyDecorator {
  return (prototype, property) => {
    const fields = declared.get(prototype.constructor) ?? new Map<string, TextKind>();
    fields.set(String(property), kind);
    declared.set(prototype.constructor, fields);
  };
}

// Kept by class rather than as GraphQL extensions: type-graphql does not carry a field's
// extensions into the input types that inherit it (SaveApplicationInput extends ApplicationInput).
const declared = new Map<object, Map<string, TextKind>>();

/** The text kind of an input type's field, declared on its class or a class it extends. */
function textKindOf(typeName: string, fieldName: string): TextKind | undefined {
  let kinds = kindsByType.get(typeName);
  if (!kinds) {
    kinds = new Map();
    const target = getMetadataStorage().inputTypes.find((type) => type.name === typeName)?.target;
    // Walk up to the base class: the closest declaration wins.
    const chain: object[] = [];
    for (let cls: object | undefined = target; cls && cls !== Function.prototype; cls = Object.getPrototypeOf(cls) as object)
      chain.push(cls);
    for (const cls of chain.reverse()) for (const [field, kind] of declared.get(cls) ?? []) kinds.set(field, kind);
    kindsByType.set(typeName, kinds);
  }
  return kinds.get(fieldName);
}
const kindsByType = new Map<string, Map<string, TextKind>>();

/**
 * Refuses, before any resolver runs, every String given to a query or mutation that holds a
 * character no text field takes (schema/src/characters.ts: bidi controls, invisible format
 * characters, lone surrogates, NUL and other controls, line breaks outside multi-line fields):
 * BAD_USER_INPUT naming the field (`input.work.name`) and the character (U+202E).
 */
export function checkTextArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (!field.args.some((arg) => mentionsString(arg.type, new Set()))) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context, info) => {
        for (const arg of field.args) {
          checkValue(arg.type, args[arg.name], arg.name, labelOf(arg.description, arg.name), undefined);
        }
        return resolve(root, args, context, info);
      };
    }
  }
  return schema;
}

// Every scalar whose value can be a string (String, ID, LocalDate, …); numbers and booleans can't.
const isStringLike = (type: GraphQLInputType) => isScalarType(type) && !['Int', 'Float', 'Boolean', 'Yen'].includes(type.name);

function mentionsString(type: GraphQLInputType, seen: Set<string>): boolean {
  const inner = getNullableType(type);
  if (isListType(inner)) return mentionsString(inner.ofType, seen);
  if (isStringLike(inner)) return true;
  if (!isInputObjectType(inner) || seen.has(inner.name)) return false;
  seen.add(inner.name);
  return Object.values(inner.getFields()).some((field) => mentionsString(field.type, seen));
}

function checkValue(type: GraphQLInputType, value: unknown, path: string, label: string, kind: TextKind | undefined): void {
  if (value === null || value === undefined) return;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    if (Array.isArray(value)) value.forEach((item, i) => checkValue(inner.ofType, item, `${path}.${i}`, label, kind));
    return;
  }
  if (typeof value === 'string') {
    if (kind === 'secret') return;
    const found = findForbiddenCharacter(value, { multiline: kind === 'multiline' });
    if (found) {
      const error = new BadUserInputError(path, forbiddenCharacterMessage(label, found));
      error.extensions.reason = 'FORBIDDEN_CHARACTER';
      error.extensions.codePoint = `U+${found.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
      throw error;
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
        textKindOf(inner.name, field.name),
      );
    }
  }
}
