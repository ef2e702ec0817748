/**
 * The designer's live preview: run a mapping of one kind against a sample payload through the same
 * validation as the webhook (validateMapped), and report, rather than throw, everything an admin
 * needs: syntax, evaluation and guardrail errors, malformed values, and per event what it brings
 * and which fields of a complete call it leaves to other events (that is not an error: a call
 * arrives as several partial events).
 */
import { CANONICAL_FIELDS, type CallContext, type FieldProblem } from '../call/canonical';
import { EVENT_KINDS, MAPPING_SEGMENTS, type MappingKind, missingFrom, type RouteInput, validateMapped } from '../call/mapped-events';
import { type ErrorCode, type ErrorDetail, isAppError } from '../errors';
import { type MappingEngine } from './engine';

export interface PreviewRequest {
  expression: string;
  payload: unknown;
  ctx: CallContext;
  /** The mapping kind (default `callLog`). */
  kind?: MappingKind;
  /** When the sample counts as received; stands in for an event time the mapping leaves out. */
  now?: Date;
}

/** One event of the preview: its kind, the call fields it brings, the complete set's fields it leaves to others. */
export interface PreviewEvent {
  kind: string | null;
  provided: string[];
  missing: string[];
}

export interface PreviewResult {
  kind: MappingKind;
  output: unknown;
  /** The normalised output: one object, or a list for an `events` mapping that yields several. */
  normalized: Record<string, unknown> | Record<string, unknown>[];
  problems: FieldProblem[];
  /** Per event (empty for the route kind and on a mapping error). */
  events: PreviewEvent[];
  /** The route request's input, for the route kind without problems. */
  route: RouteInput | null;
  /** The time used for an answered or hangup event that carries none (ISO). */
  receivedAt: string;
  error: null | { code: ErrorCode; message: string; details: ErrorDetail[] };
}

const MAPPING_ERRORS: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['MAPPING_SYNTAX', 'MAPPING_EVALUATION', 'MAPPING_LIMIT']);
const FIELD_NAMES = new Set(CANONICAL_FIELDS.map((f) => f.name));

interface KindField {
  name: string;
  description: string;
  values?: readonly string[];
}

/** What each mapping kind produces besides (or, for the route, instead of) the call fields; for the designer. */
export interface MappingKindInfo {
  kind: MappingKind;
  segment: string;
  label: string;
  description: string;
  /** Whether the output is call fields (all but the route input). */
  callFields: boolean;
  fields: KindField[];
}

const kindField = (description: string): KindField => ({ name: 'kind', description, values: EVENT_KINDS });

export const MAPPING_KIND_INFO: readonly MappingKindInfo[] = [
  {
    kind: 'callLog',
    segment: MAPPING_SEGMENTS.callLog,
    label: 'Call log',
    callFields: true,
    description: 'The call log: call fields, usually the whole call at its end.',
    fields: [kindField('Optional; default log.')],
  },
  {
    kind: 'events',
    segment: MAPPING_SEGMENTS.events,
    label: 'Events',
    callFields: true,
    description: 'For providers that post everything to one URL: one object or a list of them, each call fields plus its kind.',
    fields: [kindField('What happened; default status.')],
  },
  {
    kind: 'popup',
    segment: MAPPING_SEGMENTS.popup,
    label: 'Popup',
    callFields: true,
    description: 'The incoming-call popup: call fields; its kind is popup and the call Inbound unless mapped.',
    fields: [
      { name: 'callerNumber', description: 'The caller: stands for sourceNumber.' },
      { name: 'virtualNumber', description: 'The number dialled: stands for displayNumber.' },
    ],
  },
  {
    kind: 'callEvent',
    segment: MAPPING_SEGMENTS.callEvent,
    label: 'Call event',
    callFields: true,
    description: 'Answered and hangup events: call fields plus kind, at and answered.',
    fields: [
      kindField('answered, hangup or another event kind; default live.'),
      { name: 'at', description: 'When it happened: answeredAt for answered, endTime for hangup; the time of receipt when absent.' },
      { name: 'answered', description: 'For a hangup: true makes the status Answered, false Missed.' },
    ],
  },
  {
    kind: 'route',
    segment: MAPPING_SEGMENTS.route,
    label: 'Route input',
    callFields: false,
    description: "The route request's input: who is calling, the number dialled and the provider's call id.",
    fields: [
      { name: 'callerNumber', description: "The caller's number (required); a withheld one matches no lead." },
      { name: 'virtualNumber', description: 'The virtual number dialled (optional).' },
      { name: 'sessionId', description: "The provider's call id (optional)." },
    ],
  },
];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Per normalised event: the call fields it brings (well-formed ones) and the complete set's fields it leaves. */
function eventsOf(normalized: unknown, problems: readonly FieldProblem[], list: boolean): PreviewEvent[] {
  const items = Array.isArray(normalized) ? normalized : [normalized];
  return items.filter(isRecord).map((item, i) => {
    const prefix = list ? `[${i}].` : '';
    const bad = new Set(problems.filter((p) => p.field.startsWith(prefix)).map((p) => p.field.slice(prefix.length).split('.')[0]));
    const provided = Object.keys(item).filter((k) => FIELD_NAMES.has(k) && !bad.has(k));
    return {
      kind: typeof item.kind === 'string' && !bad.has('kind') ? item.kind : null,
      provided,
      missing: missingFrom(new Set(provided)),
    };
  });
}

export async function previewMapping(
  engine: MappingEngine,
  { expression, payload, ctx, kind = 'callLog', now = new Date() }: PreviewRequest,
): Promise<PreviewResult> {
  const receivedAt = now.toISOString();
  let output: unknown;
  try {
    output = await engine.evaluate(expression, payload, ctx);
  } catch (err) {
    // Anything that is not the mapping's fault is a bug on our side and must surface as one.
    if (!isAppError(err) || !MAPPING_ERRORS.has(err.code)) throw err;
    return {
      kind,
      output: undefined,
      normalized: {},
      problems: [],
      events: [],
      route: null,
      receivedAt,
      error: { code: err.code, message: err.message, details: [...err.details] },
    };
  }
  const checked = validateMapped(kind, output, ctx, now);
  const normalized = (
    Array.isArray(checked.normalized) || isRecord(checked.normalized) ? checked.normalized : {}
  ) as PreviewResult['normalized'];
  // Validated events say it best; with problems, the best-effort output still shows what each brings.
  const events: PreviewEvent[] =
    kind === 'route'
      ? []
      : checked.events
        ? checked.events.map((e) => ({ kind: e.kind, provided: e.provided, missing: e.missing }))
        : eventsOf(normalized, checked.problems, Array.isArray(normalized));
  return { kind, output, normalized, problems: checked.problems, events, route: checked.route, receivedAt, error: null };
}
