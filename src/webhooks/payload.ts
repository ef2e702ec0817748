/**
 * Decoding what providers send into one plain object for the mapping. Providers are inconsistent: the
 * seed's own Call Log API wants raw JSON under `application/x-www-form-urlencoded`, others send form
 * fields (urlencoded or multipart), a few XML, some only a query string on a GET. Whatever arrives,
 * the mapping sees an object.
 *
 * Shape rules (documented in src/mapping/README.md):
 * - a JSON object is returned as is; a JSON array becomes `{ items: [...] }`; other JSON values are
 *   rejected (nothing in a bare number or string can be mapped to a call);
 * - form and query fields keep every key exactly as sent: `Legs[0][Status]=x` is the key
 *   "Legs[0][Status]" (read it in JSONata as `` `Legs[0][Status]` ``). Bracketed keys are also
 *   expanded (`Legs: [{ Status: "x" }]`) under their base name, unless the provider sent that name
 *   itself; a repeated key gives a list of its values;
 * - query-string fields sit under the body: a body field wins over a query field of the same name.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { TextDecoder } from 'node:util';
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

/** A form key with a dangerous name anywhere in its brackets is dropped, as qs drops its expansion. */
const DANGEROUS_SEGMENT = /(^|\[)(__proto__|constructor|prototype)(\]|\[|$)/;

const isJsonType = (type: string): boolean => type === 'application/json' || type === 'text/json' || type.endsWith('+json');
const isXmlType = (type: string): boolean => type === 'application/xml' || type === 'text/xml' || type.endsWith('+xml');
const looksLikeXml = (text: string): boolean => text.startsWith('<');

/**
 * XML as an object: elements by name (repeated ones as a list), attributes as `@name`, an element's
 * text beside attributes as `#text`; every value stays text. Entities are the predefined ones, HTML's
 * named ones and character references: a DOCTYPE (where other entities are declared) is refused.
 */
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: 20,
});

function parseXml(text: string): Record<string, unknown> {
  const unreadable = (reason: string) =>
    new AppError('PAYLOAD_UNREADABLE', `The body is not XML we read: ${reason}`, [{ field: 'body', code: 'invalid_xml', message: reason }]);
  if (/<!DOCTYPE/i.test(text)) throw unreadable('a DOCTYPE is not accepted');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw unreadable(`${valid.err.msg} (line ${valid.err.line})`);
  try {
    return xml.parse(text) as Record<string, unknown>;
  } catch (err) {
    throw unreadable(err instanceof Error ? err.message : String(err));
  }
}
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

function decodeComponent(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    // A stray "%" is kept as sent rather than failing the whole delivery.
    return spaced;
  }
}

/** Every field under its key exactly as sent; a repeated key collects its values in order. */
function exactFields(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const part of text.split('&')) {
    if (part === '') continue;
    const at = part.indexOf('=');
    const key = decodeComponent(at < 0 ? part : part.slice(0, at));
    if (key === '' || DANGEROUS_SEGMENT.test(key)) continue;
    const value = at < 0 ? '' : decodeComponent(part.slice(at + 1));
    const known = Object.prototype.hasOwnProperty.call(out, key) ? out[key] : undefined;
    out[key] = known === undefined ? value : [...(Array.isArray(known) ? (known as unknown[]) : [known]), value];
  }
  return out;
}

function parseForm(text: string, field: 'body' | 'query'): Record<string, unknown> {
  try {
    const expanded: Record<string, unknown> = qs.parse(text, FORM_OPTIONS);
    const exact = exactFields(text);
    // The exact keys win: a base name the provider sent itself is never replaced by an expansion.
    return { ...expanded, ...exact };
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
  return new AppError('UNSUPPORTED_MEDIA_TYPE', `Content type "${type}" is not accepted here${why}; send JSON, XML or form fields.`, [
    { field: 'content-type', code: 'unsupported', message: type },
  ]);
}

/** Charsets read as UTF-8: UTF-8 itself and its ASCII subset. */
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);

/**
 * The body's text in the charset its content type names (UTF-8 when it names none): a provider
 * posting ISO-8859-1 gets its accents read, and a charset no decoder knows is a 415 naming it.
 */
function textOf(body: Buffer, contentType: string | undefined): string {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (!charset || UTF8_LABELS.has(charset)) return body.toString('utf8');
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `The charset "${charset}" is not one we can read; send UTF-8.`, [
      { field: 'content-type', code: 'unsupported_charset', message: charset },
    ]);
  }
  return decoder.decode(body);
}

/** `name=value` pairs joined by `&`, as a form body is. */
const FORM_LIKE = /^[^=&\s]+=[^&\s]*(&[^=&\s]+=[^&\s]*)*$/;

