/**
 * Telephony helpers available inside every mapping as $e164, $localTime, ... They are handed to JSONata
 * as bindings, bound to the connector's country and time zone. Bad input yields undefined so validation
 * reports the field as missing or invalid, with the field's name, instead of failing the whole mapping;
 * $parseJson is the exception because a half-read JSON string hides every field inside it.
 */
import { type CallContext } from '../call/canonical';
import { fromEpoch, parseDateTime, parseFormatted } from '../call/datetime';
import { normalizePhone, toCountryCode } from '../call/phone';
import { AppError } from '../errors';

export { MAPPING_FUNCTION_DOCS, type MappingFunctionDoc } from './function-docs';

export const DEFAULT_LOCAL_FORMAT = 'yyyy-MM-dd HH:mm:ss';

type MappingFunction = (...args: unknown[]) => unknown;
export type MappingFunctions = Readonly<Record<string, MappingFunction>>;

const isText = (value: unknown): value is string | number =>
  (typeof value === 'string' && value.trim() !== '') || (typeof value === 'number' && Number.isFinite(value));

const DURATION = /^(\d+)(?::([0-5]?\d))?(?::([0-5]?\d))?(\.\d+)?$/;

/** Seconds from "HH:MM:SS", "MM:SS", "65" or 65; fractions round to the nearest second. */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.round(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const match = DURATION.exec(value.trim());
  if (!match) return undefined;
  const [, first = '0', second, third, fraction = ''] = match;
  const parts = [first, second, third].filter((part): part is string => part !== undefined).map(Number);
  const seconds = parts.reduce((total, part) => total * 60 + part, 0);
  return Math.round(seconds + Number(`0${fraction}`));
}

function parseJsonText(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return value; // already structured: nothing to parse
  try {
    return JSON.parse(value);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new AppError('MAPPING_EVALUATION', `$parseJson could not read its argument as JSON: ${reason}`, [
      { code: 'PARSE_JSON', message: reason },
    ]);
  }
}

export function makeMappingFunctions(ctx: CallContext): MappingFunctions {
  const e164 = (number: unknown, country?: unknown): string | undefined => {
    if (!isText(number)) return undefined;
    const region = (typeof country === 'string' ? toCountryCode(country) : null) ?? ctx.defaultCountry;
    return normalizePhone(String(number), region) ?? undefined;
  };
  const localTime = (text: unknown, format?: unknown, zone?: unknown): string | undefined => {
    if (!isText(text)) return undefined;
    const timeZone = typeof zone === 'string' && zone !== '' ? zone : ctx.timeZone;
    if (typeof format === 'string' && format !== '') return parseFormatted(String(text), format, timeZone)?.toISOString();
    // Without an explicit format, other readable forms (ISO with offset, RFC 2822, epoch) still work.
    const local = typeof text === 'string' ? parseFormatted(text, DEFAULT_LOCAL_FORMAT, timeZone) : null;
    return (local ?? parseDateTime(text, timeZone))?.toISOString();
  };
  const epochToIso = (value: unknown): string | undefined => {
    if (!isText(value)) return undefined;
    const number = Number(value);
    return Number.isNaN(number) ? undefined : fromEpoch(number)?.toISOString();
  };
  const isoToEpoch = (value: unknown): number | undefined => {
    if (typeof value !== 'string' || value.trim() === '') return undefined;
    const date = parseDateTime(value, ctx.timeZone);
    return date ? Math.floor(date.getTime() / 1000) : undefined;
  };
  return Object.freeze({
    e164,
    localTime,
    epochToIso,
    isoToEpoch,
    duration: parseDuration,
    parseJson: parseJsonText,
  });
}
