/**
 * Phone numbers as providers send them ("%2b91 96117-95983", "09611795983", "1001") turned into the
 * one form leads are stored and searched by: E.164 when the number is real, bare digits otherwise.
 */
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';

// The max metadata validates number ranges, not just lengths; with the min set "14155552671" would pass
// as an Indian number and never get the chance to be read as the US number it is.

/** Anything besides digits, a leading plus and common separators means this is not a dialable number. */
const ALLOWED = /^[\s(]*\+?[\d\s\-.()/]+$/;
/** "+91 ...", and "(+91) ..." as people write it. */
const LEADING_PLUS = /^[\s(]*\+/;
/** Short agent extensions ("1001") are kept; E.164 allows at most 15 digits. */
const MIN_DIGITS = 3;
const MAX_DIGITS = 15;

interface CleanPhone {
  plus: boolean;
  digits: string;
}

function clean(raw: string): CleanPhone | null {
  // Providers URL-encode the plus and some send that literally; a form-decoded "+" arrives as a space.
  const text = raw.trim().replace(/^%2b/i, '+').trim();
  if (!ALLOWED.test(text)) return null;
  return { plus: LEADING_PLUS.test(text), digits: text.replace(/\D/g, '') };
}

function parseValid(text: string, country?: CountryCode): PhoneNumber | null {
  const parsed = parsePhoneNumberFromString(text, country);
  return parsed?.isValid() ? parsed : null;
}

function parseClean({ plus, digits }: CleanPhone, defaultCountry: CountryCode): PhoneNumber | null {
  if (digits === '') return null;
  if (plus) return parseValid(`+${digits}`);
  if (digits.startsWith('00')) return parseValid(`+${digits.slice(2)}`) ?? parseValid(digits, defaultCountry);
  return parseValid(digits, defaultCountry) ?? parseValid(`+${digits}`);
}

/**
 * E.164 (`+919611795983`) when the number is valid for the default country or as an international
 * number; otherwise 3–15 digits unchanged (a leading + kept) so extensions still match; else null.
 */
export function normalizePhone(raw: string, defaultCountry: CountryCode): string | null {
  // The same numbers (agents, DIDs, repeat callers) come back all day; parsing with the full metadata
  // is the costliest step of a webhook, so answers are remembered (bounded).
  const key = `${defaultCountry}|${raw}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const result = normalizeUncached(raw, defaultCountry);
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  memo.set(key, result);
  return result;
}

const MEMO_SIZE = 10_000;
const memo = new Map<string, string | null>();

function normalizeUncached(raw: string, defaultCountry: CountryCode): string | null {
  const cleaned = clean(raw);
  if (!cleaned) return null;
  const parsed = parseClean(cleaned, defaultCountry);
  if (parsed) return parsed.number;
  const { plus, digits } = cleaned;
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return null;
  return plus ? `+${digits}` : digits;
}

/** The distinct forms a lead may be found by: the E.164 form first, then the national number. */
export function phoneLookupKeys(raw: string, defaultCountry: CountryCode): string[] {
  const cleaned = clean(raw);
  if (!cleaned) return [];
  const parsed = parseClean(cleaned, defaultCountry);
  if (parsed) return [...new Set([parsed.number, String(parsed.nationalNumber)])];
  const fallback = normalizePhone(raw, defaultCountry);
  return fallback ? [fallback] : [];
}

/** A two-letter region code libphonenumber knows ("in" → "IN"), or null. */
export function toCountryCode(value: string): CountryCode | null {
  const code = value.trim().toUpperCase();
  return isSupportedCountry(code) ? code : null;
}
