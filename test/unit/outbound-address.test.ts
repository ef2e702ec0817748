import { isRestrictedAddress, unmapIpv4 } from '../../src/outbound';
import { embeddedIpv4, isAllowed, makeAllowList } from '../../src/outbound/address';

describe('outbound address classification', () => {
  test.each([
    '127.0.0.1',
    '127.255.0.9',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '169.254.1.1',
    '0.0.0.0',
    '::',
    '::1',
    'fe80::1',
    'fc00::1',
    'fd00:ec2::254',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::ffff:a9fe:a9fe',
    'not-an-ip',
    // Benchmarking (RFC 2544) and site-local (deprecated, still routed inside some networks).
    '198.18.0.1',
    '198.19.255.255',
    'fec0::1',
    'feff::1',
    // IPv4-compatible (::/96), in both spellings.
    '::127.0.0.1',
    '::7f00:1',
    '::a9fe:a9fe',
    '::0:10.0.0.1',
    // IPv4-translated (::ffff:0:0:0/96).
    '::ffff:0:127.0.0.1',
    '::ffff:0:a00:1',
    // NAT64 (64:ff9b::/96) carrying a private address; the local-use NAT64 prefix altogether.
    '64:ff9b::127.0.0.1',
    '64:ff9b::a9fe:a9fe',
    '0064:ff9b:0000:0000:0000:0000:0a00:0001',
    '64:ff9b:1::8.8.8.8',
    // 6to4 (2002::/16) carrying a private address.
    '2002:7f00:1::',
    '2002:a9fe:a9fe::1',
    '2002:c0a8:101:1::1',
    // Teredo (the IPv4 destination is obfuscated inside).
    '2001:0:4136:e378:8000:63bf:3fff:fdd2',
  ])('%s is restricted', (a) => expect(isRestrictedAddress(a)).toBe(true));

  test.each([
    '8.8.8.8',
    '172.32.0.1',
    '192.169.0.1',
    '198.17.255.255',
    '198.20.0.1',
    '2606:4700::1111',
    '::ffff:8.8.8.8',
    '64:ff9b::8.8.8.8',
    '2002:808:808::1',
    '2001:db8::1',
  ])('%s is public', (a) => expect(isRestrictedAddress(a)).toBe(false));

  test('an IPv6 address carrying an IPv4 address is judged, and allow-listed, as that address', () => {
    expect(embeddedIpv4('64:ff9b::7f00:1')).toBe('127.0.0.1');
    expect(embeddedIpv4('2002:7f00:1:5::1')).toBe('127.0.0.1');
    expect(embeddedIpv4('::ffff:0:7f00:1')).toBe('127.0.0.1');
    expect(embeddedIpv4('::1')).toBeNull();
    expect(embeddedIpv4('::')).toBeNull();
    expect(embeddedIpv4('2606:4700::1111')).toBeNull();
    const allow = makeAllowList(['127.0.0.1', '::1']);
    expect(isAllowed(allow, 'x', '64:ff9b::127.0.0.1')).toBe(true);
    expect(isAllowed(allow, 'x', '::1')).toBe(true);
    expect(isAllowed(allow, 'x', '2002:a9fe:a9fe::')).toBe(false);
  });

  test('IPv4-mapped IPv6 is unmapped', () => {
    expect(unmapIpv4('::ffff:7f00:1')).toBe('127.0.0.1');
    expect(unmapIpv4('[::FFFF:127.0.0.1]')).toBe('127.0.0.1');
    expect(unmapIpv4('2001:db8::1')).toBe('2001:db8::1');
  });

  test('allow-list by address, CIDR or host name', () => {
    const allow = makeAllowList(['127.0.0.1', '10.1.0.0/16', 'simulator.local']);
    expect(isAllowed(allow, 'x', '127.0.0.1')).toBe(true);
    expect(isAllowed(allow, 'x', '::ffff:127.0.0.1')).toBe(true);
    expect(isAllowed(allow, 'x', '127.0.0.2')).toBe(false);
    expect(isAllowed(allow, 'x', '10.1.9.9')).toBe(true);
    expect(isAllowed(allow, 'x', '10.2.0.1')).toBe(false);
    expect(isAllowed(allow, 'Simulator.local', '192.168.0.5')).toBe(true);
    expect(isAllowed(allow, 'x', '8.8.8.8')).toBe(true);
  });

  test('host:port entries allow that port only', () => {
    const allow = makeAllowList(['127.0.0.1:8090', 'sim.local:9000', '[::1]:8090', '10.0.0.0/8']);
    expect(isAllowed(allow, '127.0.0.1', '127.0.0.1', 8090)).toBe(true);
    expect(isAllowed(allow, 'localhost', '::ffff:127.0.0.1', 8090)).toBe(true);
    expect(isAllowed(allow, '127.0.0.1', '127.0.0.1', 8091)).toBe(false);
    expect(isAllowed(allow, '127.0.0.1', '127.0.0.1')).toBe(false);
    expect(isAllowed(allow, 'sim.local', '192.168.0.5', 9000)).toBe(true);
    expect(isAllowed(allow, 'sim.local', '192.168.0.5', 80)).toBe(false);
    expect(isAllowed(allow, '::1', '0:0:0:0:0:0:0:1', 8090)).toBe(true);
    expect(isAllowed(allow, '::1', '::1', 22)).toBe(false);
    expect(isAllowed(allow, 'x', '10.9.9.9', 1234)).toBe(true);
    expect(isAllowed(allow, 'x', '8.8.8.8', 443)).toBe(true);
  });
});
