import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        // Named apart from Apollo's `useFragment` hook: this only unmasks the fragment's type.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        // Yen is an integer on the wire; DateTimeISO an ISO 8601 string.
        scalars: { LocalDate: 'string', Yen: 'number', DateTimeISO: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
      },
    },
  },
};

export default config;
