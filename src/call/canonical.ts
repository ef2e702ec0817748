/**
 * The canonical call: the one shape every provider's events are mapped into. Mappings, validation,
 * the designer's preview and the API docs all read the field list below.
 *
 * A provider describes one call in several deliveries (a popup, live events, a status callback, a
 * call log, a recording minutes later), so every field is optional in an event: an event needs only
 * what identifies its call (see src/call/mapped-events.ts) and the fields it knows. The call's
 * workflow folds the events into one call; a connector names the fields a finished call must have to
 * count as complete (`complete: true` below is the default set).
 *
 * Each field has a clear camelCase name used in code and the seed's name (SourceNumber, CallDuration,
 * ...) so a mapping written against the seed's standard format is accepted as is.
 */
import type { CallContext, CanonicalField, FieldProblem } from './field-types';
import { checkField, isBlank, isRecord, jsonFriendly, label } from './field-checks';

export type { CallContext, CanonicalField, FieldProblem };

export const CALL_STATUSES = ['Answered', 'Missed', 'Voicemail'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];
export const CALL_DIRECTIONS = ['Inbound', 'Outbound'] as const;
export type CallDirection = (typeof CALL_DIRECTIONS)[number];

const optionalText = (name: string, seedName: string, description: string): CanonicalField => ({
  name,
  seedName,
  type: 'string',
  complete: false,
  description,
});

export const CANONICAL_FIELDS: readonly CanonicalField[] = [
  {
    name: 'sourceNumber',
    seedName: 'SourceNumber',
    type: 'phone',
    complete: true,
    description: "Inbound: the lead's number. Outbound: the agent's number.",
  },
  {
    name: 'destinationNumber',
    seedName: 'DestinationNumber',
    type: 'phone',
    complete: false,
    description: "Inbound: the agent's number. Outbound: the lead's number.",
  },
  {
    name: 'displayNumber',
    seedName: 'DisplayNumber',
    type: 'phone',
    complete: false,
    description: 'The virtual (DID) number the call went through.',
  },
  {
    name: 'agentNumber',
    seedName: 'AgentNumber',
    type: 'phone',
    complete: false,
    description: "The agent's number (or extension) as the provider sent it; finds the agent whatever the direction.",
  },
  {
    name: 'startTime',
    seedName: 'StartTime',
    type: 'datetime',
    complete: true,
    description: "When the call started, in the connector's time zone unless the value carries an offset.",
  },
  {
    name: 'startTimeUtc',
    seedName: 'StartTimeUTC',
    type: 'datetime',
    utc: true,
    complete: false,
    description: 'When the call started, in UTC; enough on its own (StartTime is then not needed).',
  },
  {
    name: 'answeredAt',
    seedName: 'AnswerTime',
    type: 'datetime',
    complete: false,
    description: "When the call was answered, in the connector's time zone unless the value carries an offset.",
  },
  {
    name: 'endTime',
    seedName: 'EndTime',
    type: 'datetime',
    complete: true,
    description: "When the call ended, in the connector's time zone unless the value carries an offset.",
  },
  {
    name: 'endTimeUtc',
    seedName: 'EndTimeUTC',
    type: 'datetime',
    utc: true,
    complete: false,
    description: 'When the call ended, in UTC; enough on its own (EndTime is then not needed).',
  },
  {
    name: 'durationSeconds',
    seedName: 'CallDuration',
    type: 'integer',
    complete: false,
    description: 'Talk time: whole seconds from answer to hang-up (0 for an unanswered call).',
  },
  {
    name: 'ringSeconds',
    seedName: 'RingDuration',
    type: 'integer',
    complete: false,
    description: 'Whole seconds from the start of the call until it was answered or given up (ringing, IVR, queue).',
  },
  {
    name: 'totalSeconds',
    seedName: 'TotalDuration',
    type: 'integer',
    complete: false,
    description: 'Whole seconds from the start of the call to its end, ringing and talk time together.',
  },
  {
    name: 'status',
    seedName: 'Status',
    type: 'enum',
    complete: true,
    values: CALL_STATUSES,
    description: 'How the call ended: Answered, Missed or Voicemail. Derived from the events when no event says so.',
  },
  {
    name: 'direction',
    seedName: 'Direction',
    type: 'enum',
    complete: false,
    values: CALL_DIRECTIONS,
    description: 'Inbound if the lead called in, Outbound if an agent called out.',
  },
  optionalText(
    'providerStatus',
    'ProviderStatus',
    'The provider\'s own outcome or disposition text ("no-answer", "NORMAL_CLEARING", "ABANDONED"), kept as sent.',
  ),
  optionalText('hangupCause', 'HangupCause', 'Why or by whom the call was hung up, as the provider says it.'),
  optionalText('notes', 'CallNotes', 'Notes about the call.'),
  {
    name: 'recordingUrl',
    seedName: 'ResourceURL',
    type: 'url',
    complete: false,
    description: 'Where the recording of the call can be found.',
  },
  optionalText(
    'sessionId',
    'CallSessionId',
    "The provider's unique id for the call (call, session or conversation id); joins the call's events.",
  ),
  optionalText('callerName', 'CallerName', "The caller's name."),
  optionalText('callerCity', 'CallerCity', "The caller's city."),
  optionalText('callerState', 'CallerState', "The caller's state."),
  optionalText('callerCountry', 'CallerCountry', "The caller's country."),
  optionalText('callerZipCode', 'CallerZipCode', "The caller's zip or postal code."),
  optionalText('agentId', 'AgentId', "The agent's identifier from User Agent Mapping, used when the agent's number is not known."),
  optionalText('leadId', 'LeadId', 'The lead to log the call against when several leads share a number.'),
  optionalText('ivr', 'IVRPath', 'The IVR path the caller took (menu choices, digits gathered).'),
  {
    name: 'custom',
    seedName: 'Custom',
    type: 'object',
    complete: false,
    description: 'Extra values from the provider kept with the call (at most 100; nested values are kept as JSON text).',
  },
];

