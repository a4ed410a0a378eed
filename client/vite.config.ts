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

export default defineConfig({
  plugins: [react(), designTokenValues()],
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
