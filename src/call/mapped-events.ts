/**
 * What a connector's mapping produces, per webhook, turned into call events: each is partial (the
 * fields it knows, nothing more is required) and says which call it belongs to and what kind of
 * event it is. The webhook pipeline, the designer's preview and the fixture runner all use this one
 * function, so a preview that passes is a delivery the webhook accepts.
 *
 * Mapping kinds (one mapping per connector for each, with drafts, versions and fixtures):
 * - `callLog` (…/call-log): call fields; `kind` optional (default `log`).
 * - `events` (…/events): one object or a list of them, each call fields plus `kind` (default
 *   `status`), for providers that post everything to one URL; nothing or an empty list passes over
 *   a delivery (acknowledged, nothing done).
 * - `popup` (…/popup): call fields; also `callerNumber` for sourceNumber and `virtualNumber` for
 *   displayNumber, as the seed's popup names them. Kind `popup`, direction Inbound unless mapped.
 * - `callEvent` (…/call-event): call fields plus `kind` (`answered`, `hangup` or another event kind),
 *   `at` (when it happened: answeredAt for answered, endTime for hangup; the time of receipt when
 *   absent) and `answered` (for a hangup: true → status Answered, false → Missed).
 * - `route` (…/route): the route request's input, `{ callerNumber, virtualNumber?, sessionId? }`.
 *
 * Event kinds: `log` (a call log), `status` (a status callback), `hangup`, `popup` (rings the agent),
 * `answered`, `live` (anything mid-call: ringing, IVR digits, an agent leg) and `recording`. A call
 * is final after a `log`, a `hangup`, or a `status` that says how or when it ended (the call
 * workflow decides that: workflows/call-fold.ts).
 */
import {
  type CallContext,
  type CallEvent,
  CANONICAL_FIELDS,
  DEFAULT_COMPLETE_FIELDS,
  type FieldProblem,
  validateCallEvent,
} from './canonical';
import { isBlank, isRecord, jsonFriendly, shown } from './field-checks';
import { normalizePhone } from './phone';
import { toWire, type CallEventWire } from './wire';

export const MAPPING_KINDS = ['callLog', 'events', 'popup', 'callEvent', 'route'] as const;
export type MappingKind = (typeof MAPPING_KINDS)[number];

/** The URL segment of each mapping kind: `/webhooks/<id>/<secret>/<segment>` and the admin API's. */
export const MAPPING_SEGMENTS: Readonly<Record<MappingKind, string>> = {
  callLog: 'call-log',
  events: 'events',
  popup: 'popup',
  callEvent: 'call-event',
  route: 'route',
};

