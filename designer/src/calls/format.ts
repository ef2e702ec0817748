/** How the Calls screen names and shows a call's values: pure functions over the activity. */
import type { CallActivity, CallFilters } from '../api/types';

/** The call fields a connector's complete set may name (`lifecycle.calls.completeFields`), for the "missing" filter. */
export const COMPLETE_SET_FIELDS = [
  'sourceNumber',
  'destinationNumber',
  'displayNumber',
  'agentNumber',
  'startTime',
  'startTimeUtc',
  'answeredAt',
  'endTime',
  'endTimeUtc',
  'durationSeconds',
  'ringSeconds',
  'totalSeconds',
  'status',
  'direction',
  'providerStatus',
  'hangupCause',
  'notes',
  'recordingUrl',
  'sessionId',
  'callerName',
  'callerCity',
  'callerState',
  'callerCountry',
  'callerZipCode',
  'agentId',
  'leadId',
  'ivr',
] as const;

/** What each kind of event in `fieldSources` and the timeline is called on screen. */
const SOURCE_LABELS: Record<string, string> = {
  log: 'call log',
  status: 'status callback',
  live: 'live event',
  answered: 'answered event',
  hangup: 'hangup event',
  popup: 'popup',
  recording: 'recording',
  details: 'pulled call details',
  route: 'route decision',
  derived: 'derived',
};
export const sourceLabel = (kind: string): string => SOURCE_LABELS[kind] ?? kind;

/** The workflow that owns the call: `call:<activity id>` (both derive from the connector and the call key). */
export const workflowIdOf = (a: CallActivity): string => a.workflowId ?? `call:${a.id}`;

export function formatTime(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

export function formatClock(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

export function formatSeconds(seconds: number | undefined): string {
  if (seconds === undefined) return '';
  if (seconds < 60) return `${seconds}s`;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}h ${String(m).padStart(2, '0')}m ${s}s` : `${m}m ${s}s`;
}

/** The lead's side of the call: the caller of an inbound call, the number dialled on an outbound one. */
export const leadNumberOf = (a: CallActivity): string | undefined => (a.direction === 'Outbound' ? a.destinationNumber : a.sourceNumber);

export const incompleteText = (a: CallActivity): string | null =>
  a.complete ? null : `incomplete: ${a.missingFields.join(', ') || 'unknown fields'}`;

/** One row of the call's fields: its value as shown and the `fieldSources` keys that may name its origin. */
export interface FieldRow {
  field: string;
  value: string;
  sourceKeys: string[];
}

export function fieldRows(a: CallActivity): FieldRow[] {
  const text = (v: unknown): string => {
    if (v === undefined || v === null) return '';
    if (typeof v === 'string') return v;
    return typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
  };
  const caller = a.caller ?? {};
  const rows: FieldRow[] = [
    { field: 'sourceNumber', value: text(a.sourceNumber), sourceKeys: ['sourceNumber'] },
    { field: 'destinationNumber', value: text(a.destinationNumber), sourceKeys: ['destinationNumber'] },
    { field: 'displayNumber', value: text(a.displayNumber), sourceKeys: ['displayNumber'] },
    { field: 'agentNumber', value: text(a.agentNumber), sourceKeys: ['agentNumber'] },
    { field: 'agentId', value: text(a.providerAgentId), sourceKeys: ['agentId'] },
    { field: 'direction', value: text(a.direction), sourceKeys: ['direction'] },
    { field: 'status', value: text(a.status), sourceKeys: ['status'] },
    { field: 'providerStatus', value: text(a.providerStatus), sourceKeys: ['providerStatus'] },
    { field: 'hangupCause', value: text(a.hangupCause), sourceKeys: ['hangupCause'] },
    // The activity keeps one instant per time, from the UTC field when the provider sent it.
    { field: 'startTime', value: formatTime(a.startTime), sourceKeys: ['startTimeUtc', 'startTime'] },
    { field: 'answeredAt', value: formatTime(a.answeredAt), sourceKeys: ['answeredAt'] },
    { field: 'endTime', value: formatTime(a.endTime), sourceKeys: ['endTimeUtc', 'endTime'] },
    { field: 'durationSeconds', value: text(a.durationSeconds), sourceKeys: ['durationSeconds'] },
    { field: 'ringSeconds', value: text(a.ringSeconds), sourceKeys: ['ringSeconds'] },
    { field: 'totalSeconds', value: text(a.totalSeconds), sourceKeys: ['totalSeconds'] },
    { field: 'notes', value: text(a.notes), sourceKeys: ['notes'] },
    { field: 'recordingUrl', value: text(a.recordingUrl), sourceKeys: ['recordingUrl'] },
    { field: 'ivr', value: text(a.ivr), sourceKeys: ['ivr'] },
    { field: 'sessionId', value: text(a.sessionId), sourceKeys: ['sessionId'] },
    { field: 'callerName', value: text(caller.name), sourceKeys: ['callerName'] },
    { field: 'callerCity', value: text(caller.city), sourceKeys: ['callerCity'] },
    { field: 'callerState', value: text(caller.state), sourceKeys: ['callerState'] },
    { field: 'callerCountry', value: text(caller.country), sourceKeys: ['callerCountry'] },
    { field: 'callerZipCode', value: text(caller.zipCode), sourceKeys: ['callerZipCode'] },
  ];
  for (const [key, value] of Object.entries(a.custom ?? {})) {
    rows.push({ field: `custom.${key}`, value: text(value), sourceKeys: [`custom.${key}`] });
  }
  return rows;
}

/** The kind of event a row's value came from, when the activity recorded it. */
export function sourceOf(a: CallActivity, row: FieldRow): string | null {
  for (const key of row.sourceKeys) {
    const kind = a.fieldSources?.[key];
    if (kind) return kind;
  }
  return null;
}

/** A field the call lacks by its connector's complete set; startTime and endTime stand for either time. */
export function isMissing(a: CallActivity, row: FieldRow): boolean {
  return a.missingFields.includes(row.field) || row.sourceKeys.some((k) => a.missingFields.includes(k));
}

/** The filters as the page's query string, and back. */
export type ListFilters = Pick<CallFilters, 'connectorId' | 'complete' | 'missing' | 'noFinalEvent'>;

export function filtersFromSearch(search: string): ListFilters {
  const q = new URLSearchParams(search);
  const flag = (v: string | null) => (v === 'true' || v === 'false' ? v : undefined);
  return {
    connectorId: q.get('connectorId') || undefined,
    complete: flag(q.get('complete')),
    missing: q.get('missing') || undefined,
    noFinalEvent: flag(q.get('noFinalEvent')),
  };
}

export function searchOf(filters: ListFilters): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) q.set(key, value);
  const text = q.toString();
  return text ? `?${text}` : '';
}
