/**
 * Signed webhooks: a provider that signs its deliveries sends an HMAC of the request in a header, and
 * a connector that knows the provider's signing secret checks it before anything is read. The
 * scheme is data, like an outbound auth scheme: the hash, what is signed, the header, how the digest
 * is written, and an optional timestamp header that bounds replays.
 *
 * What is signed:
 * - `body`: the raw body, byte for byte;
 * - `url-and-params`: the full URL as the provider called it, then every form parameter sorted by
 *   name, each name followed by its value (the scheme of providers that sign form posts).
 * With a timestamp header, the signed text is `<timestamp><separator><content>`, and a timestamp more
 * than `toleranceSeconds` away from now is refused.
 */
import crypto from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../errors';

export const signatureSchemeSchema = z.strictObject({
  algorithm: z.enum(['sha256', 'sha1']),
  content: z.enum(['body', 'url-and-params']).default('body'),
  header: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9-]+$/, 'a header name'),
  encoding: z.enum(['hex', 'base64']).default('hex'),
  /** Text before the digest in the header, e.g. `sha256=`. */
  prefix: z.string().max(40).default(''),
  timestampHeader: z
    .string()
    .trim()
    .max(100)
    .regex(/^[A-Za-z0-9-]*$/, 'a header name')
    .default(''),
  timestampSeparator: z.string().max(5).default('.'),
  toleranceSeconds: z.number().int().min(1).max(86_400).default(300),
});

export type SignatureScheme = z.infer<typeof signatureSchemeSchema>;
/** A scheme as written, defaults not yet filled in (a preset's declaration). */
export type SignatureSchemeInput = z.input<typeof signatureSchemeSchema>;

export interface SignedRequest {
  /** The URL the provider called, scheme and host included. */
  url: string;
  body: Buffer;
  /** The decoded form parameters, for `url-and-params`. */
  params: Record<string, unknown>;
  header(name: string): string | undefined;
}

function refused(reason: string): AppError {
  return new AppError('WEBHOOK_AUTH_FAILED', `The webhook signature was refused: ${reason}.`, [
    { field: 'signature', code: 'signature', message: reason },
  ]);
}

/** `url-and-params`: the URL, then each parameter's name and value, sorted by name; lists give one pair per value. */
export function urlAndParams(url: string, params: Record<string, unknown>): string {
  const pairs = Object.keys(params)
    .sort()
    .flatMap((name) => {
      const value = params[name];
      const values = Array.isArray(value) ? (value as unknown[]) : [value];
      return values.map((v) => `${name}${typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v)}`);
    });
  return url + pairs.join('');
}

function timestampMs(text: string): number | null {
  if (!/^\d{9,13}$/.test(text)) return null;
  const n = Number(text);
  // Seconds have at most 10 digits until the year 2286; longer values are milliseconds.
  return text.length > 10 ? n : n * 1000;
}

/** Checks the request's signature; throws a 401 naming what was wrong (never the secret or the digest). */
export function verifySignature(scheme: SignatureScheme, secret: string, request: SignedRequest, now = Date.now()): void {
  const sent = request.header(scheme.header)?.trim();
  if (!sent) throw refused(`the ${scheme.header} header is missing`);
  if (!sent.startsWith(scheme.prefix)) throw refused(`the ${scheme.header} header does not start with "${scheme.prefix}"`);

  let signed = scheme.content === 'body' ? request.body : Buffer.from(urlAndParams(request.url, request.params));
  if (scheme.timestampHeader) {
    const stamp = request.header(scheme.timestampHeader)?.trim();
    if (!stamp) throw refused(`the ${scheme.timestampHeader} header is missing`);
    const at = timestampMs(stamp);
    if (at === null) throw refused(`the ${scheme.timestampHeader} header is not a Unix time`);
    if (Math.abs(now - at) > scheme.toleranceSeconds * 1000)
      throw refused(`the request was signed more than ${scheme.toleranceSeconds} s from now`);
    signed = Buffer.concat([Buffer.from(stamp + scheme.timestampSeparator), signed]);
  }

  const expected = crypto.createHmac(scheme.algorithm, secret).update(signed).digest();
  const given = Buffer.from(sent.slice(scheme.prefix.length), scheme.encoding);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) throw refused('the signature does not match');
}
