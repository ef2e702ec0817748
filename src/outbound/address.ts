/**
 * Which addresses an admin-configured URL may reach. Loopback, private, link-local, unique-local,
 * unspecified and cloud-metadata addresses are refused unless the host name, the address or a CIDR
 * containing it is on the allow-list (the simulator in dev and tests). IPv4-mapped IPv6 addresses
 * (`::ffff:127.0.0.1`) are judged as the IPv4 address they carry.
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
  '224.0.0.0/4',
  '240.0.0.0/4',
];
const BLOCKED_V6 = ['::/128', '::1/128', 'fc00::/7', 'fe80::/10', 'ff00::/8'];

const blocked = new net.BlockList();
const cidr = (c: string): [string, number] => [c.slice(0, c.indexOf('/')), Number(c.slice(c.indexOf('/') + 1))];
for (const c of BLOCKED_V4) blocked.addSubnet(...cidr(c), 'ipv4');
for (const c of BLOCKED_V6) blocked.addSubnet(...cidr(c), 'ipv6');
// Already inside the ranges above; listed so the intent survives someone trimming them.
blocked.addAddress('169.254.169.254', 'ipv4');
blocked.addAddress('fd00:ec2::254', 'ipv6');

/** `::ffff:7f00:1` and `::ffff:127.0.0.1` → `127.0.0.1`; anything else unchanged. */
export function unmapIpv4(address: string): string {
  const a = address.toLowerCase().replace(/^\[|\]$/g, '');
  const dotted = /^(?:0{0,4}:){0,5}:?ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (dotted?.[1]) return dotted[1];
  const hex = /^(?:0{0,4}:){0,5}:?ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(a);
  if (!hex?.[1] || !hex[2]) return a;
  const [hi, lo] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
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
}

/** Entries are host names (`simulator.local`), addresses (`127.0.0.1`) or CIDRs (`10.1.0.0/16`). */
export function makeAllowList(entries: readonly string[] = []): AllowList {
  const hosts = new Set<string>();
  const nets = new net.BlockList();
  for (const raw of entries) {
    const e = raw.trim().toLowerCase();
    const [addr = '', bits] = e.split('/');
    const ip = unmapIpv4(addr);
    const f = family(ip);
    if (f && bits !== undefined) nets.addSubnet(ip, Number(bits), f);
    else if (f) nets.addAddress(ip, f);
    else hosts.add(e);
  }
  return { hosts, nets };
}

export function isAllowed(allow: AllowList, host: string, address: string): boolean {
  if (allow.hosts.has(host.toLowerCase())) return true;
  const a = unmapIpv4(address);
  const f = family(a);
  return f !== null && (!isRestrictedAddress(a) || allow.nets.check(a, f));
}
