#!/usr/bin/env node
// The operator's command line: `pnpm esurety <command>` (or `node server/dist/cli/main.js`).
import 'reflect-metadata';
import { runCli } from './program';

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  // Under `pnpm esurety`, pnpm runs the script from the repository root; INIT_CWD is where it was typed.
  cwd: process.env.INIT_CWD || process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
