/** The analytics screen's pure parts: filters in the query string, the default range, figures as text. */
import type { AnalyticsFilters } from './types';

const KEYS = ['from', 'to', 'timeZone', 'connectorId', 'teamId', 'agentId'] as const;

/** YYYY-MM-DD of a date in the browser's zone. */
export function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The last seven days, today included. */
export function defaultRange(today = new Date()): { from: string; to: string } {
  const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 6);
  return { from: isoDay(from), to: isoDay(today) };
}

export function filtersFromSearch(search: string, today = new Date()): AnalyticsFilters {
  const params = new URLSearchParams(search);
  const picked: Partial<Record<(typeof KEYS)[number], string>> = {};
  for (const k of KEYS) {
    const v = params.get(k);
    if (v) picked[k] = v;
  }
  return { ...defaultRange(today), ...picked };
}

/** The filters as a query string: empty values left out, in a fixed order. */
export function searchOf(filters: AnalyticsFilters): string {
  const params = new URLSearchParams();
  for (const k of KEYS) {
    const v = filters[k];
    if (v) params.set(k, v);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const percent = (rate: number | null | undefined): string =>
  rate === null || rate === undefined ? '–' : `${(rate * 100).toFixed(1)}%`;

/** 75 → "1m 15s"; null → "–". */
export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '–';
  const whole = Math.round(seconds);
  if (whole < 60) return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)}s`;
  const m = Math.floor(whole / 60);
  return `${m}m ${String(whole % 60).padStart(2, '0')}s`;
}

export const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** Where the report's zone came from, in words. */
export function zoneSource(source: string): string {
  switch (source) {
    case 'query':
      return 'chosen';
    case 'connector':
      return "the connector's zone";
    case 'default-connector':
      return "the default connector's zone";
    default:
      return 'no connector sets one';
  }
}
