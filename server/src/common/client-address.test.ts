import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

describe('clientAddress', () => {
  it('writes an IPv4 client on an IPv6 socket as plain IPv4, and leaves the rest alone', () => {
    expect(clientAddress({ ip: '::ffff:192.0.2.7' })).toBe('192.0.2.7');
    expect(clientAddress({ ip: '192.0.2.7' })).toBe('192.0.2.7');
    expect(clientAddress({ ip: '2001:db8::1' })).toBe('2001:db8::1');
    expect(clientAddress({ ip: '::ffff:abcd' })).toBe('::ffff:abcd');
    expect(clientAddress({ ip: undefined })).toBe('unknown');
    // A forged X-Forwarded-For that is no address is not counted as one.
    expect(clientAddress({ ip: 'x'.repeat(300) })).toBe('unknown');
  });
});
