/**
 * Phone numbers as the simulated providers read them. Requests carry the same number as E.164
 * (`+919611795983`, also `%2B`-encoded or with the plus form-decoded to a space), dashed
 * (`+91-9611795983`), with a trunk zero or as ten national digits; all of them are one number.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Rng } from './provider-types';

const COUNTRY: CountryCode = 'IN';
/** Digits, one leading plus and the separators people type; anything else is not a number. */
const ALLOWED = /^\+?[\d\s\-.()/]+$/;

function validE164(text: string): string | null {
  const parsed = parsePhoneNumberFromString(text, COUNTRY);
  return parsed?.isValid() ? parsed.number : null;
}

/** The number in E.164, or null when it is not a valid phone number. */
export function toE164(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  // A literal "%2B" (double encoding) and a "+" that form decoding turned into a space.
  let text = raw.replace(/^\s*%2b/i, '+');
  if (/^ +\d/.test(text)) text = `+${text.trimStart()}`;
  text = text.trim();
  if (!ALLOWED.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  if (digits.length < 6 || digits.length > 15) return null;
  if (text.startsWith('+')) return validE164(`+${digits}`);
  return validE164(digits) ?? validE164(`+${digits}`);
}

/** Ten national digits for Indian numbers ("9611795983"); other numbers as digits with country code. */
export function national(e164: string): string {
  return e164.startsWith('+91') ? e164.slice(3) : e164.replace(/^\+/, '');
}

/** Country code and number without the plus ("919611795983"). */
export function withCountryCode(e164: string): string {
  return e164.replace(/^\+/, '');
}

export function sameNumber(a: string, b: string): boolean {
  const x = toE164(a);
  return x !== null && x === toE164(b);
}

/** A random valid Indian mobile number in E.164. */
export function randomIndianMobile(rng: Rng): string {
  for (;;) {
    const candidate = `+91${rng.pick(['6', '7', '8', '9'])}${rng.digits(9)}`;
    if (validE164(candidate) === candidate) return candidate;
  }
}
