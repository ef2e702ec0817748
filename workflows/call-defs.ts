/**
 * The call workflow's contract: its input, the signals providers' events arrive as, the updates
 * agents and ops send, the query, and the state it answers with. Shared by the current workflow
 * code and the code kept for calls started before events became partial.
 */
import { defineQuery, defineSignal, defineUpdate, setHandler } from '@temporalio/workflow';
import type { CallSettings } from '../activities';
import type { CallEventDelivery } from '../src/call/mapped-events';
import type { CallEventWire, CompleteCallLogWire } from '../src/call/wire';
import type { FailedStepView, makeSteps } from './steps';
import { refusal } from './refusals';

export interface CallLifecycleInput {
  connectorId: string;
  callKey: string;
  /** The provider's session id when the key is made of it (calls started before this was sent lack it). */
  sessionId?: string | null;
  /** Bounds other than HISTORY_LIMITS (call-bounds.ts) for this call; a later run keeps them. */
  limits?: Partial<HistoryLimits>;
  /** What the call's previous run handed over when it continued as new. */
  carried?: CarriedCall;
}

/** How far one run of a call's workflow may grow (call-bounds.ts). */
export interface HistoryLimits {
  /** A run continues as new once its history has this many events (or earlier, when the server suggests it). */
  historyEvents: number;
  /** The timeline keeps this many entries from the call's start, and this many of the latest. */
  timelineHead: number;
  timelineTail: number;
  /** Duplicate deliveries are recognised among this many most recently seen event ids. */
  seenIds: number;
}

/** The state a run hands to the next when it continues as new: everything the call knows. */
export interface CarriedCall {
  state: CallContextState & CallAssembly & Pick<CallState, 'failedSteps' | 'timeline' | 'timelineDropped'>;
  /** The remembered event ids, least recently seen first. */
  seen: string[];
  /** When the run's current wait for the next event began: the next run waits only the rest of it. */
  quietSince: string;
  /** How many runs the call has had before the next one. */
  runs: number;
}

interface EventBase {
  /** Identifies one provider delivery: the same event sent twice has the same id. */
  eventId: string;
  receivedAt: string;
}

/** A complete call log, as calls started before events became partial received it. */
export interface CallLogSignal extends Partial<EventBase> {
  event: CompleteCallLogWire;
  mappingVersion: number;
  receivedAt: string;
}

export interface RouteDecisionSignal extends EventBase {
  callerNumber: string;
  virtualNumber: string | null;
  agentUserId: string | null;
  leadId: string | null;
  opportunityId: string | null;
  queue: string | null;
  reason: string;
}

/** A popup, as calls started before events became partial received it (one delivery). */
export interface PopupSignal extends EventBase {
  sessionId: string;
  callerNumber: string;
  agentNumber: string | null;
  virtualNumber: string | null;
  providerAgentId: string | null;
  leadId: string | null;
  ivr: string | null;
}

export interface CallProgressSignal extends EventBase {
  kind: 'answered' | 'hangup';
  at: string;
  /** For a hangup: whether the call had been answered, when the provider says so. */
  answered: boolean | null;
}

export interface DispositionInput {
  value: string;
  notes?: string;
  comments?: string;
  byUserId: string;
  task?: { title: string; dueAt?: string };
  customActivity?: { note: string };
}

export interface StepDecision {
  stepId: string;
  action: 'retry' | 'skip';
  by: string;
}

export interface TimelineEntry {
  at: string;
  kind: 'event' | 'decision' | 'effect' | 'failure' | 'ops';
  what: string;
  detail?: Record<string, unknown>;
}

export interface CallContextState {
  connectorId: string;
  callKey: string;
  workflowId: string;
  settings: CallSettings | null;
  route: RouteDecisionSignal | null;
  popup: {
    at: string;
    callerNumber: string;
    agentNumber: string | null;
    virtualNumber: string | null;
    ivr: string | null;
    sessionId: string | null;
  } | null;
  leadId: string | null;
  agentUserId: string | null;
  answeredAt: string | null;
  endedAt: string | null;
  outcome: 'answered' | 'missed' | null;
  callLogsReceived: number;
  activityId: string | null;
  lastOutcome: 'created' | 'merged' | 'ignored' | null;
  disposition: (DispositionInput & { status: 'pending' | 'done'; at: string }) | null;
  missedHandled: boolean;
}

/** Where a field of the call came from: the event (by id and kind) whose value the call holds. */
export interface FieldSource {
  eventId: string;
  kind: string;
  /** 0 route decision, 1 live events, 2 a call log or a pulled call record (see call-fold.ts). */
  rank: number;
}

/** How a call was assembled from its events (calls started before partial events lack it). */
export interface CallAssembly {
  sessionId: string | null;
  /** The call folded from every event so far. */
  call: CallEventWire;
  sources: Record<string, FieldSource>;
  /** Set once the call is final: after a terminal event, or after the quiet period without one. */
  final: { at: string; reason: 'terminal-event' | 'quiet-period'; noFinalEvent: boolean } | null;
  /** Fields of the connector's complete set the call still lacks (known once written). */
  missing: string[];
  eventsReceived: number;
  /** The version of the mapping that brought the latest values (0: none, or the preset's). */
  mappingVersion: number;
}

