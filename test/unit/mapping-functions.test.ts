import { makeMappingFunctions, parseDuration } from '../../src/mapping/functions';
import { AppError } from '../../src/errors';

const fns = makeMappingFunctions({ defaultCountry: 'IN', timeZone: 'Asia/Kolkata' });
const call = (name: string, ...args: unknown[]): unknown => {
  const fn = fns[name];
  if (!fn) throw new Error(`no helper ${name}`);
  return fn(...args);
};

describe('mapping helpers', () => {
  it('$e164 uses the connector country unless one is given', () => {
    expect(call('e164', '09611795983')).toBe('+919611795983');
    expect(call('e164', '(415) 555-2671', 'us')).toBe('+14155552671');
    expect(call('e164', 'withheld')).toBeUndefined();
    expect(call('e164', undefined)).toBeUndefined();
  });

  it('$localTime reads local text in the connector zone, a format, or another zone', () => {
    expect(call('localTime', '2015-08-20 18:26:38')).toBe('2015-08-20T12:56:38.000Z');
    expect(call('localTime', '20/08/2015 18:26', 'dd/MM/yyyy HH:mm')).toBe('2015-08-20T12:56:00.000Z');
    expect(call('localTime', '2015-08-20 18:26:38', null, 'UTC')).toBe('2015-08-20T18:26:38.000Z');
    expect(call('localTime', 'Tue, 05 Jul 2022 10:30:30 GMT')).toBe('2022-07-05T10:30:30.000Z');
    expect(call('localTime', '2015-08-20 18:26', 'dd/MM/yyyy HH:mm')).toBeUndefined();
    expect(call('localTime', 'soon')).toBeUndefined();
  });

  it('$epochToIso and $isoToEpoch convert both ways', () => {
    expect(call('epochToIso', 1440075398)).toBe('2015-08-20T12:56:38.000Z');
    expect(call('epochToIso', '1440075398000')).toBe('2015-08-20T12:56:38.000Z');
    expect(call('epochToIso', 'abc')).toBeUndefined();
    expect(call('isoToEpoch', '2015-08-20T12:56:38.900Z')).toBe(1440075398);
    expect(call('isoToEpoch', '2015-08-20 18:26:38')).toBe(1440075398);
    expect(call('isoToEpoch', 'nope')).toBeUndefined();
  });

  it('$duration reads clock and plain forms', () => {
    expect(parseDuration('00:01:05')).toBe(65);
    expect(parseDuration('1:05')).toBe(65);
    expect(parseDuration('2:00:00')).toBe(7200);
    expect(parseDuration('75')).toBe(75);
    expect(parseDuration(12.4)).toBe(12);
    expect(parseDuration('12.6')).toBe(13);
    expect(parseDuration('00:61:00')).toBeUndefined();
    expect(parseDuration('-5')).toBeUndefined();
    expect(parseDuration(-5)).toBeUndefined();
    expect(parseDuration(null)).toBeUndefined();
  });

  it('$parseJson reads JSON text and fails clearly on anything else', () => {
    expect(call('parseJson', '{"a":[1,2]}')).toEqual({ a: [1, 2] });
    expect(call('parseJson', undefined)).toBeUndefined();
    expect(() => call('parseJson', '{a')).toThrow(AppError);
    expect(() => call('parseJson', '{a')).toThrow(/could not read its argument as JSON/);
  });
});
