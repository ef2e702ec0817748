/**
 * Per-type checks behind validateCallEvent. Each turns one raw mapped value into its typed value and
 * its JSON form, or into problems whose messages an admin can act on.
 */
import type { CallContext, CanonicalField, FieldProblem } from './field-types';
import { parseDateTime } from './datetime';
import { normalizePhoneDetailed } from './phone';
import { PROTOTYPE_KEYS } from '../security/prototype-keys';

const MAX_TEXT = 10_000;
const MAX_URL = 2048;
const MAX_CUSTOM_KEYS = 100;
/** Any name a provider uses, as long as it can be a stored key: no dots, no leading $, no control characters. */
const CUSTOM_KEY = /^[^.$\p{Cc}][^.\p{Cc}]{0,63}$/u;
const DECIMAL = /^\d+(\.\d+)?$/;

/** `unverified`: a phone number kept although libphonenumber judges it invalid. */
export type Checked = { ok: true; value: unknown; json: unknown; unverified?: boolean } | { ok: false; problems: FieldProblem[] };

export const label = (field: CanonicalField): string => `${field.name} (${field.seedName})`;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** How a value is quoted in messages: short, and never "[object Object]". */
export function shown(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export function jsonFriendly(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  return typeof value === 'function' ? undefined : value;
}

const ok = (value: unknown, json: unknown = value): Checked => ({ ok: true, value, json });

function fail(field: string, code: FieldProblem['code'], message: string): Checked {
  return { ok: false, problems: [{ field, code, message }] };
}

function checkPhone(field: CanonicalField, raw: unknown, ctx: CallContext): Checked {
  if (typeof raw !== 'string' && typeof raw !== 'number') {
    return fail(field.name, 'wrong_type', `${label(field)} must be a phone number; got ${shown(raw)}`);
  }
  const phone = normalizePhoneDetailed(String(raw), ctx.defaultCountry);
  if (phone) return { ok: true, value: phone.number, json: phone.number, ...(phone.valid ? {} : { unverified: true }) };
  return fail(field.name, 'invalid', `${label(field)} is not a phone number; got ${shown(raw)}`);
}

function checkDateTime(field: CanonicalField, raw: unknown, ctx: CallContext): Checked {
  if (typeof raw !== 'string' && typeof raw !== 'number' && !(raw instanceof Date)) {
    return fail(field.name, 'wrong_type', `${label(field)} must be a date and time; got ${shown(raw)}`);
  }
  const date = parseDateTime(raw, ctx.timeZone);
  if (date) return ok(date, date.toISOString());
  const hint = 'use ISO 8601, "YYYY-MM-DD HH:mm:ss", an RFC 2822 date or epoch seconds';
  return fail(field.name, 'invalid', `${label(field)} is not a date and time we can read (${hint}); got ${shown(raw)}`);
}

// The integer fields are durations, hence "seconds" in the messages.
// Providers that measure in fractions of a second ("12.48") are rounded to the nearest whole second.
function checkInteger(field: CanonicalField, raw: unknown): Checked {
  const text = typeof raw === 'string' ? raw.trim() : undefined;
  if (text !== undefined && DECIMAL.test(text)) return checkInteger(field, Number(text));
  if (typeof raw === 'number') {
    const seconds = Math.round(raw);
    if (Number.isSafeInteger(seconds) && raw >= 0) return ok(seconds);
    return fail(field.name, 'invalid', `${label(field)} must be a number of seconds, zero or more; got ${shown(raw)}`);
  }
  const hint = text?.includes(':') ? ' (convert it in the mapping with $duration)' : '';
  return fail(field.name, 'wrong_type', `${label(field)} must be a whole number of seconds; got ${shown(raw)}${hint}`);
}

function checkEnum(field: CanonicalField, raw: unknown): Checked {
  const allowed = field.values ?? [];
  if (typeof raw !== 'string') {
    return fail(field.name, 'wrong_type', `${label(field)} must be one of ${allowed.join(', ')}; got ${shown(raw)}`);
  }
  const wanted = raw.trim().toLowerCase();
  const match = allowed.find((value) => value.toLowerCase() === wanted);
  if (match) return ok(match);
  return fail(field.name, 'not_allowed', `${label(field)} must be one of ${allowed.join(', ')}; got ${shown(raw)}`);
}

function checkText(field: CanonicalField, raw: unknown, max: number, path = field.name): Checked {
  // Providers send ids and zip codes as JSON numbers; they are still text to us.
  const numeric = field.type === 'string' && (typeof raw === 'number' || typeof raw === 'boolean');
  if (typeof raw !== 'string' && !numeric) return fail(path, 'wrong_type', `${label(field)} must be text; got ${shown(raw)}`);
  const text = String(raw);
  if (text.length > max) return fail(path, 'invalid', `${label(field)} is longer than ${max} characters.`);
  return ok(text);
}

function checkCustom(field: CanonicalField, raw: unknown): Checked {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail(field.name, 'wrong_type', `${label(field)} must be an object of names and values; got ${shown(raw)}`);
  }
  const entries = Object.entries(raw);
  if (entries.length > MAX_CUSTOM_KEYS) {
    return fail(field.name, 'invalid', `${label(field)} has ${entries.length} keys; at most ${MAX_CUSTOM_KEYS} are kept.`);
  }
  const problems: FieldProblem[] = [];
  const custom: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    const path = `custom.${key}`;
    if (!CUSTOM_KEY.test(key) || PROTOTYPE_KEYS.has(key)) {
      problems.push({
        field: path,
        code: 'invalid',
        message: `custom key "${key}" must be 1 to 64 characters, without dots or a leading $.`,
      });
      continue;
    }
    // A provider's nested value is kept as JSON text rather than refused: the call is not lost for it.
    const scalar: unknown = typeof value === 'object' && value !== null ? JSON.stringify(value) : value;
    if (scalar === null || typeof scalar === 'boolean' || (typeof scalar === 'number' && Number.isFinite(scalar))) {
      custom[key] = scalar;
    } else if (typeof scalar === 'string' && scalar.length <= MAX_TEXT) {
      custom[key] = scalar;
    } else {
      const message =
        typeof scalar === 'string'
          ? `custom.${key} is longer than ${MAX_TEXT} characters.`
          : `custom.${key} must be text, a number, true/false or null; got ${shown(value)}`;
      problems.push({ field: path, code: typeof scalar === 'string' ? 'invalid' : 'wrong_type', message });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : ok(custom);
}

export function checkField(field: CanonicalField, raw: unknown, ctx: CallContext): Checked {
  switch (field.type) {
    case 'phone':
      return checkPhone(field, raw, ctx);
    case 'datetime':
      return checkDateTime(field, raw, ctx);
    case 'integer':
      return checkInteger(field, raw);
    case 'enum':
      return checkEnum(field, raw);
    case 'string':
      return checkText(field, raw, MAX_TEXT);
    case 'url':
      return checkText(field, raw, MAX_URL);
    case 'object':
      return checkCustom(field, raw);
  }
}
