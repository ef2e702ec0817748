/**
 * Reading the date-times providers send. One parser, shared by validation and the mapping helpers, so
 * the designer's preview and production agree on what "2015-08-20 18:26:38" means.
 */
import { DateTime } from 'luxon';

/** Epoch numbers below this are seconds (until the year 5138); above it, milliseconds. */
export const EPOCH_MS_THRESHOLD = 1e11;

const STARTS_AS_ISO_DATE = /^\d{4}-\d{2}-\d{2}/;
const EPOCH_TEXT = /^\d{9,13}(\.\d+)?$/;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
/** `yyyy-MM-dd HH:mm:ss` (or with a T), no offset: wall-clock time in the connector's zone. */
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

function fromWallClock(m: RegExpExecArray, zone: string): Date | null {
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number);
  const parsed = DateTime.fromObject({ year, month, day, hour, minute, second }, { zone });
  return parsed.isValid ? parsed.toJSDate() : null;
}

export function fromEpoch(value: number): Date | null {
  if (!Number.isFinite(value) || value < 0) return null;
  const date = new Date(value < EPOCH_MS_THRESHOLD ? value * 1000 : value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function firstValid(candidates: (() => DateTime)[]): Date | null {
  for (const candidate of candidates) {
    const parsed = candidate();
    if (parsed.isValid) return parsed.toJSDate();
  }
  return null;
}

/**
 * ISO 8601 with an offset is taken as is; ISO or SQL-style text without one ("2015-08-20 18:26:38",
 * also "2015/08/20 18:26:38") is wall-clock time in `zone`; RFC 2822 and HTTP dates carry their own zone; numbers are epoch
 * seconds below 1e11 and milliseconds above. Returns null when nothing fits.
 */
export function parseDateTime(value: string | number | Date, zone: string): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'number') return fromEpoch(value);
  // "2026/11/23 10:00:49": year first is unambiguous whatever separates the date's parts.
  const text = value.trim().replace(/^(\d{4})\/(\d{2})\/(\d{2})(?=$|[ T])/, '$1-$2-$3');
  if (EPOCH_TEXT.test(text)) return fromEpoch(Number(text));
  // Fast paths for the two shapes nearly every payload uses (mapping output, the seed's format).
  if (ISO_WITH_OFFSET.test(text)) {
    const date = new Date(text);
    if (!Number.isNaN(date.getTime())) return date;
  }
  const wall = WALL_CLOCK.exec(text);
  if (wall) return fromWallClock(wall, zone);
  if (STARTS_AS_ISO_DATE.test(text)) {
    return firstValid([() => DateTime.fromISO(text.replace(' ', 'T'), { zone }), () => DateTime.fromSQL(text, { zone })]);
  }
  return firstValid([() => DateTime.fromRFC2822(text), () => DateTime.fromHTTP(text)]);
}

/** Wall-clock text in an explicit luxon format, e.g. `dd/MM/yyyy HH:mm`, read in `zone`. */
export function parseFormatted(text: string, format: string, zone: string): Date | null {
  if (format === 'yyyy-MM-dd HH:mm:ss') {
    const wall = WALL_CLOCK.exec(text.trim());
    return wall && wall[0].charAt(10) === ' ' ? fromWallClock(wall, zone) : null;
  }
  const parsed = DateTime.fromFormat(text.trim(), format, { zone });
  return parsed.isValid ? parsed.toJSDate() : null;
}
