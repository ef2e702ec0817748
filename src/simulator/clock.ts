/** Time as the providers write it: India wall-clock text, UTC ISO, epoch seconds, HH:MM:SS. */
import { DateTime } from 'luxon';

export const PROVIDER_ZONE = 'Asia/Kolkata';

const inZone = (d: Date) => DateTime.fromJSDate(d).setZone(PROVIDER_ZONE);

/** `2026-11-23 18:26:38` in India time. */
export const istWallClock = (d: Date): string => inZone(d).toFormat('yyyy-MM-dd HH:mm:ss');

/** `2026/11/23 18:26:38 +0530`: 8x8's tenant-timezone timestamps. */
export const tenantTimestamp = (d: Date): string => inZone(d).toFormat('yyyy/MM/dd HH:mm:ss ZZZ');

/** `2026-11-23T12:56:38Z`. */
export const utcIso = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

export const epochSeconds = (d: Date): number => Math.floor(d.getTime() / 1000);

/** 70 → `00:01:10`. */
export function hms(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  return [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((n) => String(n).padStart(2, '0')).join(':');
}

/** The parts of "now" that 8x8's $year$ ... $seconds$ tokens stand for, in India time. */
export function clockParts(d: Date): Record<'year' | 'month' | 'date' | 'hours' | 'minutes' | 'seconds', string> {
  const t = inZone(d);
  return {
    year: t.toFormat('yyyy'),
    month: t.toFormat('MM'),
    date: t.toFormat('dd'),
    hours: t.toFormat('HH'),
    minutes: t.toFormat('mm'),
    seconds: t.toFormat('ss'),
  };
}

/** `YYYY-MM-DD HH:mm:ss` as uContact's dialer dates are written; null when it is not one. */
export function parseWallClock(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(text)) return null;
  const parsed = DateTime.fromFormat(text, 'yyyy-MM-dd HH:mm:ss', { zone: PROVIDER_ZONE });
  return parsed.isValid ? parsed.toJSDate() : null;
}
