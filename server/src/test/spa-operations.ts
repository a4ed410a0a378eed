import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode } from 'graphql';

const clientSrc = path.resolve(__dirname, '..', '..', '..', 'client', 'src');

/** Every `graphql(\`…\`)` document the SPA co-locates with its components. */
function spaDefinitions(): DefinitionNode[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'gql') walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) files.push(full);
    }
  };
  walk(clientSrc);
  return files.flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/graphql\(\s*`([^`]*)`/g)].flatMap((m) => parse(m[1]).definitions),
  );
}

/** Each SPA operation with the fragments it uses, as the client sends it. */
export function spaOperations(): DocumentNode[] {
  const definitions = spaDefinitions();
  const fragments = new Map(
    definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return definitions
    .filter((d) => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => {
      const used = new Map<string, FragmentDefinitionNode>();
      const collect = (node: DefinitionNode) =>
        visit(node, {
          FragmentSpread(spread) {
            const fragment = fragments.get(spread.name.value);
            if (fragment && !used.has(fragment.name.value)) {
              used.set(fragment.name.value, fragment);
              collect(fragment);
            }
          },
        });
      collect(operation);
      return { kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] } as DocumentNode;
    });
}
