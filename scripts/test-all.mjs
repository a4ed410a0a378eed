#!/usr/bin/env node
// Runs every test of the project and ends with `tests: N passed, M failed`:
// lint → build → unit and integration (SQLite, then PostgreSQL) → client → end-to-end in Chromium →
// the benchmarks at a small size (they fail on a crash or a missing figure, never on a ratio).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'esurety-tests-'));
const pgUrl = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
let passed = 0;
let failed = 0;
const failures = [];
// The failed tests by name, printed again at the end: CI keeps only the tail of the output.
const failedTests = [];

function run(title, command, args, { cwd = root, env = {} } = {}) {
  console.log(`\n━━ ${title}`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function vitest(title, dir, env = {}) {
  const out = path.join(reports, `${title.replace(/\W+/g, '-')}.json`);
  const ok = run(title, 'pnpm', ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], {
    cwd: path.join(root, dir),
    env,
  });
  count(title, ok, () => {
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    for (const file of report.testResults)
      for (const test of file.assertionResults.filter((t) => t.status === 'failed'))
        failedTests.push(`${title}: ${path.relative(root, file.name)} › ${test.fullName}\n    ${firstLine(test.failureMessages?.[0])}`);
    return { passed: report.numPassedTests, failed: report.numFailedTests };
  });
}

function playwright(title) {
  const out = path.join(reports, 'e2e.json');
  const ok = run(title, 'pnpm', ['exec', 'playwright', 'test', '--reporter=list,json'], {
    cwd: path.join(root, 'e2e'),
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: out },
  });
  count(title, ok, () => {
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    const walk = (suite) => {
      for (const spec of suite.specs ?? [])
        for (const test of spec.tests.filter((t) => t.status === 'unexpected'))
          failedTests.push(`${title}: ${spec.file}:${spec.line} › ${spec.title}\n    ${firstLine(test.results.at(-1)?.error?.message)}`);
      for (const child of suite.suites ?? []) walk(child);
    };
    report.suites.forEach(walk);
    const { stats } = report;
    return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
  });
}

function firstLine(message = '') {
  return (
    stripVTControlCharacters(message)
      .split('\n')
      .find((line) => line.trim()) ?? ''
  );
}

function count(title, ok, read) {
  let result;
  try {
    result = read();
  } catch {
    result = { passed: 0, failed: 0 };
  }
  passed += result.passed;
  failed += result.failed;
  // A runner that failed without a failing test (crash, no tests, bad config) still fails the run.
  if (!ok || result.failed > 0 || result.passed === 0) {
    failures.push(title);
    if (result.failed === 0) failed += 1;
  }
}

// The house rules first: formatting, lint and the architecture's import boundaries.
if (!run('lint (ESLint, Prettier, dependency boundaries)', 'pnpm', ['lint'])) {
  failures.push('lint');
  failed += 1;
}

if (!run('build (schema, client with codegen, server)', 'pnpm', ['build'])) {
  failures.push('build');
  failed += 1;
} else {
  // The builds leave tests and tools out; check their types too.
  if (
    !run('typecheck (server with tests, e2e, bench)', 'pnpm', [
      '-r',
      '--filter',
      './server',
      '--filter',
      './e2e',
      '--filter',
      './bench',
      'run',
      'typecheck',
    ])
  ) {
    failures.push('typecheck');
    failed += 1;
  }
  vitest('schema: shared rules', 'schema');
  vitest('server on SQLite', 'server', { ESURETY_TEST_DB: 'sqlite' });
  vitest('server on PostgreSQL', 'server', { ESURETY_TEST_DB: 'postgresql', TEST_DATABASE_URL: pgUrl });
  vitest('client', 'client');
  playwright('end-to-end in Chromium');
  // Every benchmark of docs/performance.md on 2,000 guarantees, a few requests each: the harness
  // keeps working. Machines differ, so the figures are printed, not judged.
  const benchOk = run('benchmarks at a small size (bench all --ci)', 'pnpm', ['--filter', '@esurety/bench', 'run', 'all', '--ci']);
  count('benchmarks', benchOk, () => ({ passed: benchOk ? 1 : 0, failed: benchOk ? 0 : 1 }));
}

if (failedTests.length) console.log(`\nFailed tests:\n${failedTests.map((t) => `  ${t}`).join('\n')}`);
if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
