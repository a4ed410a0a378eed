import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'esurety-demo';

/** Where screenshots go: e2e/artifacts/, ignored by git (no test rewrites a tracked file). */
const artifactsDir = path.resolve(__dirname, '..', 'artifacts');

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'メールアドレス', exact: true }).fill(email);
  await page.getByRole('textbox', { name: 'パスワード', exact: true }).fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
}

/**
 * Fails on any `serious` or `critical` accessibility violation that axe-core finds, on the page as
 * it rests: a dialog fading in or out is half transparent, and its text would fail the contrast
 * rule for a moment no user reads it in, so the check waits for running transitions to end.
 */
export async function expectAccessible(page: Page) {
  // Transitions only: a spinner's endless animation never ends.
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => !(animation instanceof CSSTransition) || animation.playState !== 'running'),
  );
  const { violations } = await new AxeBuilder({ page }).analyze();
  const severe = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  expect(severe).toEqual([]);
}

/**
 * A full-page screenshot once the web fonts have arrived, into e2e/artifacts/. (The README's
 * docs/screenshot.png is e2e/artifacts/home-contractor.png, copied by hand when the home changes.)
 */
export async function saveScreenshot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
}

/** YYYY-MM-DD (from 2020) as the screens write it in the era: 2026-04-01 → 令和8年4月1日. */
export function reiwa(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `令和${year - 2018}年${month}月${day}日`;
}
