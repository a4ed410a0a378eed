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