export interface CallState extends CallContextState, Partial<CallAssembly> {
  failedSteps: FailedStepView[];
  timeline: TimelineEntry[];
  /** Entries left out of the timeline between its first and its latest ones (absent when none). */
  timelineDropped?: number;
}

/** Any provider event of the call, partial: see src/call/mapped-events.ts. */
export const callEventSignal = defineSignal<[CallEventDelivery]>('callEvent');
export const callLogSignal = defineSignal<[CallLogSignal]>('callLog');
export const routeDecisionSignal = defineSignal<[RouteDecisionSignal]>('routeDecision');
export const popupSignal = defineSignal<[PopupSignal]>('popup');
export const callProgressSignal = defineSignal<[CallProgressSignal]>('callProgress');
export const submitDispositionUpdate = defineUpdate<{ accepted: true }, [DispositionInput]>('submitDisposition');
export const decideStepUpdate = defineUpdate<{ stepId: string; status: 'retrying' | 'skipped' }, [StepDecision]>('decideStep');
export const callStateQuery = defineQuery<CallState>('callState');

/** How long a finished call's workflow waits for late events (notes, recordings) before it completes. */
export const IDLE_TIMEOUT = '30 minutes';
/** How long a call that needs a disposition waits for the agent. */
export const DISPOSITION_TIMEOUT = '24 hours';
/** The same two waits in milliseconds. */
export const IDLE_TIMEOUT_MS = 30 * 60_000;
export const DISPOSITION_TIMEOUT_MS = 24 * 3_600_000;

export function awaitingDisposition(state: CallContextState): boolean {
  const settings = state.settings;
  return !!settings?.disposition.requiredBeforeNextCall && !!state.agentUserId && !!state.endedAt && state.disposition?.status !== 'done';
}

export function validateDisposition(state: CallContextState, d: DispositionInput): void {
  const settings = state.settings;
  if (!settings) throw refusal('CONFLICT', 'the call is still starting; try again in a moment');
  if (state.disposition) throw refusal('CONFLICT', 'this call already has a disposition');
  if (!d.value?.trim()) throw refusal('VALIDATION_FAILED', 'a disposition value is required');
  const allowed = settings.disposition.values;
  if (allowed.length > 0 && !allowed.includes(d.value))
    throw refusal('VALIDATION_FAILED', `"${d.value}" is not one of the connector's dispositions: ${allowed.join(', ')}`);
  if (settings.disposition.task.mode === 'mandatory' && !d.task)
    throw refusal('VALIDATION_FAILED', 'this connector requires a follow-up task with the disposition');
  if (settings.disposition.task.mode === 'off' && d.task)
    throw refusal('VALIDATION_FAILED', 'this connector does not create tasks from dispositions');
  if (settings.disposition.customActivity.mode === 'mandatory' && !d.customActivity)
    throw refusal('VALIDATION_FAILED', 'this connector requires a custom activity with the disposition');
  if (settings.disposition.customActivity.mode === 'off' && d.customActivity)
    throw refusal('VALIDATION_FAILED', 'this connector does not create custom activities from dispositions');
}

/** What every call knows when its workflow starts, in both versions of the workflow. */
export function startingState(input: CallLifecycleInput): CallContextState & Pick<CallState, 'failedSteps' | 'timeline'> {
  return {
    connectorId: input.connectorId,
    callKey: input.callKey,
    workflowId: `call:${input.connectorId}:${input.callKey}`,
    settings: null,
    route: null,
    popup: null,
    leadId: null,
    agentUserId: null,
    answeredAt: null,
    endedAt: null,
    outcome: null,
    callLogsReceived: 0,
    activityId: null,
    lastOutcome: null,
    disposition: null,
    missedHandled: false,
    failedSteps: [],
    timeline: [],
  };
}

/**
 * The updates and the query both versions of the workflow answer: the agent's disposition (validated,
 * then queued for the workflow's loop), ops decisions on failed steps, and the call's state.
 */
export function answerUpdatesAndQuery(
  state: CallState,
  steps: ReturnType<typeof makeSteps>,
  note: (kind: TimelineEntry['kind'], what: string, detail?: Record<string, unknown>) => unknown,
  queueDisposition: (input: DispositionInput) => void,
): void {
  setHandler(
    submitDispositionUpdate,
    (d) => {
      queueDisposition(d);
      state.disposition = { ...d, status: 'pending', at: new Date().toISOString() };
      note('event', 'disposition submitted', { value: d.value, by: d.byUserId });
      return { accepted: true as const };
    },
    { validator: (d: DispositionInput) => validateDisposition(state, d) },
  );
  setHandler(decideStepUpdate, (d) => steps.decide(d), { validator: (d: StepDecision) => steps.validateDecision(d) });
  setHandler(callStateQuery, () => state);
}
