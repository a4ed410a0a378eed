import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { Agent } from 'undici';
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
  const host = hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const family = isIP(host);
  if (family === 4) return INTERNAL_ADDRESSES.check(host, 'ipv4');
  if (family === 6) return INTERNAL_ADDRESSES.check(host, 'ipv6');
  return false;
}

export type Resolve = (hostname: string) => Promise<LookupAddress[]>;

const systemResolve: Resolve = (hostname) => lookup(hostname, { all: true, verbatim: true });

/**
 * An HTTP agent that connects only to public addresses: the name is resolved once, every
 * address checked, and the connection made to the checked address — a name that resolves to a
 * public address for a check and to an internal one for the connection (DNS rebinding) can't
 * slip through. IP literals and localhost names are refused before, by `isInternalHost`.
 */
export function publicOnlyAgent(resolve: Resolve = systemResolve): Agent {
  return new Agent({
    connect: {
      lookup: (hostname, options, callback) => {
        resolve(hostname).then(
          (addresses) => {
            if (!addresses.length || addresses.some(({ address }) => isInternalHost(address))) {
              callback(new Error('送信先が内部のアドレスを指しているため送信しません。'), '', 0);
            } else if ((options as { all?: boolean }).all) {
              (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
            } else {
              callback(null, addresses[0].address, addresses[0].family);
            }
          },
          (error: Error) => callback(error, '', 0),
        );
      },
    },
  });
}
