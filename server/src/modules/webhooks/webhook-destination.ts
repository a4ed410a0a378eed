import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * What a webhook may not be sent to in production: this machine, private and shared networks,
 * link-local, multicast and reserved ranges, in IPv4 or IPv6 (IPv4-mapped ones included, e.g.
 * [::ffff:127.0.0.1], and the unspecified [::], which reaches this machine).
 */
const INTERNAL_ADDRESSES = (() => {
  const list = new BlockList();
  const ipv4: [string, number][] = [
    ['0.0.0.0', 8],
    ['10.0.0.0', 8],
    ['100.64.0.0', 10],
    ['127.0.0.0', 8],
    ['169.254.0.0', 16],
    ['172.16.0.0', 12],
    ['192.0.0.0', 24],
    ['192.168.0.0', 16],
    ['198.18.0.0', 15],
    ['224.0.0.0', 3],
  ];
  const ipv6: [string, number][] = [
    ['::', 96], // unspecified, loopback and IPv4-compatible
    ['64:ff9b::', 96], // NAT64: any IPv4 address, internal ones included
    ['fc00::', 7],
    ['fe80::', 10],
    ['ff00::', 8],
  ];
  for (const [network, prefix] of ipv4) list.addSubnet(network, prefix, 'ipv4');
  for (const [network, prefix] of ipv6) list.addSubnet(network, prefix, 'ipv6');
  return list;
})();

export function isInternalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const family = isIP(host);
  if (family === 4) return INTERNAL_ADDRESSES.check(host, 'ipv4');
  if (family === 6) return INTERNAL_ADDRESSES.check(host, 'ipv6');
  return false;
}

/**
 * Whether a host name leads into the internal network now: checked again when delivering,
 * since a name registered as public can later resolve to an internal address.
 */
export async function resolvesToInternal(hostname: string): Promise<boolean> {
  if (isInternalHost(hostname)) return true;
  const host = hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return false;
  try {
    const addresses = await lookup(host, { all: true, verbatim: true });
    return addresses.some(({ address }) => isInternalHost(address));
  } catch {
    return true; // unresolvable now: refused this time, retried later like any failure
  }
}
