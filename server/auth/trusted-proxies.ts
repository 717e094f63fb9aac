import ipaddr from 'ipaddr.js';

/**
 * BACKSCROLL_TRUSTED_PROXIES: the peers whose sign-in header is believed. Parsing and matching are
 * ipaddr.js's (IPv4, IPv6, CIDR, IPv4-mapped IPv6 such as `::ffff:10.0.0.5` from a dual-stack socket).
 */
export type TrustedProxies = ReadonlyArray<[ipaddr.IPv4 | ipaddr.IPv6, number]>;

export function parseTrustedProxies(raw: string): TrustedProxies | { error: string } {
  const ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  if (entries.length === 0) return { error: 'lists no address or range' };
  for (const entry of entries) {
    if (entry.includes('/')) {
      if (!ipaddr.isValidCIDR(entry)) return { error: `"${entry}" is not a valid address range` };
      const [address, bits] = ipaddr.parseCIDR(entry);
      ranges.push(unmapRange(address, bits));
    } else {
      if (!ipaddr.isValid(entry)) return { error: `"${entry}" is not a valid IP address` };
      const address = ipaddr.process(entry);
      ranges.push([address, address.kind() === 'ipv4' ? 32 : 128]);
    }
  }
  return ranges;
}

/** `::ffff:10.0.0.0/104` is the IPv4 range 10.0.0.0/8 as a dual-stack socket reports it. */
function unmapRange(address: ipaddr.IPv4 | ipaddr.IPv6, bits: number): [ipaddr.IPv4 | ipaddr.IPv6, number] {
  if (address.kind() === 'ipv6' && bits >= 96) {
    const v6 = ipaddr.IPv6.parse(address.toString());
    if (v6.isIPv4MappedAddress()) return [v6.toIPv4Address(), bits - 96];
  }
  return [address, bits];
}

export function isTrustedPeer(peer: string | undefined, trusted: TrustedProxies): boolean {
  if (!peer || !ipaddr.isValid(peer)) return false;
  const address = ipaddr.process(peer);
  return trusted.some(([range, bits]) => range.kind() === address.kind() && address.match(range, bits));
}

/** True for the names and addresses that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost') return true;
  if (!ipaddr.isValid(bare)) return false;
  return ipaddr.process(bare).range() === 'loopback';
}
