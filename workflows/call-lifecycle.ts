/**
 * One workflow per call session owns the call from the first provider event to the last follow-up.
 * Provider events (route decision, popup, answered, hangup, call log) arrive as signals, in any order
 * and possibly more than once; they are deduplicated by event id and handled one at a time. The
 * agent's disposition and ops decisions on failed steps arrive as updates, validated first.
 *
 * This file runs in Temporal's deterministic sandbox: it imports only the workflow SDK and types.
 */
import { condition, defineQuery, defineSignal, defineUpdate, setHandler } from '@temporalio/workflow';
import type { PopupEvent } from '../src/call/lifecycle-events';
import type { CallEventWire } from '../src/call/wire';
import type { CallSettings } from '../activities';
import { makeSteps, type FailedStepView } from './steps';
import { handleCallLog, handleDisposition, handlePopup, handleProgress, type CallContextState } from './call-handlers';

export interface CallLifecycleInput {
  connectorId: string;
  callKey: string;
}

interface EventBase {
  /** Identifies one provider delivery: the same event sent twice has the same id. */
  eventId: string;
  receivedAt: string;
}

export interface CallLogSignal extends Partial<EventBase> {
  event: CallEventWire;
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

/** The validated popup (src/call/lifecycle-events.ts), as one delivery. */
export interface PopupSignal extends EventBase, PopupEvent {}

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

export interface CallState extends CallContextState {
  failedSteps: FailedStepView[];
  timeline: TimelineEntry[];
}

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

type InboxItem =
  | { type: 'route'; signal: RouteDecisionSignal }
  | { type: 'popup'; signal: PopupSignal }
  | { type: 'progress'; signal: CallProgressSignal }
  | { type: 'callLog'; signal: CallLogSignal }
  | { type: 'disposition'; input: DispositionInput };

export async function callLifecycle(input: CallLifecycleInput): Promise<CallState> {
  const state: CallState = {
    ...input,
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
  const seen = new Set<string>();
  const inbox: InboxItem[] = [];
  const note = (kind: TimelineEntry['kind'], what: string, detail?: Record<string, unknown>) => {
    state.timeline.push({ at: new Date().toISOString(), kind, what, ...(detail ? { detail } : {}) });
  };
  const accept = (item: InboxItem, eventId: string | undefined, what: string) => {
    if (eventId && seen.has(eventId)) {
      note('event', `${what} (duplicate, ignored)`, { eventId });
      return;
    }
    if (eventId) seen.add(eventId);
    note('event', what, eventId ? { eventId } : undefined);
    inbox.push(item);
  };
  const steps = makeSteps(state, note);

  setHandler(callLogSignal, (signal) => accept({ type: 'callLog', signal }, signal.eventId, 'call log received'));
  setHandler(routeDecisionSignal, (signal) => accept({ type: 'route', signal }, signal.eventId, 'route decided'));
  setHandler(popupSignal, (signal) => accept({ type: 'popup', signal }, signal.eventId, 'popup requested'));
  setHandler(callProgressSignal, (signal) => accept({ type: 'progress', signal }, signal.eventId, `call ${signal.kind}`));
  setHandler(
    submitDispositionUpdate,
    (d) => {
      inbox.push({ type: 'disposition', input: d });
      state.disposition = { ...d, status: 'pending', at: new Date().toISOString() };
      note('event', 'disposition submitted', { value: d.value, by: d.byUserId });
      return { accepted: true as const };
    },
    { validator: (d: DispositionInput) => validateDisposition(state, d) },
  );
  setHandler(decideStepUpdate, (d) => steps.decide(d), { validator: (d: StepDecision) => steps.validateDecision(d) });
  setHandler(callStateQuery, () => state);

  state.settings = await steps.run('loadCallSettings', { connectorId: input.connectorId }, (a) => a.loadCallSettings(input.connectorId));

  for (;;) {
    const timeout = awaitingDisposition(state) ? DISPOSITION_TIMEOUT : IDLE_TIMEOUT;
    const hasWork = await condition(() => inbox.length > 0, timeout);
    if (!hasWork) break;
    const item = inbox.shift();
    if (!item) continue;
    switch (item.type) {
      case 'route':
        state.route = item.signal;
        if (!state.leadId && item.signal.leadId) state.leadId = item.signal.leadId;
        break;
      case 'popup':
        await handlePopup(state, item.signal, steps);
        break;
      case 'progress':
        await handleProgress(state, item.signal, steps);
        break;
      case 'callLog':
        await handleCallLog(state, item.signal, steps);
        break;
      case 'disposition':
        await handleDisposition(state, item.input, steps);
        break;
    }
  }
  return state;
}

function awaitingDisposition(state: CallContextState): boolean {
  const settings: CallSettings | null = state.settings;
  return !!settings?.disposition.requiredBeforeNextCall && !!state.agentUserId && !!state.endedAt && state.disposition?.status !== 'done';
}

function validateDisposition(state: CallContextState, d: DispositionInput): void {
  const settings = state.settings;
  if (!settings) throw new Error('the call is still starting; try again in a moment');
  if (state.disposition) throw new Error('this call already has a disposition');
  if (!d.value?.trim()) throw new Error('a disposition value is required');
  const allowed = settings.disposition.values;
  if (allowed.length > 0 && !allowed.includes(d.value)) throw new Error(`"${d.value}" is not one of the connector's dispositions: ${allowed.join(', ')}`);
  if (settings.disposition.task.mode === 'mandatory' && !d.task) throw new Error('this connector requires a follow-up task with the disposition');
  if (settings.disposition.task.mode === 'off' && d.task) throw new Error('this connector does not create tasks from dispositions');
  if (settings.disposition.customActivity.mode === 'mandatory' && !d.customActivity) throw new Error('this connector requires a custom activity with the disposition');
  if (settings.disposition.customActivity.mode === 'off' && d.customActivity) throw new Error('this connector does not create custom activities from dispositions');
}