export const EVENT_KINDS = ['log', 'status', 'hangup', 'popup', 'answered', 'live', 'recording'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** One event for one call, validated and normalised. */
export interface MappedEvent {
  kind: EventKind;
  fields: CallEvent;
  /** Canonical fields this event brings. */
  provided: string[];
  /** Fields of the default complete set that this event leaves to other events. */
  missing: string[];
}

export interface RouteInput {
  callerNumber: string | null;
  /** The caller's number as sent, when it is not a phone number (withheld, "anonymous"). */
  callerRaw: string;
  virtualNumber: string | null;
  sessionId: string | null;
}

export interface MappedValidation {
  /** Non-null only when there are no problems; empty for the `route` kind. */
  events: MappedEvent[] | null;
  /** For the `route` kind, when there are no problems. */
  route: RouteInput | null;
  /** Best-effort JSON-friendly output (a list for several events), for previews and fixtures. */
  normalized: unknown;
  problems: FieldProblem[];
}

/** An event identifies its call by the provider's session id, or by its caller number and start time. */
export function identifies(event: Pick<CallEvent, 'sessionId' | 'sourceNumber' | 'startTime' | 'startTimeUtc'>): boolean {
  return !!event.sessionId || (!!event.sourceNumber && !!(event.startTime ?? event.startTimeUtc));
}

const TIMES = ['startTime', 'startTimeUtc', 'endTime', 'endTimeUtc'];

/**
 * Which of a set of required fields (the default complete set unless given) a call lacks. `startTime`
 * and `endTime` stand for "a time": any start or end time, local or UTC, satisfies either, and a call
 * with none is reported once, under the first of them the set names.
 */
export function missingFrom(present: ReadonlySet<string>, required: readonly string[] = DEFAULT_COMPLETE_FIELDS): string[] {
  const hasTime = TIMES.some((t) => present.has(t));
  const missing: string[] = [];
  let timeReported = false;
  for (const name of new Set(required)) {
    if (name === 'startTime' || name === 'endTime') {
      if (!hasTime && !timeReported) missing.push(name);
      timeReported = true;
    } else if (!present.has(name)) missing.push(name);
  }
  return missing;
}

const FIELD_NAMES = new Set(CANONICAL_FIELDS.map((f) => f.name));

function providedOf(event: CallEvent): string[] {
  return Object.keys(event).filter((k) => FIELD_NAMES.has(k) && (k !== 'custom' || Object.keys(event.custom).length > 0));
}

interface KindRule {
  /** Keys besides the call fields that this mapping kind may produce. */
  extraKeys: ReadonlySet<string>;
  defaultKind: EventKind;
  /** Rewrites the mapping's own names into call fields before validation. */
  prepare?: (output: Record<string, unknown>, now: Date) => Record<string, unknown>;
}

function renamed(output: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  if (!(from in output)) return output;
  const { [from]: value, ...rest } = output;
  return isBlank(rest[to]) ? { ...rest, [to]: value } : rest;
}

const RULES: Record<Exclude<MappingKind, 'route'>, KindRule> = {
  callLog: { extraKeys: new Set(['kind']), defaultKind: 'log' },
  events: { extraKeys: new Set(['kind']), defaultKind: 'status' },
  popup: {
    extraKeys: new Set(['callerNumber', 'virtualNumber']),
    defaultKind: 'popup',
    prepare: (output) => {
      const out = renamed(renamed(output, 'callerNumber', 'sourceNumber'), 'virtualNumber', 'displayNumber');
      return { direction: 'Inbound', ...out, kind: 'popup' };
    },
  },
  callEvent: {
    extraKeys: new Set(['kind', 'at', 'answered']),
    defaultKind: 'live',
    prepare: (output, now) => {
      const { at, answered, ...rest } = output;
      const when = isBlank(at) ? now.toISOString() : at;
      const out: Record<string, unknown> = { ...rest };
      if (rest.kind === 'answered' && isBlank(out.answeredAt)) out.answeredAt = when;
      if (rest.kind === 'hangup' && isBlank(out.endTime) && isBlank(out.endTimeUtc)) out.endTime = when;
      if (typeof answered === 'boolean' && isBlank(out.status) && rest.kind === 'hangup') out.status = answered ? 'Answered' : 'Missed';
      if (answered !== undefined && answered !== null && typeof answered !== 'boolean') out.answered = answered;
      return out;
    },
  },
};

function problem(field: string, code: FieldProblem['code'], message: string): FieldProblem {
  return { field, code, message };
}

function validateOne(
  kind: Exclude<MappingKind, 'route'>,
  raw: unknown,
  ctx: CallContext,
  now: Date,
  prefix: string,
): { event: MappedEvent | null; normalized: unknown; problems: FieldProblem[] } {
  const rule = RULES[kind];
  if (!isRecord(raw)) {
    const code = raw === undefined || raw === null ? 'missing' : 'wrong_type';
    const message = code === 'missing' ? 'The mapping produced no output.' : 'The mapping must produce an object of call fields.';
    return { event: null, normalized: jsonFriendly(raw) ?? {}, problems: [problem(prefix || '$', code, message)] };
  }
  const output = rule.prepare ? rule.prepare(raw, now) : raw;
  const problems: FieldProblem[] = [];
  const kindValue = isBlank(output.kind) ? rule.defaultKind : output.kind;
  const eventKind = typeof kindValue === 'string' ? EVENT_KINDS.find((k) => k === kindValue.trim().toLowerCase()) : undefined;
  if (!eventKind) problems.push(problem('kind', 'not_allowed', `kind must be one of ${EVENT_KINDS.join(', ')}; got ${shown(kindValue)}`));
  if (kind === 'callEvent' && 'answered' in output)
    problems.push(problem('answered', 'wrong_type', `answered must be true or false; got ${shown(output.answered)}`));
  const allowed = new Set([...rule.extraKeys, 'kind']);
  const checked = validateCallEvent(output, ctx, allowed);
  problems.push(...checked.problems);
  const normalized: Record<string, unknown> = { kind: eventKind ?? jsonFriendly(kindValue), ...checked.normalized };
  if (checked.event && problems.length === 0 && eventKind) {
    if (identifies(checked.event)) {
      const provided = providedOf(checked.event);
      return {
        event: { kind: eventKind, fields: checked.event, provided, missing: missingFrom(new Set(provided)) },
        normalized,
        problems: [],
      };
    }
    problems.push(
      problem(
        'sessionId',
        'missing',
        'The event does not say which call it belongs to: map sessionId (CallSessionId), or sourceNumber (SourceNumber) with startTime or startTimeUtc.',
      ),
    );
  }
  return { event: null, normalized, problems: problems.map((p) => (prefix ? { ...p, field: `${prefix}.${p.field}` } : p)) };
}

function validateRoute(output: unknown, ctx: CallContext): MappedValidation {
  if (!isRecord(output)) {
    return {
      events: null,
      route: null,
      normalized: jsonFriendly(output) ?? {},
      problems: [problem('$', 'wrong_type', 'The route mapping must produce { callerNumber, virtualNumber?, sessionId? }.')],
    };
  }
  const problems: FieldProblem[] = [];
  const text = (key: string): string | null => {
    const value = output[key];
    if (isBlank(value)) return null;
    if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
    problems.push(problem(key, 'wrong_type', `${key} must be text; got ${shown(value)}`));
    return null;
  };
  for (const key of Object.keys(output)) {
    if (!['callerNumber', 'virtualNumber', 'sessionId'].includes(key))
      problems.push(problem(key, 'unknown_field', `"${key}" is not a route input; map callerNumber, virtualNumber and sessionId.`));
  }
  const callerRaw = text('callerNumber');
  const did = text('virtualNumber');
  const sessionId = text('sessionId');
  if (callerRaw === null && problems.length === 0)
    problems.push(problem('callerNumber', 'missing', "The caller's number is missing: map callerNumber."));
  const route: RouteInput = {
    // A withheld or malformed number matches no lead: the fallback answers, as for a stranger.
    callerNumber: callerRaw === null ? null : normalizePhone(callerRaw, ctx.defaultCountry),
    callerRaw: callerRaw ?? '',
    virtualNumber: did === null ? null : (normalizePhone(did, ctx.defaultCountry) ?? did),
    sessionId,
  };
  const normalized = {
    callerNumber: route.callerNumber ?? route.callerRaw,
    ...(route.virtualNumber ? { virtualNumber: route.virtualNumber } : {}),
    ...(sessionId ? { sessionId } : {}),
  };
  return problems.length > 0 ? { events: null, route: null, normalized, problems } : { events: [], route, normalized, problems };
}

/**
 * Validates what a mapping of `kind` produced. `now` stands in for an answered or hangup time the
 * call-event mapping leaves out (the time of receipt).
 */
export function validateMapped(kind: MappingKind, output: unknown, ctx: CallContext, now: Date = new Date()): MappedValidation {
  if (kind === 'route') return validateRoute(output, ctx);
  // On the events URL a mapping may pass over a delivery it has no use for (a heartbeat, an event
  // type the connector ignores) by producing nothing or an empty list: acknowledged, nothing done.
  if (kind === 'events' && (output === undefined || output === null || (Array.isArray(output) && output.length === 0))) {
    return { events: [], route: null, normalized: [], problems: [] };
  }
  const list = kind === 'events' && Array.isArray(output);
  const items: unknown[] = list ? (output as unknown[]) : [output];
  const results = items.map((item, i) => validateOne(kind, item, ctx, now, list ? `[${i}]` : ''));
  const problems = results.flatMap((r) => r.problems);
  const normalized = list ? results.map((r) => r.normalized) : results[0]?.normalized;
  if (problems.length > 0) return { events: null, route: null, normalized, problems };
  return { events: results.map((r) => r.event as MappedEvent), route: null, normalized, problems };
}

/** One event as it travels to the call's workflow (JSON). */
export interface CallEventDelivery {
  /** The same delivery sent twice has the same id, so the workflow drops the second. */
  eventId: string;
  receivedAt: string;
  /** The webhook it came through (`call-log`, `events`, …) or `details` for a pulled call record. */
  source: string;
  kind: EventKind | 'details';
  fields: CallEventWire;
  mappingVersion: number;
}

export function toDelivery(
  event: MappedEvent,
  meta: { eventId: string; receivedAt: string; source: string; mappingVersion: number },
): CallEventDelivery {
  return { ...meta, kind: event.kind, fields: toWire(event.fields) };
}
