/**
 * Decoding what providers send into one plain object for the mapping. Providers are inconsistent: the
 * seed's own Call Log API wants raw JSON under `application/x-www-form-urlencoded`, others send form
 * fields, some only a query string on a GET. Whatever arrives, the mapping sees an object.
 *
 * Shape rules (documented in src/mapping/README.md):
 * - a JSON object is returned as is; a JSON array becomes `{ items: [...] }`; other JSON values are
 *   rejected (nothing in a bare number or string can be mapped to a call);
 * - query-string fields sit under the body: a body field wins over a query field of the same name.
 */
import qs from 'qs';
import { AppError, type ErrorDetail } from '../errors';

export interface RawPayload {
  body: Buffer | string;
  contentType: string | undefined;
  /** The raw query string, without or with its leading "?". */
  query: string;
  maxBytes: number;
}

const FORM_OPTIONS: qs.IParseOptions = {
  depth: 5,
  arrayLimit: 100,
  parameterLimit: 1000,
  // qs then drops keys that shadow Object.prototype (__proto__, constructor, hasOwnProperty, ...).
  allowPrototypes: false,
  plainObjects: false,
  ignoreQueryPrefix: true,
  // Silently dropping the 1001st field would lose data without a trace; refuse instead.
  throwOnLimitExceeded: true,
};

/** Keys that could reach an object's prototype if a consumer ever merges with Object.assign. */
const DANGEROUS_KEYS = new Set(['__proto__', 'constructor']);

const isJsonType = (type: string): boolean => type === 'application/json' || type === 'text/json' || type.endsWith('+json');
const looksLikeJson = (text: string): boolean => text.startsWith('{') || text.startsWith('[');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => (DANGEROUS_KEYS.has(key) ? undefined : value));
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const position = /position (\d+)/.exec(reason)?.[1];
    const detail: ErrorDetail = { field: 'body', code: 'invalid_json', message: reason };
    if (position !== undefined) detail.position = Number(position);
    throw new AppError('PAYLOAD_UNREADABLE', `The body is not valid JSON: ${reason}`, [detail]);
  }
}

function parseForm(text: string, field: 'body' | 'query'): Record<string, unknown> {
  try {
    return qs.parse(text, FORM_OPTIONS);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new AppError('PAYLOAD_UNREADABLE', `The ${field === 'body' ? 'form body' : 'query string'} could not be read: ${reason}`, [
      { field, code: 'form_limit', message: reason },
    ]);
  }
}

function asObject(value: unknown): Record<string, unknown> {
  if (Array.isArray(value)) return { items: value };
  if (typeof value === 'object' && value !== null) return value as Record<string, unknown>;
  throw new AppError('PAYLOAD_UNREADABLE', `The body must be a JSON object or array; got ${value === null ? 'null' : typeof value}.`, [
    { field: 'body', code: 'not_an_object', message: 'Expected a JSON object or array.' },
  ]);
}

function unsupported(type: string, why = ''): AppError {
  return new AppError('UNSUPPORTED_MEDIA_TYPE', `Content type "${type}" is not accepted here${why}; send JSON or form fields.`, [
    { field: 'content-type', code: 'unsupported', message: type },
  ]);
}

function decodeBody(text: string, type: string | undefined): unknown {
  if (type === undefined) return looksLikeJson(text) ? parseJson(text) : parseForm(text, 'body');
  if (isJsonType(type)) return parseJson(text);
  // The seed's quirk: raw JSON declared as a form. Not URL-decoded first, so a literal %2b survives
  // into the value and phone normalisation reads it as "+".
  if (type === 'application/x-www-form-urlencoded') return looksLikeJson(text) ? parseJson(text) : parseForm(text, 'body');
  if (type === 'text/plain') {
    if (looksLikeJson(text)) return parseJson(text);
    throw unsupported(type, ' unless the body is JSON');
  }
  throw unsupported(type);
}

export function decodePayload({ body, contentType, query, maxBytes }: RawPayload): Record<string, unknown> {
  const size = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
  if (size > maxBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', `The body is ${size} bytes; the limit is ${maxBytes}.`, [
      { field: 'body', code: 'too_large', message: `${size} > ${maxBytes} bytes` },
    ]);
  }
  const text = (typeof body === 'string' ? body : body.toString('utf8')).replace(/^\uFEFF/, '').trim();
  const fromQuery = query.replace(/^\?/, '') === '' ? {} : parseForm(query, 'query');
  const type = contentType?.split(';')[0]?.trim().toLowerCase() || undefined;
  // A GET (or an empty POST) carries everything in the query string, whatever it claims to send.
  if (text === '') return { ...fromQuery };
  // Spread copies own keys as data properties, so even a stray "__proto__" key could not reach a prototype.
  return { ...fromQuery, ...asObject(decodeBody(text, type)) };
}
