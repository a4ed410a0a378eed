import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('dependencies', () => {
  // Two copies of graphql break schema building ("another module or realm") in ways that only
  // show at run time; every package that builds or runs the schema must load the same file.
  it('load one and the same graphql', () => {
    const users = ['type-graphql', '@apollo/server', 'graphql-scalars', '@as-integrations/express5'];
    const resolved = new Set(
      users.map((name) => {
        const entry = path.dirname(require.resolve(name));
        return fs.realpathSync(require.resolve('graphql', { paths: [entry] }));
      }),
    );
    resolved.add(fs.realpathSync(require.resolve('graphql')));
    expect([...resolved]).toHaveLength(1);
  });
});
