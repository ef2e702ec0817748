import { normalizePhone, normalizePhoneDetailed, phoneLookupKeys, toCountryCode } from '../../src/call/phone';

describe('normalizePhone', () => {
  it.each([
    ['+919611795983', '+919611795983'],
    ['%2b919611795983', '+919611795983'],
    ['%2B919611795983', '+919611795983'],
    [' 919611795983', '+919611795983'], // a form-decoded "+"
    ['919611795983', '+919611795983'],
    ['09611795983', '+919611795983'],
    ['9611795983', '+919611795983'],
    ['0091 96117 95983', '+919611795983'],
    ['+91-96117-95983', '+919611795983'],
    ['(+91) 96117.95983', '+919611795983'],
  ])('reads %p in India as %p', (raw, expected) => {
    expect(normalizePhone(raw, 'IN')).toBe(expected);
  });

  it('reads a number that is not valid locally as international', () => {
    expect(normalizePhone('14155552671', 'IN')).toBe('+14155552671');
    expect(normalizePhone('004930123456', 'IN')).toBe('+4930123456');
  });

  it('uses the default country for national numbers', () => {
    expect(normalizePhone('(415) 555-2671', 'US')).toBe('+14155552671');
    expect(normalizePhone('020 7946 0958', 'GB')).toBe('+442079460958');
  });

  it('keeps short extensions as digits', () => {
    expect(normalizePhone('1001', 'IN')).toBe('1001');
    expect(normalizePhone('+1001', 'IN')).toBe('+1001');
  });

  it('writes a number of a possible length in E.164 even where libphonenumber judges it invalid, and says so', () => {
    expect(normalizePhone('1000001000', 'IN')).toBe('+911000001000');
    expect(normalizePhoneDetailed('1000001000', 'IN')).toEqual({ number: '+911000001000', valid: false });
    expect(normalizePhoneDetailed('+44 20 7946 0958', 'IN')).toEqual({ number: '+442079460958', valid: true });
    // North American 555 numbers outside 555-01xx are not assigned: still E.164, with or without the 1.
    expect(normalizePhoneDetailed('555-555-0100', 'US')).toEqual({ number: '+15555550100', valid: false });
    expect(normalizePhoneDetailed('15555550100', 'IN')).toEqual({ number: '+15555550100', valid: false });
  });

  it('keeps digits when no country reads the number as one of its usual length', () => {
    expect(normalizePhoneDetailed('9845011111', 'UY')).toEqual({ number: '9845011111', valid: false });
    expect(normalizePhoneDetailed('5550100', 'US')).toEqual({ number: '5550100', valid: false });
  });

  it('refuses text that is not a phone number', () => {
    expect(normalizePhone('', 'IN')).toBeNull();
    expect(normalizePhone('12', 'IN')).toBeNull();
    expect(normalizePhone('anonymous', 'IN')).toBeNull();
    expect(normalizePhone('sip:1001@pbx', 'IN')).toBeNull();
    expect(normalizePhone('1234567890123456789', 'IN')).toBeNull();
  });
});

describe('phoneLookupKeys', () => {
  it('gives the E.164 form first, then the national number', () => {
    expect(phoneLookupKeys('09611795983', 'IN')).toEqual(['+919611795983', '9611795983']);
    expect(phoneLookupKeys('%2b919611795983', 'IN')).toEqual(['+919611795983', '9611795983']);
  });

  it('falls back to the digits, and to nothing for garbage', () => {
    expect(phoneLookupKeys('1001', 'IN')).toEqual(['1001']);
    expect(phoneLookupKeys('n/a', 'IN')).toEqual([]);
  });
});

describe('toCountryCode', () => {
  it('accepts known regions in any case and refuses others', () => {
    expect(toCountryCode('in')).toBe('IN');
    expect(toCountryCode('XX')).toBeNull();
  });
});
