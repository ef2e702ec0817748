import { AppError } from '../../src/errors';
import { decodePayload, PAYLOAD_SHAPE_LIMITS, readPayload, type RawPayload } from '../../src/webhooks/payload';

const decode = (overrides: Partial<RawPayload>) =>
  decodePayload({ body: '', contentType: undefined, query: '', maxBytes: 10_000, ...overrides });

function failure(overrides: Partial<RawPayload>): AppError {
  try {
    decode(overrides);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected decodePayload to fail');
}

describe('decodePayload', () => {
  it.each(['application/json', 'application/json; charset=utf-8', 'application/vnd.call+json', 'text/json', 'TEXT/PLAIN'])(
    'reads JSON sent as %s',
    (contentType) => {
      expect(decode({ contentType, body: '{"SourceNumber":"+919611795983","n":1}' })).toEqual({ SourceNumber: '+919611795983', n: 1 });
    },
  );

  it('reads a Buffer and strips a byte-order mark', () => {
    expect(decode({ contentType: 'application/json', body: Buffer.from('\uFEFF{"a":"ü"}') })).toEqual({ a: 'ü' });
  });

  it('reads raw JSON declared as a form without URL-decoding it', () => {
    const body = '{ "SourceNumber":"%2b919611795983", "CallNotes":"a+b" }';
    expect(decode({ contentType: 'application/x-www-form-urlencoded', body })).toEqual({
      SourceNumber: '%2b919611795983',
      CallNotes: 'a+b',
    });
  });

  it('reads form fields with every key exactly as sent, bracket keys also expanded', () => {
    const body = 'SourceNumber=+919611795983&Dest=%2B919611795980&Legs[0][Status]=ringing&Legs%5B1%5D%5BStatus%5D=answered&agent[name]=Ram';
    expect(decode({ contentType: 'application/x-www-form-urlencoded', body })).toEqual({
      SourceNumber: ' 919611795983',
      Dest: '+919611795980',
      'Legs[0][Status]': 'ringing',
      'Legs[1][Status]': 'answered',
      'agent[name]': 'Ram',
      Legs: [{ Status: 'ringing' }, { Status: 'answered' }],
      agent: { name: 'Ram' },
    });
  });

  it('never lets an expansion replace a key the provider sent itself', () => {
    expect(decode({ query: 'Duration=12&Duration[ring]=30' })).toEqual({ Duration: '12', 'Duration[ring]': '30' });
  });

  it('collects a repeated key into a list, in order', () => {
    expect(decode({ query: 'Digits=1&Digits=4&Digits=2' })).toEqual({ Digits: ['1', '4', '2'] });
  });

  it('does not unwrap a form field that holds JSON', () => {
    expect(decode({ contentType: 'application/x-www-form-urlencoded', body: 'data=%7B%22a%22%3A1%7D' })).toEqual({ data: '{"a":1}' });
  });

  it('guesses JSON, then form, when the content type is missing', () => {
    expect(decode({ body: '{"a":1}' })).toEqual({ a: 1 });
    expect(decode({ body: 'a=1&b=2' })).toEqual({ a: '1', b: '2' });
    expect(decode({ contentType: '', body: 'a=1' })).toEqual({ a: '1' });
  });

  it('merges query fields under the body', () => {
    expect(decode({ contentType: 'application/json', body: '{"a":"body"}', query: 'a=query&b=query' })).toEqual({ a: 'body', b: 'query' });
    expect(decode({ query: '?SourceNumber=%2B919611795983&Legs[0]=x' })).toEqual({
      SourceNumber: '+919611795983',
      'Legs[0]': 'x',
      Legs: ['x'],
    });
    expect(decode({ contentType: 'application/json', body: '  ', query: 'a=1' })).toEqual({ a: '1' });
    expect(decode({})).toEqual({});
  });

  it('wraps a JSON array as items and refuses other non-objects', () => {
    expect(decode({ contentType: 'application/json', body: '[{"a":1}]' })).toEqual({ items: [{ a: 1 }] });
    expect(failure({ contentType: 'application/json', body: '42' }).code).toBe('PAYLOAD_UNREADABLE');
    expect(failure({ contentType: 'application/json', body: 'null' }).code).toBe('PAYLOAD_UNREADABLE');
  });

  it('reports broken JSON with its position', () => {
    const error = failure({ contentType: 'application/json', body: '{"a":1,}' });
    expect(error.code).toBe('PAYLOAD_UNREADABLE');
    expect(error.details[0]).toMatchObject({ field: 'body', code: 'invalid_json', position: 7 });
    expect(failure({ contentType: 'application/x-www-form-urlencoded', body: '{"a":' }).code).toBe('PAYLOAD_UNREADABLE');
  });

  it('refuses types it cannot read, naming them', () => {
    const multipart = failure({ contentType: 'multipart/form-data; boundary=x', body: '--x--' });
    expect(multipart.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(multipart.message).toContain('multipart/form-data');
    expect(failure({ contentType: 'application/pdf', body: '%PDF-1.4' }).code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(failure({ contentType: 'text/plain', body: 'hello' }).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('reads XML: elements by name, repeated ones as a list, attributes as @name, every value as text', () => {
    const body =
      '<?xml version="1.0"?><Call id="7"><CallSid>CA1</CallSid><Duration>042</Duration><Note>a &amp; b &#x41;</Note><Legs><Leg><Status>busy</Status></Leg><Leg><Status>completed</Status></Leg></Legs><To kind="did">+918041234567</To></Call>';
    expect(decode({ contentType: 'application/xml; charset=utf-8', body })).toEqual({
      Call: {
        '@id': '7',
        CallSid: 'CA1',
        Duration: '042',
        Note: 'a & b A',
        Legs: { Leg: [{ Status: 'busy' }, { Status: 'completed' }] },
        To: { '@kind': 'did', '#text': '+918041234567' },
      },
    });
    expect(decode({ contentType: 'text/plain', body: '<event><id>9</id></event>' })).toEqual({ event: { id: '9' } });
  });

  it('refuses XML that is malformed, declares a DOCTYPE, or names a prototype key', () => {
    expect(failure({ contentType: 'text/xml', body: '<a><b>1</a>' }).details[0]).toMatchObject({ field: 'body', code: 'invalid_xml' });
    const entities = '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xxxxxxxxxx"><!ENTITY y "&x;&x;&x;&x;">]><a>&y;</a>';
    expect(failure({ contentType: 'application/xml', body: entities }).message).toContain('DOCTYPE');
    expect(failure({ contentType: 'application/xml', body: '<a><__proto__><x>1</x></__proto__></a>' }).code).toBe('PAYLOAD_UNREADABLE');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('reads form fields sent as text/plain', () => {
    expect(decode({ contentType: 'text/plain', body: 'CallSid=CA1&Status=completed' })).toEqual({ CallSid: 'CA1', Status: 'completed' });
  });

  it('refuses bodies over the limit, counting bytes not characters', () => {
    expect(failure({ contentType: 'application/json', body: `{"a":"${'x'.repeat(20)}"}`, maxBytes: 20 }).code).toBe('PAYLOAD_TOO_LARGE');
    expect(failure({ contentType: 'application/json', body: '{"a":"éééé"}', maxBytes: 15 }).code).toBe('PAYLOAD_TOO_LARGE');
    expect(decode({ contentType: 'application/json', body: '{"a":"éééé"}', maxBytes: 16 })).toEqual({ a: 'éééé' });
  });

  it('refuses forms beyond the qs limits instead of silently truncating them', () => {
    const many = Array.from({ length: 1001 }, (_, i) => `k${i}=1`).join('&');
    expect(failure({ contentType: 'application/x-www-form-urlencoded', body: many, maxBytes: 100_000 }).code).toBe('PAYLOAD_UNREADABLE');
    expect(failure({ query: 'a[101]=x' }).details[0]?.field).toBe('query');
  });

  describe('prototype pollution', () => {
    afterEach(() => {
      delete (Object.prototype as Record<string, unknown>).x;
      delete (Object.prototype as Record<string, unknown>).polluted;
    });

    it('ignores __proto__ and constructor in forms and query strings', () => {
      const result = decode({
        contentType: 'application/x-www-form-urlencoded',
        body: '__proto__[x]=1&constructor[prototype][polluted]=1&a[__proto__][x]=1&ok=1',
        query: '__proto__[polluted]=1',
      });
      expect(({} as Record<string, unknown>).x).toBeUndefined();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
      expect(result).toEqual({ ok: '1' });
    });

    it('drops __proto__ and constructor keys from JSON', () => {
      const result = decode({
        contentType: 'application/json',
        body: '{"__proto__":{"x":1},"a":{"constructor":{"prototype":{"polluted":1}},"b":2}}',
        query: 'q=1',
      });
      expect(({} as Record<string, unknown>).x).toBeUndefined();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.keys(result)).toEqual(['q', 'a']);
      expect(result).toEqual({ q: '1', a: { b: 2 } });
      expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    });
  });
});

describe('charsets', () => {
  it('reads a body in the charset its content type names, UTF-8 when it names none', () => {
    const latin1 = Buffer.from('{"CallerName":"Jos\u00e9"}', 'latin1');
    expect(decode({ body: latin1, contentType: 'application/json; charset=ISO-8859-1' }).CallerName).toBe('Jos\u00e9');
    expect(decode({ body: latin1, contentType: 'application/json; charset="latin1"' }).CallerName).toBe('Jos\u00e9');
    expect(decode({ body: Buffer.from('{"a":"\u00e9"}'), contentType: 'application/json; charset=utf-8' }).a).toBe('\u00e9');
    expect(decode({ body: Buffer.from('{"a":"\u00e9"}'), contentType: 'application/json' }).a).toBe('\u00e9');
  });

  it('refuses a charset no decoder knows with 415, naming it', () => {
    const err = failure({ body: Buffer.from('{}'), contentType: 'application/json; charset=klingon' });
    expect(err.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(err.status).toBe(415);
    expect(err.message).toContain('klingon');
  });
});

describe('payload shape caps', () => {
  const { maxEntries, maxDepth, maxStringLength } = PAYLOAD_SHAPE_LIMITS;
  const big = { maxBytes: 10_000_000 };
  const nested = (levels: number): unknown => {
    let value: unknown = 'x';
    for (let i = 0; i < levels; i++) value = { a: value };
    return value;
  };

  it('refuses more keys and list items than the cap, counted over the whole payload, with 413', () => {
    const half = Math.ceil(maxEntries / 2) + 1;
    const keys = Object.fromEntries(Array.from({ length: half }, (_, i) => [`k${i}`, i]));
    const body = JSON.stringify({ keys, list: Array.from({ length: half }, (_, i) => i) });
    const err = failure({ ...big, body, contentType: 'application/json' });
    expect(err.code).toBe('PAYLOAD_TOO_COMPLEX');
    expect(err.status).toBe(413);
    expect(err.details[0]?.code).toBe('too_many_entries');
    expect(() => decode({ ...big, body: JSON.stringify({ keys }), contentType: 'application/json' })).not.toThrow();
  });

  it('refuses nesting deeper than the cap', () => {
    const err = failure({ ...big, body: JSON.stringify(nested(maxDepth + 1)), contentType: 'application/json' });
    expect(err.code).toBe('PAYLOAD_TOO_COMPLEX');
    expect(err.details[0]?.code).toBe('too_deep');
    expect(() => decode({ ...big, body: JSON.stringify(nested(maxDepth - 1)), contentType: 'application/json' })).not.toThrow();
  });

  it('refuses a value or a key longer than the cap, in JSON and in forms', () => {
    const long = 'a'.repeat(maxStringLength + 1);
    expect(failure({ ...big, body: JSON.stringify({ note: long }), contentType: 'application/json' }).details[0]?.code).toBe(
      'string_too_long',
    );
    expect(failure({ ...big, body: JSON.stringify({ [long]: 1 }), contentType: 'application/json' }).details[0]?.code).toBe(
      'string_too_long',
    );
    expect(failure({ ...big, body: `note=${long}`, contentType: 'application/x-www-form-urlencoded' }).code).toBe('PAYLOAD_TOO_COMPLEX');
    expect(decode({ ...big, body: JSON.stringify({ note: long.slice(1) }), contentType: 'application/json' }).note).toHaveLength(
      maxStringLength,
    );
  });
});

describe('readPayload', () => {
  const multipart = (parts: [string, string][], boundary = 'pc-boundary') => ({
    contentType: `multipart/form-data; boundary=${boundary}`,
    body: `${parts.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join('')}--${boundary}--\r\n`,
    query: '',
    maxBytes: 10_000,
  });

  it('reads multipart form fields as a form body: keys exactly as sent, bracket keys also expanded', async () => {
    const payload = await readPayload(
      multipart([
        ['CallSid', 'CA1'],
        ['Legs[0][Status]', 'completed'],
        ['From', '+91 98450 12345'],
      ]),
    );
    expect(payload).toEqual({ CallSid: 'CA1', 'Legs[0][Status]': 'completed', Legs: [{ Status: 'completed' }], From: '+91 98450 12345' });
  });

  it('refuses a multipart body it cannot read, and decodes other types as decodePayload does', async () => {
    await expect(
      readPayload({ contentType: 'multipart/form-data; boundary=x', body: 'not multipart', query: '', maxBytes: 10_000 }),
    ).rejects.toMatchObject({ code: 'PAYLOAD_UNREADABLE' });
    expect(await readPayload({ contentType: 'application/json', body: '{"a":1}', query: 'b=2', maxBytes: 10_000 })).toEqual({
      b: '2',
      a: 1,
    });
  });
});