function decodeBody(text: string, type: string | undefined): unknown {
  if (type === undefined) return looksLikeJson(text) ? parseJson(text) : looksLikeXml(text) ? parseXml(text) : parseForm(text, 'body');
  if (isJsonType(type)) return parseJson(text);
  // The seed's quirk: raw JSON declared as a form. Not URL-decoded first, so a literal %2b survives
  // into the value and phone normalisation reads it as "+".
  if (type === 'application/x-www-form-urlencoded') return looksLikeJson(text) ? parseJson(text) : parseForm(text, 'body');
  if (isXmlType(type)) return parseXml(text);
  if (type === 'text/plain') {
    if (looksLikeJson(text)) return parseJson(text);
    if (looksLikeXml(text)) return parseXml(text);
    if (FORM_LIKE.test(text)) return parseForm(text, 'body');
    throw unsupported(type, ' unless the body is JSON, XML or form fields');
  }
  throw unsupported(type);
}

/**
 * The shape a decoded payload may have before any mapping reads it. A body within the byte limit can
 * still hold tens of thousands of keys, nesting a mapping recurses through, or one huge string;
 * real providers' events are far below each cap.
 */
export const PAYLOAD_SHAPE_LIMITS = Object.freeze({
  /** Object keys and array items, counted over the whole payload. */
  maxEntries: 5_000,
  /** Objects and arrays inside one another. */
  maxDepth: 32,
  /** Characters in one string (keys included). */
  maxStringLength: 64 * 1024,
});

function tooComplex(code: string, message: string): AppError {
  return new AppError('PAYLOAD_TOO_COMPLEX', `${message}.`, [{ field: 'body', code, message }]);
}

/** Walks the payload without recursion and refuses it at the first cap it passes. */
export function checkPayloadShape(payload: unknown, limits = PAYLOAD_SHAPE_LIMITS): void {
  const { maxEntries, maxDepth, maxStringLength } = limits;
  const longString = (v: string) =>
    tooComplex('string_too_long', `A value or key is ${v.length} characters long; the limit is ${maxStringLength}`);
  let entries = 0;
  const pending: { value: unknown; depth: number }[] = [{ value: payload, depth: 0 }];
  while (pending.length > 0) {
    const { value, depth } = pending.pop()!;
    if (typeof value === 'string') {
      if (value.length > maxStringLength) throw longString(value);
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= maxDepth) throw tooComplex('too_deep', `The payload nests deeper than ${maxDepth} levels`);
    const children = Array.isArray(value) ? (value as unknown[]) : Object.entries(value as Record<string, unknown>);
    entries += children.length;
    if (entries > maxEntries) throw tooComplex('too_many_entries', `The payload has more than ${maxEntries} keys and list items`);
    for (const child of children) {
      if (Array.isArray(value)) pending.push({ value: child, depth: depth + 1 });
      else {
        const [key, inner] = child as [string, unknown];
        if (key.length > maxStringLength) throw longString(key);
        pending.push({ value: inner, depth: depth + 1 });
      }
    }
  }
}

export function decodePayload(raw: RawPayload): Record<string, unknown> {
  const payload = decodeUnchecked(raw);
  checkPayloadShape(payload);
  return payload;
}

function decodeUnchecked({ body, contentType, query, maxBytes }: RawPayload): Record<string, unknown> {
  const size = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
  if (size > maxBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', `The body is ${size} bytes; the limit is ${maxBytes}.`, [
      { field: 'body', code: 'too_large', message: `${size} > ${maxBytes} bytes` },
    ]);
  }
  const text = (typeof body === 'string' ? body : textOf(body, contentType)).replace(/^\uFEFF/, '').trim();
  const rawQuery = query.replace(/^\?/, '');
  const fromQuery = rawQuery === '' ? {} : parseForm(rawQuery, 'query');
  const type = contentType?.split(';')[0]?.trim().toLowerCase() || undefined;
  // A GET (or an empty POST) carries everything in the query string, whatever it claims to send.
  if (text === '') return { ...fromQuery };
  // Spread copies own keys as data properties, so even a stray "__proto__" key could not reach a prototype.
  return { ...fromQuery, ...asObject(decodeBody(text, type)) };
}

/**
 * decodePayload for every content type the webhooks take, multipart/form-data included: its parts
 * are read as a form's fields (a file part by its file name), then decoded as a form body is.
 */
export async function readPayload(raw: RawPayload): Promise<Record<string, unknown>> {
  const type = raw.contentType?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'multipart/form-data') return decodePayload(raw);
  const bytes = typeof raw.body === 'string' ? Buffer.from(raw.body) : raw.body;
  if (bytes.length > raw.maxBytes) return decodePayload(raw); // refused there, with the sizes
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { 'content-type': raw.contentType ?? '' } }).formData();
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new AppError('PAYLOAD_UNREADABLE', `The multipart body could not be read: ${reason}`, [
      { field: 'body', code: 'invalid_multipart', message: reason },
    ]);
  }
  const fields = new URLSearchParams();
  for (const [key, value] of form.entries()) fields.append(key, typeof value === 'string' ? value : value.name);
  return decodePayload({ ...raw, body: fields.toString(), contentType: 'application/x-www-form-urlencoded' });
}
