/**
 * Phone numbers as providers send them ("%2b91 96117-95983", "09611795983", "1001") turned into the
 * one form leads are stored and searched by: E.164 whenever a country code can be determined (also
 * for numbers libphonenumber judges invalid, such as reserved test ranges, whose validity is reported
 * separately), bare digits otherwise (short extensions).
 */
import examples from 'libphonenumber-js/examples.mobile.json';
import {
  getCountries,
  getExampleNumber,
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';

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

/** Per calling code, the usual lengths of its countries' numbers (their example mobile numbers'). */
let typicalLengths: Map<string, Set<number>> | null = null;

function isTypicalLength(callingCode: string, length: number): boolean {
  if (!typicalLengths) {
    typicalLengths = new Map();
    for (const country of getCountries()) {
      const example = getExampleNumber(country, examples);
      if (!example) continue;
      const lengths = typicalLengths.get(example.countryCallingCode) ?? new Set<number>();
      lengths.add(example.nationalNumber.length);
      typicalLengths.set(example.countryCallingCode, lengths);
    }
  }
  return typicalLengths.get(callingCode)?.has(length) ?? false;
}

/**
 * A reading libphonenumber judges invalid (an unassigned or reserved range) but shaped like the
 * numbers of its calling code: possible, and as long as they usually are. Anything less sure stays digits.
 */
function parsePossible(text: string, country?: CountryCode): PhoneNumber | null {
  const parsed = parsePhoneNumberFromString(text, country);
  if (!parsed?.isPossible()) return null;
  return isTypicalLength(parsed.countryCallingCode, parsed.nationalNumber.length) ? parsed : null;
}

/** The readings of a number in the order they are tried: international when it says so, else national first. */
function readings({ plus, digits }: CleanPhone, defaultCountry: CountryCode): [string, CountryCode?][] {
  if (digits === '') return [];
  if (plus) return [[`+${digits}`]];
  if (digits.startsWith('00')) return [[`+${digits.slice(2)}`], [digits, defaultCountry]];
  return [[digits, defaultCountry], [`+${digits}`]];
}

/** A valid reading if there is one, else a possible one (right length for its country), else null. */
function parseClean(cleaned: CleanPhone, defaultCountry: CountryCode): { parsed: PhoneNumber; valid: boolean } | null {
  const tries = readings(cleaned, defaultCountry);
  for (const [text, country] of tries) {
    const parsed = parseValid(text, country);
    if (parsed) return { parsed, valid: true };
  }
  for (const [text, country] of tries) {
    const parsed = parsePossible(text, country);
    if (parsed) return { parsed, valid: false };
  }
  return null;
}

export interface NormalizedPhone {
  /** E.164 when a country code could be determined, else 3–15 digits (a leading + kept). */
  number: string;
  /** Whether libphonenumber judges the number valid (a real, assigned range). */
  valid: boolean;
}

/**
 * E.164 (`+919611795983`) when the number is valid, or of a possible length, for the default country
 * or as an international number; otherwise 3–15 digits unchanged (a leading + kept) so extensions
 * still match; else null.
 */
export function normalizePhone(raw: string, defaultCountry: CountryCode): string | null {
  return normalizePhoneDetailed(raw, defaultCountry)?.number ?? null;
}

/** normalizePhone with the number's validity. */
export function normalizePhoneDetailed(raw: string, defaultCountry: CountryCode): NormalizedPhone | null {
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
const memo = new Map<string, NormalizedPhone | null>();

function normalizeUncached(raw: string, defaultCountry: CountryCode): NormalizedPhone | null {
  const cleaned = clean(raw);
  if (!cleaned) return null;
  const read = parseClean(cleaned, defaultCountry);
  if (read) return { number: read.parsed.number, valid: read.valid };
  const { plus, digits } = cleaned;
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return null;
  return { number: plus ? `+${digits}` : digits, valid: false };
}

/** The distinct forms a lead may be found by: the E.164 form first, then the national number. */
export function phoneLookupKeys(raw: string, defaultCountry: CountryCode): string[] {
  const cleaned = clean(raw);
  if (!cleaned) return [];
  const read = parseClean(cleaned, defaultCountry);
  // Numbers stored before invalid ranges were written in E.164 were kept as their bare digits.
  if (read) return [...new Set([read.parsed.number, String(read.parsed.nationalNumber), ...(read.valid ? [] : [cleaned.digits])])];
  const fallback = normalizePhone(raw, defaultCountry);
  return fallback ? [fallback] : [];
}

/** A two-letter region code libphonenumber knows ("in" → "IN"), or null. */
export function toCountryCode(value: string): CountryCode | null {
  const code = value.trim().toUpperCase();
  return isSupportedCountry(code) ? code : null;
}
