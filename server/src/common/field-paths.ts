import {
  BREAK,
  getNamedType,
  isInputObjectType,
  Kind,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/** A field of a request's input: its path (`input.advancePayment.amount`) and its label (前払金保証金額). */
export interface InputField {
  path: string;
  label: string;
}

/**
 * The label of a field for messages: its description up to a long parenthetical note
 * (「預託金融機関（半角で入力しても全角で保存する）」 → 預託金融機関; 工期（着工日） stays), or its name.
 */
export function labelOf(description: string | null | undefined, name: string): string {
  const text = description?.split(/[。:：]/)[0]?.trim();
  if (!text) return name === 'id' ? 'ID' : name;
  return text.replace(/（([^）]*)）.*$/, (whole, inner: string) => (inner.length <= 3 ? whole : '')).trim() || name;
}

/**
 * Where to look: the value written at `offset` in the request, or the first use of a variable;
 * `rest` is the path below it (a field inside the object there).
 */
export type InputTarget = ({ offset: number } | { variable: string }) & { rest: string[] };

/**
 * The argument path and label of `target` in the request `body`: GraphQL names a variable
 * (`$d`) or a position in the text; the API names the field the client filled, whatever its
 * variable is called and whether it was written inline. Null if the request does not parse or
 * the target is not inside an argument.
 */
export function inputFieldAt(schema: GraphQLSchema, body: string, target: InputTarget): InputField | null {
  let document;
  try {
    document = parse(body);
  } catch {
    return null;
  }
  const typeInfo = new TypeInfo(schema);
  const nodes: ASTNode[] = [];
  const segments: (string | null)[] = [];
  const labels: (string | null)[] = [];
  let found: InputField | null = null;
  const inArgument = () => nodes.some((node) => node.kind === Kind.ARGUMENT);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      enter(node, key) {
        const top = nodes.at(-1);
        let segment: string | null = null;
        let label: string | null = null;
        if (node.kind === Kind.ARGUMENT) {
          segment = node.name.value;
          label = labelOf(typeInfo.getArgument()?.description, segment);
        } else if (node.kind === Kind.OBJECT_FIELD) {
          segment = node.name.value;
          const parent = typeInfo.getParentInputType();
          const named = parent ? getNamedType(parent) : null;
          const field = named && isInputObjectType(named) ? named.getFields()[segment] : undefined;
          label = labelOf(field?.description, segment);
        } else if (top?.kind === Kind.LIST && typeof key === 'number') {
          segment = String(key);
        }
        nodes.push(node);
        segments.push(segment);
        labels.push(label);
        if (!inArgument()) return undefined;
        const hit =
          'offset' in target
            ? node.loc?.start === target.offset && node.kind !== Kind.ARGUMENT
            : node.kind === Kind.VARIABLE && node.name.value === target.variable;
        if (!hit) return undefined;
        const path = [...segments, ...target.rest].filter((s) => s !== null).join('.');
        found = { path, label: descend(typeInfo.getInputType(), target.rest) ?? labels.filter((l) => l !== null).at(-1) ?? path };
        return BREAK;
      },
      leave() {
        nodes.pop();
        segments.pop();
        labels.pop();
      },
    }),
  );
  return found;
}

/** The label of the field `path` below an input type (list indices skipped), if there is one. */
function descend(type: GraphQLInputType | null | undefined, path: string[]): string | null {
  let label: string | null = null;
  let current = type ? getNamedType(type) : null;
  for (const segment of path) {
    if (/^\d+$/.test(segment)) continue;
    if (!current || !isInputObjectType(current)) return label;
    const field = current.getFields()[segment];
    if (!field) return labelOf(null, segment);
    label = labelOf(field.description, segment);
    current = getNamedType(field.type);
  }
  return label;
}
