import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformAsync, types as t, type PluginObj } from '@babel/core';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import { print, type DocumentNode } from 'graphql';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const server = 'http://localhost:4000';

/**
 * The Digital Agency's design tokens ship every token with its Figma metadata (62 KB for the
 * colours alone); the theme reads only `$value`. Keep that and drop the rest from the bundle.
 */
function designTokenValues(): Plugin {
  const keep = (node: unknown): unknown => {
    if (typeof node !== 'object' || node === null) return node;
    const record = node as Record<string, unknown>;
    if ('$value' in record) return { $value: record.$value };
    return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, keep(value)]));
  };
  return {
    name: 'esurety:design-token-values',
    async transform(_code, id) {
      if (!/[\\/]@digital-go-jp[\\/]design-tokens[\\/]dist[\\/]tokens\.js$/.test(id)) return null;
      const { default: tokens } = (await import('@digital-go-jp/design-tokens')) as { default: unknown };
      return { code: `export default ${JSON.stringify(keep(tokens))};`, map: null };
    },
  };
}

/** Codegen's output: every document of the app, one `export const` a line. */
const generatedDocuments = path.join(path.dirname(fileURLToPath(import.meta.url)), 'src/gql/graphql.ts');
const documentModulePrefix = 'virtual:graphql-document/';

/**
 * Each value imported from the generated documents module is imported from a module of its own
 * (`virtual:graphql-document/LoginDocument`): one shared module would hold every document used
 * anywhere, and the first page to import one would download them all.
 */
const documentPerModule: PluginObj = {
  visitor: {
    ImportDeclaration(declaration, state) {
      const filename = state.filename;
      const source = declaration.node.source.value;
      if (!filename || !source.startsWith('.') || declaration.node.importKind === 'type') return;
      if (path.resolve(path.dirname(filename), source) !== generatedDocuments.replace(/\.ts$/, '')) return;
      const values = declaration.node.specifiers.filter((s): s is t.ImportSpecifier => t.isImportSpecifier(s) && s.importKind !== 'type');
      if (values.length === 0) return;
      const rest = declaration.node.specifiers.filter((s) => !values.includes(s as t.ImportSpecifier));
      const imports = values.map((s) =>
        t.importDeclaration([s], t.stringLiteral(documentModulePrefix + (t.isIdentifier(s.imported) ? s.imported.name : s.imported.value))),
      );
      declaration.replaceWithMultiple(rest.length > 0 ? [t.importDeclaration(rest, declaration.node.source), ...imports] : imports);
    },
  },
};

/**
 * Codegen's `graphql()` looks documents up in one map of every document of the app, so the first
 * page to use it downloads them all. Its Babel plugin (the client preset's documented optimiser)
 * turns each call into an import of that one generated document, and `documentPerModule` makes
 * that import a module of its own, which the bundler keeps with the pages that use it.
 */
function graphqlDocumentImports(): Plugin {
  return {
    name: 'esurety:graphql-document-imports',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      const result = await transformAsync(code, {
        filename: id,
        configFile: false,
        babelrc: false,
        sourceMaps: true,
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: [[babelOptimizerPlugin, { artifactDirectory: './src/gql', gqlTagName: 'graphql' }], documentPerModule],
      });
      return result?.code ? { code: result.code, map: result.map } : null;
    },
    resolveId(id) {
      return id.startsWith(documentModulePrefix) ? `\0${id}` : null;
    },
    /**
     * The document's line of codegen's output, as a module exporting only it, with its text as
     * graphql-tag's documents have it (`loc.source.body`): the public pages send that text and
     * need no GraphQL printer.
     */
    async load(id) {
      if (!id.startsWith(`\0${documentModulePrefix}`)) return null;
      const name = id.slice(documentModulePrefix.length + 1);
      if (!/^\w+$/.test(name)) this.error(`${name} is not a document name`);
      this.addWatchFile(generatedDocuments);
      const generated = await readFile(generatedDocuments, 'utf8');
      const line = new RegExp(`^export const ${name} = (\\{.*\\}) as unknown as DocumentNode<.*>;$`, 'm').exec(generated);
      if (!line) this.error(`${name} is not a document of ${generatedDocuments} (run \`pnpm codegen\`)`);
      const document = JSON.parse(line[1]) as DocumentNode;
      const body = print(document);
      const loc = { start: 0, end: body.length, source: { body, name: 'GraphQL request', locationOffset: { line: 1, column: 1 } } };
      return `export const ${name} = ${JSON.stringify({ ...document, loc })};`;
    },
  };
}

export default defineConfig({
  plugins: [react(), designTokenValues(), graphqlDocumentImports()],
  resolve: {
    // `source` first: workspace packages such as @esurety/schema resolve to their TypeScript.
    conditions: ['source', ...defaultClientConditions],
  },
  server: {
    proxy: {
      '/graphql': server,
      '/documents': server,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No manual vendor chunks: a group takes in every module that matches, also those only the
    // lazy pages use, and the entry then preloads all of it. Rolldown's own split keeps each
    // page's libraries with the page and the shared ones in shared chunks.
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // Rendering whole pages in jsdom takes seconds on a busy two-core machine.
    testTimeout: 30_000,
  },
});
