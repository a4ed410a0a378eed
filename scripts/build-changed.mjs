#!/usr/bin/env node
// Builds the packages whose inputs changed since their last build, and only those: what
// `pnpm start` runs before starting the server. Each build leaves a hash of its inputs (file
// paths and contents, the lockfile, the settings that change the output) in its output folder; a
// package whose hash matches and whose output is there and older than the hash is not built
// again. A failed build leaves no hash, and a build by other means (`pnpm build`, which still
// builds everything) leaves output newer than the hash: either way the next start builds again.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const STAMP = '.build-inputs.sha256';

const shared = ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', 'tsconfig.base.json'];
const schemaInputs = ['schema/package.json', 'schema/tsconfig.json', 'schema/tsconfig.build.json', 'schema/src'];

/** In build order: the schema first, since the client and the server read it. */
const packages = [
  { name: 'schema', dir: 'schema', output: 'schema/dist', check: 'schema/dist/index.js', inputs: [...shared, ...schemaInputs] },
  {
    name: 'client',
    dir: 'client',
    output: 'client/dist',
    check: 'client/dist/index.html',
    // src/gql is what codegen makes from the documents in src and schema.graphql: not an input.
    inputs: [...shared, ...schemaInputs, 'schema/schema.graphql', 'client'],
    ignore: ['client/src/gql/', 'client/dist/', 'client/node_modules/'],
    // Vite builds React's development bundle when NODE_ENV says so.
    env: ['NODE_ENV'],
  },
  {
    name: 'server',
    dir: 'server',
    output: 'server/dist',
    check: 'server/dist/main.js',
    inputs: [...shared, ...schemaInputs, 'server/package.json', 'server/tsconfig.json', 'server/tsconfig.build.json', 'server/src'],
  },
];

/** Every file under the given paths, relative to the root, sorted. */
function files(inputs, ignore = []) {
  const found = [];
  for (const input of inputs) {
    const full = path.join(root, input);
    if (!fs.existsSync(full)) continue;
    if (fs.statSync(full).isFile()) {
      found.push(input);
      continue;
    }
    for (const entry of fs.readdirSync(full, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const relative = path
        .relative(root, path.join(entry.parentPath ?? entry.path, entry.name))
        .split(path.sep)
        .join('/');
      if (relative.includes('/node_modules/') || ignore.some((prefix) => relative.startsWith(prefix))) continue;
      found.push(relative);
    }
  }
  return [...new Set(found)].sort();
}

function inputsHash(pkg) {
  const hash = createHash('sha256');
  for (const file of files(pkg.inputs, pkg.ignore)) {
    hash.update(`${file}\0`);
    hash.update(fs.readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  for (const name of pkg.env ?? []) hash.update(`${name}=${process.env[name] ?? ''}\0`);
  return hash.digest('hex');
}

/** The newest modification time of the files under `dir`, the stamp left out. */
function newestOutput(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === STAMP) continue;
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

/** Built by this script from these very inputs, and not rebuilt by anything else since. */
function isFresh(pkg, hash) {
  const stamp = path.join(root, pkg.output, STAMP);
  if (!fs.existsSync(path.join(root, pkg.check)) || !fs.existsSync(stamp)) return false;
  if (fs.readFileSync(stamp, 'utf8').trim() !== hash) return false;
  return newestOutput(path.join(root, pkg.output)) <= fs.statSync(stamp).mtimeMs;
}

const force = process.argv.includes('--force');
for (const pkg of packages) {
  const stamp = path.join(root, pkg.output, STAMP);
  const hash = inputsHash(pkg);
  const fresh = !force && isFresh(pkg, hash);
  if (fresh) {
    console.log(`${pkg.name}: up to date (inputs unchanged since its last build)`);
    continue;
  }
  console.log(`${pkg.name}: building`);
  fs.rmSync(stamp, { force: true });
  const result = spawnSync('pnpm', ['--filter', `./${pkg.dir}`, 'run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${pkg.name}: the build failed`);
    process.exit(result.status ?? 1);
  }
  fs.mkdirSync(path.dirname(stamp), { recursive: true });
  fs.writeFileSync(stamp, `${hash}\n`);
}
