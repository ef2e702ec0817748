/**
 * The canonical call event: the one shape every provider's call log is mapped into. Mappings,
 * validation, the designer's preview and the API docs all read the field list below.
 *
 * Each field has a clear camelCase name used in code and the seed's name (SourceNumber, CallDuration,
 * ...) so a mapping written against the seed's standard format is accepted as is.
 */
import { type CountryCode } from 'libphonenumber-js';
import { checkField, isBlank, jsonFriendly, label } from './field-checks';

export const CALL_STATUSES = ['Answered', 'Missed', 'Voicemail'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];
export const CALL_DIRECTIONS = ['Inbound', 'Outbound'] as const;
export type CallDirection = (typeof CALL_DIRECTIONS)[number];

export interface CanonicalField {
  name: string;
  seedName: string;
  type: 'phone' | 'string' | 'datetime' | 'integer' | 'enum' | 'url' | 'object';
  mandatory: boolean;
  values?: readonly string[];
  description: string;
}

const optionalText = (name: string, seedName: string, description: string): CanonicalField => ({
  name,
  seedName,
  type: 'string',
  mandatory: false,
  description,
});

export const CANONICAL_FIELDS: readonly CanonicalField[] = [
  { name: 'sourceNumber', seedName: 'SourceNumber', type: 'phone', mandatory: true, description: "Inbound: the lead's number. Outbound: the agent's number." },
  { name: 'destinationNumber', seedName: 'DestinationNumber', type: 'phone', mandatory: true, description: "Inbound: the agent's number. Outbound: the lead's number." },
  { name: 'displayNumber', seedName: 'DisplayNumber', type: 'phone', mandatory: true, description: 'The virtual (DID) number the call went through.' },
  { name: 'startTime', seedName: 'StartTime', type: 'datetime', mandatory: true, description: "When the call started, in the connector's time zone unless the value carries an offset." },
  { name: 'startTimeUtc', seedName: 'StartTimeUTC', type: 'datetime', mandatory: false, description: 'When the call started, in UTC, if the provider sends it.' },
  { name: 'endTime', seedName: 'EndTime', type: 'datetime', mandatory: true, description: 'When the call ended.' },
  { name: 'durationSeconds', seedName: 'CallDuration', type: 'integer', mandatory: true, description: 'How long the call lasted, in whole seconds.' },
  { name: 'status', seedName: 'Status', type: 'enum', mandatory: true, values: CALL_STATUSES, description: 'How the call ended: Answered, Missed or Voicemail.' },
  { name: 'direction', seedName: 'Direction', type: 'enum', mandatory: true, values: CALL_DIRECTIONS, description: 'Inbound if the lead called in, Outbound if an agent called out.' },
  optionalText('notes', 'CallNotes', 'Notes about the call.'),
  { name: 'recordingUrl', seedName: 'ResourceURL', type: 'url', mandatory: false, description: 'Where the recording of the call can be found.' },
  optionalText('sessionId', 'CallSessionId', "The provider's unique id for the call."),
  optionalText('callerName', 'CallerName', "The caller's name."),
  optionalText('callerCity', 'CallerCity', "The caller's city."),
  optionalText('callerState', 'CallerState', "The caller's state."),
  optionalText('callerCountry', 'CallerCountry', "The caller's country."),
  optionalText('callerZipCode', 'CallerZipCode', "The caller's zip or postal code."),
  optionalText('agentId', 'AgentId', "The agent's identifier from User Agent Mapping, used when the agent's number is not known."),
  optionalText('leadId', 'LeadId', 'The lead to log the call against when several leads share a number.'),
  { name: 'custom', seedName: 'Custom', type: 'object', mandatory: false, description: 'Extra values from the provider kept with the call (at most 50).' },
];

export type CustomValue = string | number | boolean | null;

export interface CallEvent {
  /** E.164 when the number is valid, else the digits (short extensions). */
  sourceNumber: string;
  destinationNumber: string;
  displayNumber: string;
  startTime: Date;
  startTimeUtc?: Date;
  endTime: Date;
  durationSeconds: number;
  status: CallStatus;
  direction: CallDirection;
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
  custom: Record<string, CustomValue>;
}

export interface FieldProblem {
  field: string;
  code: 'missing' | 'wrong_type' | 'not_allowed' | 'invalid' | 'unknown_field';
  message: string;
}

export interface CallContext {
  defaultCountry: CountryCode;
  /** IANA zone, e.g. Asia/Kolkata: the zone of wall-clock times without an offset. */
  timeZone: string;
}

export interface CallValidation {
  /** Non-null only when there are no problems. */
  event: CallEvent | null;
  /** Best-effort JSON-friendly output under the clear names (dates as ISO strings), for previews. */
  normalized: Record<string, unknown>;
  problems: FieldProblem[];
}

const KNOWN_KEYS = new Set(CANONICAL_FIELDS.flatMap((field) => [field.name, field.seedName]));
const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** StartTimeUTC is UTC by definition, so a value without an offset must not be read as local time. */
function contextFor(field: CanonicalField, ctx: CallContext): CallContext {
  return field.name === 'startTimeUtc' ? { ...ctx, timeZone: 'UTC' } : ctx;
}

function checkChronology(values: Record<string, unknown>, problems: FieldProblem[]): void {
  const { startTime, endTime } = values;
  if (startTime instanceof Date && endTime instanceof Date && endTime < startTime) {
    problems.push({
      field: 'endTime',
      code: 'invalid',
      message: `endTime (EndTime) ${endTime.toISOString()} is before startTime (StartTime) ${startTime.toISOString()}`,
    });
  }
}

export function validateCallEvent(output: unknown, ctx: CallContext): CallValidation {
  if (!isRecord(output)) {
    const code = output === undefined || output === null ? 'missing' : 'wrong_type';
    const message = code === 'missing' ? 'The mapping produced no output.' : 'The mapping must produce an object of call fields.';
    return { event: null, normalized: {}, problems: [{ field: '$', code, message }] };
  }
  const problems: FieldProblem[] = [];
  const normalized: Record<string, unknown> = {};
  const values: Record<string, unknown> = {};
  for (const field of CANONICAL_FIELDS) {
    const raw = hasOwn(output, field.name) ? output[field.name] : output[field.seedName];
    if (isBlank(raw)) {
      if (field.mandatory) problems.push({ field: field.name, code: 'missing', message: `${label(field)} is required.` });
      continue;
    }
    const checked = checkField(field, raw, contextFor(field, ctx));
    if (!checked.ok) {
      problems.push(...checked.problems);
      normalized[field.name] = jsonFriendly(raw);
      continue;
    }
    values[field.name] = checked.value;
    // An empty custom object says nothing; keep previews and fixtures free of it.
    if (field.type !== 'object' || Object.keys(checked.value as object).length > 0) normalized[field.name] = checked.json;
  }
  checkChronology(values, problems);
  for (const key of Object.keys(output)) {
    if (KNOWN_KEYS.has(key)) continue;
    problems.push({
      field: key,
      code: 'unknown_field',
      message: `"${key}" is not a call field; put extra data under custom, e.g. "custom": { "${key}": ... }.`,
    });
    normalized[key] = jsonFriendly(output[key]);
  }
  if (problems.length > 0) return { event: null, normalized, problems };
  values.custom ??= {};
  // Every mandatory field passed its typed check above, so the record has the CallEvent shape.
  return { event: values as unknown as CallEvent, normalized, problems };
}