/** The fields a finished call must have to count as complete unless its connector says otherwise. */
export const DEFAULT_COMPLETE_FIELDS: readonly string[] = CANONICAL_FIELDS.filter((f) => f.complete).map((f) => f.name);

export type CustomValue = string | number | boolean | null;

/** Every field of a call, each optional: one event's view of the call, or the call folded so far. */
export interface CallEvent {
  /** E.164 when a country code can be determined, else the digits (short extensions). */
  sourceNumber?: string;
  destinationNumber?: string;
  displayNumber?: string;
  agentNumber?: string;
  startTime?: Date;
  startTimeUtc?: Date;
  answeredAt?: Date;
  endTime?: Date;
  endTimeUtc?: Date;
  durationSeconds?: number;
  ringSeconds?: number;
  totalSeconds?: number;
  status?: CallStatus;
  direction?: CallDirection;
  providerStatus?: string;
  hangupCause?: string;
  notes?: string;
  recordingUrl?: string;
  sessionId?: string;
  callerName?: string;
  callerCity?: string;
  callerState?: string;
  callerCountry?: string;
  callerZipCode?: string;
  agentId?: string;
  leadId?: string;
  ivr?: string;
  custom: Record<string, CustomValue>;
  /** Phone fields whose number libphonenumber judges invalid (kept, in E.164 where possible). */
  unverifiedNumbers?: string[];
}

export interface CallValidation {
  /** Non-null only when there are no problems. */
  event: CallEvent | null;
  /** Best-effort JSON-friendly output under the clear names (dates as ISO strings), for previews. */
  normalized: Record<string, unknown>;
  problems: FieldProblem[];
}

const NO_KEYS: ReadonlySet<string> = new Set();
const KNOWN_KEYS = new Set(CANONICAL_FIELDS.flatMap((field) => [field.name, field.seedName]));
const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** The *UTC fields are UTC by definition, so a value without an offset must not be read as local time. */
function contextFor(field: CanonicalField, ctx: CallContext): CallContext {
  return field.utc ? { ...ctx, timeZone: 'UTC' } : ctx;
}

const asDate = (value: unknown): Date | undefined => (value instanceof Date ? value : undefined);

/** An end before the start is a wrong value, whichever of the local and UTC fields carry them. */
function checkChronology(values: Record<string, unknown>, problems: FieldProblem[]): void {
  const start = asDate(values.startTimeUtc) ?? asDate(values.startTime);
  const endField = values.endTimeUtc instanceof Date ? 'endTimeUtc' : 'endTime';
  const end = asDate(values[endField]);
  if (start && end && end < start) {
    const field = CANONICAL_FIELDS.find((f) => f.name === endField) as CanonicalField;
    problems.push({
      field: endField,
      code: 'invalid',
      message: `${label(field)} ${end.toISOString()} is before the start of the call ${start.toISOString()}`,
    });
  }
}

/**
 * Checks every field an event carries; a missing field is no problem (events are partial), a present
 * but wrong one is (an unreadable date, a status outside the list, text that is not a phone number,
 * an end before the start), named with its value. Extra keys in `allowKeys` are left to the caller.
 */
export function validateCallEvent(output: unknown, ctx: CallContext, allowKeys: ReadonlySet<string> = NO_KEYS): CallValidation {
  if (!isRecord(output)) {
    const code = output === undefined || output === null ? 'missing' : 'wrong_type';
    const message = code === 'missing' ? 'The mapping produced no output.' : 'The mapping must produce an object of call fields.';
    return { event: null, normalized: {}, problems: [{ field: '$', code, message }] };
  }
  const problems: FieldProblem[] = [];
  const normalized: Record<string, unknown> = {};
  const values: Record<string, unknown> = {};
  const unverified: string[] = [];
  for (const field of CANONICAL_FIELDS) {
    const raw = hasOwn(output, field.name) ? output[field.name] : output[field.seedName];
    if (isBlank(raw)) continue;
    const checked = checkField(field, raw, contextFor(field, ctx));
    if (!checked.ok) {
      problems.push(...checked.problems);
      normalized[field.name] = jsonFriendly(raw);
      continue;
    }
    values[field.name] = checked.value;
    if (checked.unverified) unverified.push(field.name);
    // An empty custom object says nothing; keep previews and fixtures free of it.
    if (field.type !== 'object' || Object.keys(checked.value as object).length > 0) normalized[field.name] = checked.json;
  }
  checkChronology(values, problems);
  for (const key of Object.keys(output)) {
    if (KNOWN_KEYS.has(key) || allowKeys.has(key)) continue;
    problems.push({
      field: key,
      code: 'unknown_field',
      message: `"${key}" is not a call field; put extra data under custom, e.g. "custom": { "${key}": ... }.`,
    });
    normalized[key] = jsonFriendly(output[key]);
  }
  if (problems.length > 0) return { event: null, normalized, problems };
  values.custom ??= {};
  if (unverified.length > 0) values.unverifiedNumbers = unverified;
  // Every field present passed its typed check above, so the record has the CallEvent shape.
  return { event: values as unknown as CallEvent, normalized, problems };
}
