/**
 * What a browser downloads for a page of the SPA: Debian's Chromium (through Playwright) opens
 * the page with an empty cache, and every script, style sheet and font it fetched is counted. JS
 * and CSS are counted gzip-compressed (zlib level 6, what a compressing server or proxy sends);
 * fonts as they are (woff2 is compressed already).
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Response } from 'playwright-core';
import { SPA_BUDGETS } from './budgets';

export interface PageDownload {
  page: string;
  /** the JS modules fetched, gzip bytes */
  jsGzipBytes: number;
  cssGzipBytes: number;
  fontBytes: number;
  /** each script fetched: file name and gzip bytes */
  scripts: { file: string; gzipBytes: number }[];
  fonts: number;
  budgetJsGzipBytes: number;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The pages with a budget: `/` as a visitor sees it (the sign-in page) and `/verify`. */
const PAGES = [
  { page: '/', ready: 'input[autocomplete="username"]', budget: SPA_BUDGETS.initialJsGzipBytes },
  { page: '/verify', ready: 'input[name="authKey"]', budget: SPA_BUDGETS.verifyJsGzipBytes },
] as const;

export async function measureSpa(baseUrl: string): Promise<PageDownload[]> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const results: PageDownload[] = [];
    for (const { page: path, ready, budget } of PAGES) {
      const context = await browser.newContext({ locale: 'ja-JP' });
      const page = await context.newPage();
      const responses: Response[] = [];
      page.on('response', (response) => responses.push(response));
      await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
      await page.locator(ready).first().waitFor({ state: 'visible', timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      const download: PageDownload = {
        page: path,
        jsGzipBytes: 0,
        cssGzipBytes: 0,
        fontBytes: 0,
        scripts: [],
        fonts: 0,
        budgetJsGzipBytes: budget,
      };
      for (const response of responses) {
        const type = response.request().resourceType();
        if (type !== 'script' && type !== 'stylesheet' && type !== 'font') continue;
        const body = await response.body();
        if (type === 'font') {
          download.fontBytes += body.length;
          download.fonts += 1;
          continue;
        }
        const gzipBytes = gzipSync(body, { level: 6 }).length;
        if (type === 'stylesheet') download.cssGzipBytes += gzipBytes;
        else {
          download.jsGzipBytes += gzipBytes;
          download.scripts.push({ file: new URL(response.url()).pathname.replace(/^\/assets\//, ''), gzipBytes });
        }
      }
      download.scripts.sort((a, b) => b.gzipBytes - a.gzipBytes);
      results.push(download);
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}
