import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'esurety-demo';

const e2eRoot = path.resolve(__dirname, '..');
const artifactsDir = path.join(e2eRoot, 'artifacts');
/** The screenshot the README shows. */
export const readmeScreenshot = path.join(e2eRoot, '..', 'docs', 'screenshot.png');

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'メールアドレス', exact: true }).fill(email);
  await page.getByRole('textbox', { name: 'パスワード', exact: true }).fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
}

/** Fails on any `serious` or `critical` accessibility violation that axe-core finds. */
export async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const severe = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  expect(severe).toEqual([]);
}

/** A full-page screenshot once the web fonts have arrived, into e2e/artifacts/ (and elsewhere). */
export async function saveScreenshot(page: Page, name: string, ...extraPaths: string[]) {
  await page.evaluate(() => document.fonts.ready);
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  for (const extra of extraPaths) {
    fs.mkdirSync(path.dirname(extra), { recursive: true });
    fs.copyFileSync(file, extra);
  }
}
