import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-esurety-signature';

const hmac = (secret: string, body: string, timestamp: number) => createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`: the timestamp is signed with the
 * body, so a receiver can refuse old replays. With several secrets (the overlap after a
 * rotation: the new one first) there is one v1 per secret, as Stripe does.
 */
export function signatureHeader(secrets: string | string[], body: string, timestamp: number): string {
  const all = Array.isArray(secrets) ? secrets : [secrets];
  return [`t=${timestamp}`, ...all.map((secret) => `v1=${hmac(secret, body, timestamp)}`)].join(',');
}

/** What a receiver does (docs/api.md shows it); the tests use it too. True if any v1 matches. */
export function verifySignature(secret: string, body: string, header: string, toleranceSeconds = 300, now = Date.now()): boolean {
  const parts = header.split(',').map((part) => part.split('=', 2) as [string, string]);
  const timestamp = Number(parts.find(([name]) => name === 't')?.[1]);
  if (!Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(hmac(secret, body, timestamp), 'hex');
  return parts
    .filter(([name]) => name === 'v1')
    .some(([, value]) => {
      const given = Buffer.from(value ?? '', 'hex');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}
