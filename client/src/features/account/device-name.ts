import Bowser from 'bowser';

/** 「Chrome 131 / Windows」 from a User-Agent; its first 60 characters when it names neither browser nor system. */
export function deviceName(userAgent: string | null | undefined): string | null {
  if (!userAgent) return null;
  const { browser, os } = Bowser.parse(userAgent);
  const browserName = browser.name ? [browser.name, browser.version?.split('.')[0]].filter(Boolean).join(' ') : null;
  const parts = [browserName, os.name].filter(Boolean);
  return parts.length ? parts.join(' / ') : userAgent.slice(0, 60);
}
