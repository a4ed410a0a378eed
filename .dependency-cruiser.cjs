// The architecture as rules (`pnpm lint`): what may import what. See docs/architecture.md.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'schema-stays-pure',
      comment: 'schema/src holds pure rules shared by server and client: no I/O, no Node built-ins, no app code.',
      severity: 'error',
      from: { path: '^schema/src' },
      to: { pathNot: ['^schema/src', 'node_modules/encoding-japanese'] },
    },
    {
      name: 'common-imports-no-module',
      comment: 'server/src/common is below the feature modules: it must not know them.',
      severity: 'error',
      from: { path: '^server/src/common', pathNot: '\\.test\\.ts$' },
      to: { path: '^server/src/modules' },
    },
    {
      name: 'modules-never-import-start-up',
      comment: 'Feature modules are wired by the start-up code (main, app, schema, cli, scripts), never the other way.',
      severity: 'error',
      // Tests may assemble the whole app.
      from: { path: '^server/src/(modules|common)', pathNot: '\\.test\\.ts$' },
      to: { path: '^server/src/(main|app|schema)\\.ts$|^server/src/(cli|scripts)/' },
    },
    {
      name: 'client-never-imports-server',
      comment: 'The SPA talks to the server through the GraphQL contract (schema/), never its code.',
      severity: 'error',
      from: { path: '^client/src' },
      to: { path: '^(server|bench|e2e)/' },
    },
    {
      name: 'server-never-imports-client',
      severity: 'error',
      from: { path: '^(server|schema)/' },
      to: { path: '^client/' },
    },
    {
      name: 'no-circular-features',
      comment: 'Client features may use each other one way only.',
      severity: 'error',
      from: { path: '^client/src/features/([^/]+)/' },
      to: { circular: true, path: '^client/src/features/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/|client/src/gql/' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    enhancedResolveOptions: { conditionNames: ['source', 'import', 'require', 'node', 'default'] },
    tsConfig: { fileName: 'tsconfig.base.json' },
  },
};
