import { BlockList, isIP } from 'node:net';

/**
 * Which `Host` names this server answers for. A DNS-rebinding page reaches a loopback server under the
 * attacker's own host name, so refusing every name we were not told about closes that door; a port is
 * compared only where a rule names one.
 */
export type HostRule = { hostname: string; port: number | null };

export type ParsedHost = { hostname: string; port: number | null };

// A host name (letters, digits, dots, dashes, underscores) or a bracketed IPv6 literal, then an optional port.
const HOST_PATTERN = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+)(?::(\d{1,5}))?$/;

/**
 * A `Host` header (or a `name[:port]` setting) in canonical form: lower case, IPv4 in dotted decimal
 * (`127.1` and `0x7f.0.0.1` are 127.0.0.1, as a browser would resolve them), IPv6 compressed. Anything
 * else (user info, paths, empty) is null.
 */
export function parseHost(value: string): ParsedHost | null {
  const match = HOST_PATTERN.exec(value.trim());
  if (!match) return null;
  const [, name = '', portText] = match;
  let hostname: string;
  try {
    hostname = new URL(`http://${name}/`).hostname;
  } catch {
    return null;
  }
  if (hostname === '') return null;
  const port = portText === undefined ? null : Number(portText);
  if (port !== null && port > 65_535) return null;
  return { hostname, port };
}

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');
// IPv4-mapped loopback (::ffff:127.x.y.z), which the URL parser writes as ::ffff:7f00:1.
loopback.addSubnet('::ffff:7f00:0', 104, 'ipv6');

/** `localhost`, 127.0.0.0/8 and ::1 (bracketed, as in a Host header), on any port. */
export function isLoopbackHostname(hostname: string): boolean {
  if (hostname === 'localhost') return true;
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  const family = isIP(bare);
  if (family === 4) return loopback.check(bare, 'ipv4');
  if (family === 6) return loopback.check(bare, 'ipv6');
  return false;
}

/** Whether a request's `Host` is one we serve: loopback, or one of the configured rules. */
export function isHostAllowed(hostHeader: string, rules: ReadonlyArray<HostRule>): boolean {
  const host = parseHost(hostHeader);
  if (!host) return false;
  if (isLoopbackHostname(host.hostname)) return true;
  return rules.some((rule) => rule.hostname === host.hostname && portMatches(rule.port, host.port));
}

/**
 * A rule without a port takes any. A Host without a port means the scheme's default, and behind a TLS
 * proxy this server cannot tell which scheme the browser used, so it matches a rule for 80 or 443.
 */
function portMatches(rulePort: number | null, hostPort: number | null): boolean {
  if (rulePort === null) return true;
  if (hostPort === null) return rulePort === 80 || rulePort === 443;
  return rulePort === hostPort;
}
