import { transformAsync } from '@babel/core';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
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

/**
 * Codegen's `graphql()` looks documents up in one map of every document of the app, so the first
 * page to use it downloads them all. Its Babel plugin (the client preset's documented optimiser)
 * turns each call into an import of that one generated document, which the bundler keeps alone.
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
        plugins: [[babelOptimizerPlugin, { artifactDirectory: './src/gql', gqlTagName: 'graphql' }]],
      });
      return result?.code ? { code: result.code, map: result.map } : null;
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
