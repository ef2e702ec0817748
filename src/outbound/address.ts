/**
 * Which addresses an admin-configured URL may reach. Loopback, private, link-local, unique-local,
 * site-local, benchmarking, unspecified and cloud-metadata addresses are refused unless the host name,
 * the address or a CIDR containing it is on the allow-list (the simulator in dev and tests). An IPv6
 * address that carries an IPv4 address (mapped `::ffff:127.0.0.1`, IPv4-compatible `::127.0.0.1`,
 * translated `::ffff:0:7f00:1`, NAT64 `64:ff9b::7f00:1`, 6to4 `2002:7f00:1::`) is judged as that
 * IPv4 address. Addresses are parsed by the WHATWG URL parser, which accepts every IPv6 spelling.
 */
import net from 'node:net';

const BLOCKED_V4 = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '198.18.0.0/15',
  '224.0.0.0/4',
  '240.0.0.0/4',
];
const BLOCKED_V6 = [
  '::/128',
  '::1/128',
  // Teredo: the destination's IPv4 address is obfuscated inside; a provider has no reason to use it.
  '2001::/32',
  // NAT64 for local use (RFC 8215): the IPv4 side is a local network's.
  '64:ff9b:1::/48',
  'fc00::/7',
  'fe80::/10',
  'fec0::/10',
  'ff00::/8',
];

const blocked = new net.BlockList();
const cidr = (c: string): [string, number] => [c.slice(0, c.indexOf('/')), Number(c.slice(c.indexOf('/') + 1))];
for (const c of BLOCKED_V4) blocked.addSubnet(...cidr(c), 'ipv4');
for (const c of BLOCKED_V6) blocked.addSubnet(...cidr(c), 'ipv6');
// Already inside the ranges above; listed so the intent survives someone trimming them.
blocked.addAddress('169.254.169.254', 'ipv4');
blocked.addAddress('fd00:ec2::254', 'ipv6');

/** The eight 16-bit groups of an IPv6 address in any spelling, or null when it is not one. */
function ipv6Groups(address: string): number[] | null {
  const a = address.replace(/^\[|\]$/g, '');
  if (!net.isIPv6(a)) return null;
  let canonical: string;
  try {
    // Serialised as lower-case hex groups with at most one "::", dotted IPv4 tails included.
    canonical = new URL(`http://[${a}]/`).hostname.slice(1, -1);
  } catch {
    return null;
  }
  const [head = '', tail] = canonical.split('::');
  const part = (s: string): number[] => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const [h, t] = [part(head), part(tail ?? '')];
  const groups = tail === undefined ? h : [...h, ...Array<number>(8 - h.length - t.length).fill(0), ...t];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

const ipv4Of = (hi: number, lo: number): string => [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');

/** The IPv4 address an IPv6 address carries (mapped, compatible, translated, NAT64, 6to4), or null. */
export function embeddedIpv4(address: string): string | null {
  const g = ipv6Groups(address);
  if (!g) return null;
  const [g0, g1, g2, g3, g4, g5, g6, g7] = g as [number, number, number, number, number, number, number, number];
  const zeros = (...xs: number[]): boolean => xs.every((x) => x === 0);
  // ::ffff:a.b.c.d (mapped), and ::a.b.c.d (compatible, deprecated) but for :: and ::1, which are IPv6's own.
  if (zeros(g0, g1, g2, g3, g4) && (g5 === 0xffff || (g5 === 0 && (g6 !== 0 || g7 > 1)))) return ipv4Of(g6, g7);
  // ::ffff:0:a.b.c.d (translated, RFC 6145).
  if (zeros(g0, g1, g2, g3, g5) && g4 === 0xffff) return ipv4Of(g6, g7);
  // 64:ff9b::a.b.c.d (NAT64's well-known prefix, RFC 6052).
  if (g0 === 0x64 && g1 === 0xff9b && zeros(g2, g3, g4, g5)) return ipv4Of(g6, g7);
  // 2002:aabb:ccdd::/48 (6to4, RFC 3056).
  if (g0 === 0x2002) return ipv4Of(g1, g2);
  return null;
}

/** `::ffff:7f00:1`, `64:ff9b::127.0.0.1`, `2002:7f00:1::` → `127.0.0.1`; anything else unchanged (brackets dropped). */
export function unmapIpv4(address: string): string {
  const a = address.toLowerCase().replace(/^\[|\]$/g, '');
  return embeddedIpv4(a) ?? a;
}

const family = (a: string): 'ipv4' | 'ipv6' | null => (net.isIPv4(a) ? 'ipv4' : net.isIPv6(a) ? 'ipv6' : null);

/** True for addresses an outbound request may not reach without an allow-list entry. */
export function isRestrictedAddress(address: string): boolean {
  const a = unmapIpv4(address);
  const f = family(a);
  return f === null || blocked.check(a, f);
}

export interface AllowList {
  hosts: Set<string>;
  nets: net.BlockList;
  /** `host:port` and `address:port` entries: that port only (addresses in canonical form). */
  endpoints: Set<string>;
}

/** An address in one spelling (IPv6 canonical, IPv4 carried in IPv6 as IPv4), for comparing entries. */
function canonicalAddress(address: string): string {
  const a = unmapIpv4(address);
  return family(a) === 'ipv6' ? new URL(`http://[${a}]/`).hostname.slice(1, -1) : a;
}

const endpointKey = (hostOrAddress: string, port: number): string => `${hostOrAddress}|${port}`;

/**
 * Entries are host names (`simulator.local`), addresses (`127.0.0.1`) or CIDRs (`10.1.0.0/16`), any
 * port; or one port of a host or an address: `simulator.local:8090`, `127.0.0.1:8090`, `[::1]:8090`.
 */
export function makeAllowList(entries: readonly string[] = []): AllowList {
  const hosts = new Set<string>();
  const nets = new net.BlockList();
  const endpoints = new Set<string>();
  for (const raw of entries) {
    const e = raw.trim().toLowerCase();
    const withPort = /^\[([^\]]+)\]:(\d{1,5})$/.exec(e) ?? /^([^:/[\]]+):(\d{1,5})$/.exec(e);
    if (withPort?.[1] && withPort[2]) {
      const target = family(unmapIpv4(withPort[1])) ? canonicalAddress(withPort[1]) : withPort[1];
      endpoints.add(endpointKey(target, Number(withPort[2])));
      continue;
    }
    const [addr = '', bits] = e.split('/');
    const ip = unmapIpv4(addr);
    const f = family(ip);
    if (f && bits !== undefined) nets.addSubnet(ip, Number(bits), f);
    else if (f) nets.addAddress(ip, f);
    else hosts.add(e);
  }
  return { hosts, nets, endpoints };
}

/** Whether `address` (what `host` resolved to) may be reached on `port`. */
export function isAllowed(allow: AllowList, host: string, address: string, port?: number): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (allow.hosts.has(h)) return true;
  const a = unmapIpv4(address);
  const f = family(a);
  if (f === null) return false;
  if (!isRestrictedAddress(a) || allow.nets.check(a, f)) return true;
  return port !== undefined && (allow.endpoints.has(endpointKey(h, port)) || allow.endpoints.has(endpointKey(canonicalAddress(a), port)));
}
