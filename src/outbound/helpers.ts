/**
 * The fixed helper set for request templates. Helpers return plain values; the caller's context
 * escaper (see template.ts) escapes whatever they return, so no helper can emit raw structure.
 */
import { DateTime } from 'luxon';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/** A `json` helper result: one complete JSON value that a JSON-body escaper may emit as is. */
export interface RawJson {
  readonly json: string;
  readonly __rawJson: true;
}
export const isRawJson = (v: unknown): v is RawJson => typeof v === 'object' && v !== null && (v as RawJson).__rawJson === true;

/** A value as text: objects as JSON (never "[object Object]"), null and undefined as empty. */
export function asText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (isRawJson(v)) return v.json;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return v.toString();
  return JSON.stringify(v) ?? '';
}

// The last argument Handlebars passes is its options object; helpers take only the ones before it.
type Opts = { hash?: Record<string, unknown> };
const args = (raw: unknown[]): unknown[] => raw.slice(0, -1);

function json(...raw: unknown[]): RawJson {
  const [value] = args(raw);
  return { json: JSON.stringify(value ?? null), __rawJson: true };
}

function urlEncode(...raw: unknown[]): string {
  return encodeURIComponent(asText(args(raw)[0]));
}

/** `{{date when "yyyy-MM-dd HH:mm:ss" "Asia/Kolkata"}}`; no format gives ISO, no zone gives UTC. */
function date(...raw: unknown[]): string {
  const [when, format, zone] = args(raw) as [unknown, unknown, unknown];
  const opts = raw[raw.length - 1] as Opts;
  const z = asText(zone ?? opts.hash?.zone) || 'UTC';
  const d =
    when instanceof Date
      ? DateTime.fromJSDate(when)
      : typeof when === 'number'
        ? DateTime.fromMillis(when)
        : DateTime.fromISO(asText(when));
  if (!d.isValid) return '';
  const zoned = d.setZone(z);
  return typeof format === 'string' ? zoned.toFormat(format) : (zoned.toISO() ?? '');
}

export interface PhoneFormats {
  e164: string;
  national: string;
  dashed: string;
  digits: string;
}

/**
 * A number in every form providers ask for: E.164 (+919611795983), national (9611795983: no country
 * code, no trunk 0), dashed (+91-9611795983) and digits (919611795983, 8x8's digits-only caller id).
 * `country` reads numbers written without one. A number that does not parse is passed through in
 * every form, so nothing is lost.
 */
export function phoneFormats(value: unknown, country?: string): PhoneFormats {
  const s = asText(value).trim();
  const p = s.startsWith('+')
    ? parsePhoneNumberFromString(s)
    : ((country ? parsePhoneNumberFromString(s, country as CountryCode) : undefined) ??
      parsePhoneNumberFromString(`+${s.replace(/^00/, '')}`));
  if (!p) return { e164: s, national: s, dashed: s, digits: s };
  const national = String(p.nationalNumber);
  return { e164: p.number, national, dashed: `+${p.countryCallingCode}-${national}`, digits: `${p.countryCallingCode}${national}` };
}

/** `{{phone n "e164"}}`, `"national"`, `"dashed"` or `"digits"` (see phoneFormats); an optional third argument is the country. */
function phone(...raw: unknown[]): string {
  const [value, format, country] = args(raw);
  const f = phoneFormats(value, typeof country === 'string' ? country : undefined);
  return format === 'national' ? f.national : format === 'dashed' ? f.dashed : format === 'digits' ? f.digits : f.e164;
}

export const HELPERS = { json, urlEncode, date, phone } as const;
