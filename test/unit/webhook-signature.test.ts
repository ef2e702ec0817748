import crypto from 'node:crypto';
import { AppError } from '../../src/errors';
import { signatureSchemeSchema, verifySignature, type SignedRequest } from '../../src/webhooks/signature';

const SECRET = 'provider-signing-secret';

function request(
  body: string,
  headers: Record<string, string>,
  url = 'https://patchcord.example/webhooks/c/s/call-log',
  params: Record<string, unknown> = {},
): SignedRequest {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { url, body: Buffer.from(body), params, header: (name) => lower[name.toLowerCase()] };
}

function reason(run: () => void): string {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('WEBHOOK_AUTH_FAILED');
    return (err as AppError).details[0]?.message ?? '';
  }
  throw new Error('expected the signature to be refused');
}

describe('verifySignature', () => {
  const body = '{"CallSessionId":"c-1","Status":"Answered"}';
  const hex = crypto.createHmac('sha256', SECRET).update(body).digest('hex');
  const scheme = signatureSchemeSchema.parse({ algorithm: 'sha256', header: 'X-Signature', prefix: 'sha256=' });

  it('accepts an HMAC of the raw body and refuses a changed body, a missing header and a wrong prefix', () => {
    expect(() => verifySignature(scheme, SECRET, request(body, { 'X-Signature': `sha256=${hex}` }))).not.toThrow();
    expect(reason(() => verifySignature(scheme, SECRET, request(`${body} `, { 'X-Signature': `sha256=${hex}` })))).toBe(
      'the signature does not match',
    );
    expect(reason(() => verifySignature(scheme, SECRET, request(body, {})))).toBe('the X-Signature header is missing');
    expect(reason(() => verifySignature(scheme, SECRET, request(body, { 'X-Signature': hex })))).toContain('does not start with');
    expect(reason(() => verifySignature(scheme, 'another-secret', request(body, { 'X-Signature': `sha256=${hex}` })))).toBe(
      'the signature does not match',
    );
  });

  it('never names the secret or the expected digest in the refusal', () => {
    const err = (() => {
      try {
        verifySignature(scheme, SECRET, request(body, { 'X-Signature': 'sha256=00' }));
      } catch (e) {
        return e as AppError;
      }
      throw new Error('not refused');
    })();
    expect(JSON.stringify({ message: err.message, details: err.details })).not.toMatch(new RegExp(`${SECRET}|${hex}`));
  });

  it('signs the URL and the form parameters sorted by name, in base64 SHA-1', () => {
    const sha1 = signatureSchemeSchema.parse({
      algorithm: 'sha1',
      content: 'url-and-params',
      header: 'X-Provider-Signature',
      encoding: 'base64',
    });
    const url = 'https://patchcord.example/webhooks/c/s/call-log?x=1';
    const params = { To: '+18005551212', CallSid: 'CA1', From: '+12349013030', Digits: ['1', '2'] };
    const text = `${url}CallSidCA1Digits1Digits2From+12349013030To+18005551212`;
    const signature = crypto.createHmac('sha1', SECRET).update(text).digest('base64');
    expect(() => verifySignature(sha1, SECRET, request('ignored', { 'X-Provider-Signature': signature }, url, params))).not.toThrow();
    expect(
      reason(() => verifySignature(sha1, SECRET, request('', { 'X-Provider-Signature': signature }, url, { ...params, To: '+1' }))),
    ).toBe('the signature does not match');
  });

  it('with a timestamp header, signs "<timestamp>.<body>" and refuses a timestamp outside the window', () => {
    const stamped = signatureSchemeSchema.parse({
      algorithm: 'sha256',
      header: 'X-Signature',
      timestampHeader: 'X-Timestamp',
      toleranceSeconds: 300,
    });
    const now = Date.parse('2026-12-01T10:00:00Z');
    const sign = (ts: string) => crypto.createHmac('sha256', SECRET).update(`${ts}.${body}`).digest('hex');
    const seconds = String(now / 1000 - 60);
    expect(() =>
      verifySignature(stamped, SECRET, request(body, { 'X-Signature': sign(seconds), 'X-Timestamp': seconds }), now),
    ).not.toThrow();
    const millis = String(now + 120_000);
    expect(() =>
      verifySignature(stamped, SECRET, request(body, { 'X-Signature': sign(millis), 'X-Timestamp': millis }), now),
    ).not.toThrow();
    const old = String(now / 1000 - 301);
    expect(reason(() => verifySignature(stamped, SECRET, request(body, { 'X-Signature': sign(old), 'X-Timestamp': old }), now))).toContain(
      'more than 300 s',
    );
    // A replayed signature with a fresh timestamp does not match: the timestamp is signed too.
    expect(reason(() => verifySignature(stamped, SECRET, request(body, { 'X-Signature': sign(old), 'X-Timestamp': seconds }), now))).toBe(
      'the signature does not match',
    );
    expect(reason(() => verifySignature(stamped, SECRET, request(body, { 'X-Signature': sign(seconds) }), now))).toBe(
      'the X-Timestamp header is missing',
    );
  });

  it('refuses schemes with header names that are not header names', () => {
    expect(signatureSchemeSchema.safeParse({ algorithm: 'sha256', header: 'X Sig\n' }).success).toBe(false);
    expect(signatureSchemeSchema.safeParse({ algorithm: 'md5', header: 'X-Sig' }).success).toBe(false);
  });
});
