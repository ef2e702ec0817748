import { isRestrictedAddress, unmapIpv4 } from '../../src/outbound';
import { isAllowed, makeAllowList } from '../../src/outbound/address';

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
  ])('%s is restricted', (a) => expect(isRestrictedAddress(a)).toBe(true));

  test.each(['8.8.8.8', '172.32.0.1', '192.169.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])('%s is public', (a) =>
    expect(isRestrictedAddress(a)).toBe(false),
  );

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
});
