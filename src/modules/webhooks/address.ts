import { BlockList, isIP } from 'node:net';

/**
 * Addresses a webhook must not reach in production mode (SSRF): loopback, private, link-local, shared,
 * multicast, reserved and documentation ranges. (BlockList checks IPv4 mapped into IPv6, `::ffff:a.b.c.d`,
 * against the IPv4 ranges.)
 */
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

/** True for an IP address in a range a webhook may not reach in production. */
export function isBlockedAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 0) return false;
  return blocked.check(ip, family === 4 ? 'ipv4' : 'ipv6');
}

/** A URL's host without IPv6 brackets or a trailing dot, in lower case. */
export function bareHost(hostname: string): string {
  return hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
}

/**
 * True when a URL host is known without any lookup to be local: a blocked IP literal, or a name that
 * always means this machine. Other names are checked when they are resolved, at each delivery.
 */
export function isLocalHost(hostname: string): boolean {
  const host = bareHost(hostname);
  if (isIP(host)) return isBlockedAddress(host);
  return host === 'localhost' || host.endsWith('.localhost') || host === 'localhost.localdomain';
}
