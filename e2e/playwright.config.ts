import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.ESURETY_E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}/`;

// One fresh database per run: the server migrates it and loads the demo data on start. The
// config is evaluated again in every worker; the environment carries the first directory over.
process.env.ESURETY_E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'esurety-e2e-'));
const dataDir = process.env.ESURETY_E2E_DATA_DIR;

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  // Each spec sets up its own data through the API (tests/api.ts) and runs alone as well as with
  // the others; together they share one server, one spec at a time (a two-core machine).
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  globalTeardown: './global-teardown.ts',
  use: {
    baseURL,
    browserName: 'chromium',
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium: browser downloads are impossible here.
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: 'node ../server/dist/main.js',
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      DATA_DIR: dataDir,
      NODE_ENV: 'production',
      // The server's JSON request log would bury Playwright's report.
      LOG_LEVEL: 'warn',
      COOKIE_SECURE: 'false',
      // Production refuses to load the demo data unless asked: the specs sign in with its accounts.
      SEED_DEMO: 'true',
      // Links in documents and e-mails (the key notice's QR code) point at this server.
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      ...(process.env.ESURETY_E2E_CLIENT_DIST ? { CLIENT_DIST: process.env.ESURETY_E2E_CLIENT_DIST } : {}),
    },
  },
});
