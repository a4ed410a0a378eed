import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields a query selects at `path` below the field being resolved, e.g.
 * ['edges', 'node'] of a connection, and one level further as `parent.child` (`work.orderer`);
 * fragments and inline fragments included. Directives are ignored: a field under @skip counts
 * as selected, which only loads a little more.
 */
export function requestedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): Set<string> {
  const fieldsOf = (set: SelectionSetNode | undefined): FieldNode[] =>
    (set?.selections ?? []).flatMap((selection) => {
      if (selection.kind === Kind.FIELD) return [selection];
      if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet);
      return fieldsOf(info.fragments[selection.name.value]?.selectionSet);
    });
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) nodes = nodes.flatMap((node) => fieldsOf(node.selectionSet).filter((field) => field.name.value === name));
  return new Set(
    nodes.flatMap((node) =>
      fieldsOf(node.selectionSet).flatMap((field) => [
        field.name.value,
        ...fieldsOf(field.selectionSet).map((child) => `${field.name.value}.${child.name.value}`),
      ]),
    ),
  );
}
