import { makeOutbound, OutboundError } from '../../src/outbound';
import type { RequestTemplate } from '../../src/outbound';

const outbound = makeOutbound();
const HOSTILE = ['a"b', 'x&y=z', 'line\nBreak', 'a]b|c[d', '{{x}}', '__proto__', '\\"}, "admin": true, "z": {"'];
const get = (url: string): RequestTemplate => ({ method: 'GET', url });
const post = (kind: 'json' | 'form' | 'text', template: string): RequestTemplate => ({
  method: 'POST',
  url: 'https://p.example/x',
  body: { kind, template },
});

describe('outbound templates: values cannot change structure', () => {
  test.each(HOSTILE)('URL query keeps its parameters for %j', (v) => {
    const { url } = outbound.render(get('https://p.example/call?phone={{v}}&agent=1'), { v });
    const params = new URL(url).searchParams;
    expect([...params.keys()]).toEqual(['phone', 'agent']);
    expect(params.get('phone')).toBe(v);
  });

  test.each(HOSTILE)('JSON body keeps its shape for %j, quoted or not', (v) => {
    const { body } = outbound.render(post('json', '{"quoted": "n={{v}}", "bare": {{v}}, "num": 1}'), { v });
    expect(JSON.parse(body ?? '')).toEqual({ quoted: `n=${v}`, bare: v, num: 1 });
  });

  test.each(HOSTILE)('form body keeps its fields for %j', (v) => {
    const { body } = outbound.render(post('form', 'a={{v}}&b=2'), { v });
    expect(Object.fromEntries(new URLSearchParams(body))).toEqual({ a: v, b: '2' });
  });

  test('8x8 user data: ] and | become look-alikes, tokens stay literal', () => {
    const { url } = outbound.render(get('https://p.example/make_call.php?ctl_userdata=[note|{{v}}][id|$interaction_guid$]'), {
      v: 'a]b|c[d',
    });
    expect(new URL(url).searchParams.get('ctl_userdata')).toBe('[note|a)b/c(d][id|$interaction_guid$]');
  });

  test('header values refuse CR/LF', () => {
    const t: RequestTemplate = { method: 'GET', url: 'https://p.example/', headers: [{ name: 'X-Agent', value: '{{v}}' }] };
    expect(() => outbound.render(t, { v: 'a\r\nX-Evil: 1' })).toThrow(/CR, LF/);
    expect(outbound.render(t, { v: 'ok' }).headers).toEqual({ 'X-Agent': 'ok' });
  });

  test('a merge value that looks like a template is data, not code', () => {
    expect(outbound.render(post('text', 'hi {{v}}'), { v: '{{secret}}', secret: 's' }).body).toBe('hi {{secret}}');
  });

  test('prototype and constructor lookups are refused as missing fields', () => {
    expect(() => outbound.render(post('text', '{{v.constructor}}'), { v: {} })).toThrow(/Missing merge field\(s\): v.constructor/);
    expect(() => outbound.render(post('text', '{{v.__proto__}}'), { v: {} })).toThrow(/Missing/);
    expect(() => outbound.render(post('text', '{{constructor.name}}'), {})).toThrow(/Missing/);
  });

  test.each([
    ['{{nope v}}', /Unknown helper: nope/],
    ['{{{v}}}', /Triple-stash/],
    ['{{#each v}}x{{/each}}', /Only {{#if}}/],
    ['{{> partial}}', /not allowed/],
    ['{{__esc_text v}}', /Unknown helper/],
    ['{{log v}}', /Unknown helper/],
    ['{{v', /Parse error|Expecting/],
  ])('refuses %s at compile', (template, message) => {
    expect(() => outbound.render(post('text', template), { v: 1 })).toThrow(message);
  });

  test('missing fields are errors, nulls render empty', () => {
    expect(() => outbound.render(get('https://p.example/?a={{a}}&b={{b}}'), {})).toThrow(/Missing merge field\(s\): a, b/);
    expect(outbound.render(get('https://p.example/?a={{a}}'), { a: null }).url).toBe('https://p.example/?a=');
  });

  test('a JSON body that does not render to JSON is a clear error', () => {
    const err = (() => {
      try {
        outbound.render(post('json', '{"a": {{v}}'), { v: 1 });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(OutboundError);
    expect((err as OutboundError).message).toMatch(/does not render to valid JSON/);
  });

  test('helpers: json, urlEncode, date, phone', () => {
    const values = { o: { k: [1, 'x"'] }, n: '+919611795983', local: '09611795983', d: '2024-01-01T00:00:00Z', s: 'a b&c' };
    const { body } = outbound.render(
      post(
        'json',
        '{"o": {{json o}}, "e": "{{phone n "e164"}}", "nat": "{{phone local "national" "IN"}}", "dash": "{{phone n "dashed"}}", "d": "{{date d "yyyy-MM-dd HH:mm" "Asia/Kolkata"}}", "u": "{{urlEncode s}}"}',
      ),
      values,
    );
    expect(JSON.parse(body ?? '')).toEqual({
      o: { k: [1, 'x"'] },
      e: '+919611795983',
      nat: '9611795983',
      dash: '+91-9611795983',
      d: '2024-01-01 05:30',
      u: 'a%20b%26c',
    });
  });

  test('secrets are redacted in the returned request, in every encoding', () => {
    const t: RequestTemplate = {
      method: 'POST',
      url: 'https://p.example/?key={{key}}',
      headers: [{ name: 'Authorization', value: 'Bearer {{key}}' }],
      body: { kind: 'json', template: '{"k": "{{key}}"}' },
    };
    const r = outbound.render(t, { key: 's3cr&t"' }, { secrets: ['s3cr&t"'] });
    expect(JSON.stringify(r)).not.toMatch(/s3cr/);
    expect(r.headers.Authorization).toBe('[redacted]');
  });
});
