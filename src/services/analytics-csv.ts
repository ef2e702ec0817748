/**
 * The call analytics as one CSV table (RFC 4180: CRLF lines, fields with a comma, quote or line
 * break quoted, quotes doubled). Every row has the same columns: the section (total, hour, day,
 * agent, team, connector), its key and name, then the figures; a figure that does not apply is empty.
 * Text that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
 */
import type { CallAnalytics, Figures, VolumeRow } from './analytics';

const COLUMNS = [
  'section',
  'key',
  'name',
  'calls',
  'answered',
  'missed',
  'voicemail',
  'unknown',
  'answer_rate',
  'avg_ring_seconds',
  'avg_talk_seconds',
] as const;

type Cell = string | number | null;

export function csvField(value: Cell): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(
  section: string,
  key: string,
  name: string,
  f: VolumeRow & Partial<Pick<Figures, 'avgRingSeconds' | 'avgTalkSeconds'>>,
): Cell[] {
  return [
    section,
    key,
    name,
    f.calls,
    f.answered,
    f.missed,
    f.voicemail,
    f.unknown,
    f.answerRate,
    f.avgRingSeconds ?? null,
    f.avgTalkSeconds ?? null,
  ];
}

export function analyticsCsv(report: CallAnalytics): string {
  const rows: Cell[][] = [
    [...COLUMNS],
    row('total', `${report.from}..${report.to}`, report.timeZone, report.totals),
    ...report.byHour.map((h) => row('hour', String(h.hour).padStart(2, '0'), `${String(h.hour).padStart(2, '0')}:00`, h)),
    ...report.byDay.map((d) => row('day', d.date, d.date, d)),
    ...report.byAgent.map((a) => row('agent', a.id ?? '', a.name, a)),
    ...report.byTeam.map((t) => row('team', t.id ?? '', t.name, t)),
    ...report.byConnector.map((c) => row('connector', c.id ?? '', c.name, c)),
  ];
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The download's file name: the range and zone, in characters safe in a Content-Disposition header. */
export function analyticsCsvName(report: Pick<CallAnalytics, 'from' | 'to' | 'timeZone'>): string {
  return `patchcord-calls-${report.from}-to-${report.to}-${report.timeZone.replace(/[^A-Za-z0-9_-]+/g, '_')}.csv`;
}
