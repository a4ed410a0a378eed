import { isIP, isIPv4 } from 'node:net';
import type { Request } from 'express';

/**
 * The client's address as the limits and records keep it (Express's `req.ip`, which honours
 * TRUST_PROXY), with an IPv4 address on an IPv6 socket written as plain IPv4.
 */
export function clientAddress(req: Pick<Request, 'ip'>): string {
  const ip = req.ip ?? '';
  // A forwarded address that is not an address at all is not one to count or record.
  if (!isIP(ip)) return 'unknown';
  return ip.startsWith('::ffff:') && isIPv4(ip.slice(7)) ? ip.slice(7) : ip;
}

/** Text as typed, fit to record: control characters (NUL included) removed. */
export function withoutControlCharacters(text: string): string {
  return text.replace(/\p{Cc}/gu, '');
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as typed, fit to store in a record of at most `max` characters whatever it holds: control
 * characters removed, lone surrogates (not text, refused by some drivers) as U+FFFD.
 */
export function recordableText(text: string, max: number): string {
  const clean = withoutControlCharacters(text).replace(LONE_SURROGATE, '\uFFFD');
  return clean.length <= max ? clean : Array.from(clean).slice(0, max).join('');
}
