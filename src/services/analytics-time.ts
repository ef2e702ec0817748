/**
 * The calendar of an analytics report: a range of whole local days in one IANA time zone, turned
 * into the UTC instants the database query matches, and each call's start put on its local hour of
 * day and local date. DST is handled by luxon: a day may last 23 or 25 hours, and an hour that
 * happens twice counts both times under the same hour of day.
 */
import { DateTime, IANAZone } from 'luxon';
import { AppError } from '../errors';

/** The longest range a report covers (a leap year). */
export const MAX_RANGE_DAYS = 366;

export interface ReportWindow {
  from: string;
  to: string;
  timeZone: string;
  /** Local midnight starting `from`, as an instant. */
  start: Date;
  /** Local midnight after `to` (exclusive). */
  end: Date;
  /** Every local date from `from` to `to`. */
  days: string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function invalid(field: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, [{ field: `query.${field}`, code: 'custom', message }]);
}

/** The zone as given when it is an IANA zone, else a 400 naming it. (ICU would rename Asia/Kolkata to Asia/Calcutta.) */
export function checkTimeZone(zone: string): string {
  if (!IANAZone.isValidZone(zone)) throw invalid('timeZone', `"${zone}" is not an IANA time zone (such as Asia/Kolkata or UTC).`);
  return zone;
}

function localDate(value: string, field: string, zone: string): DateTime {
  const parsed = ISO_DATE.test(value) ? DateTime.fromISO(value, { zone }) : null;
  if (!parsed?.isValid) throw invalid(field, `${field} must be a date as YYYY-MM-DD, got "${value}".`);
  return parsed.startOf('day');
}

/** The window of whole local days `from`..`to` (inclusive) in `zone`; 400 for a bad zone or range. */
export function reportWindow(from: string, to: string, zone: string): ReportWindow {
  const timeZone = checkTimeZone(zone);
  const first = localDate(from, 'from', timeZone);
  const last = localDate(to, 'to', timeZone);
  if (last < first) throw invalid('to', `The range ends (${to}) before it starts (${from}).`);
  const days: string[] = [];
  for (let d = first; d <= last; d = d.plus({ days: 1 })) {
    days.push(d.toISODate()!);
    if (days.length > MAX_RANGE_DAYS) {
      throw invalid('to', `The range ${from} to ${to} is longer than ${MAX_RANGE_DAYS} days; choose a shorter one.`);
    }
  }
  return { from, to, timeZone, start: first.toJSDate(), end: last.plus({ days: 1 }).startOf('day').toJSDate(), days };
}

/** The local date (YYYY-MM-DD) and hour of day (0-23) of an instant in `zone`. */
export function localSlot(at: Date, zone: string): { date: string; hour: number } {
  const local = DateTime.fromJSDate(at, { zone });
  return { date: local.toISODate()!, hour: local.hour };
}
