/**
 * One workflow per call session owns the call from the first provider event to the last follow-up.
 * A provider describes a call in several partial events (popup, live events, a status callback, the
 * call log, a recording later), in any order and possibly more than once: they are deduplicated by
 * event id, handled one at a time, and folded into one call (call-fold.ts). The call is final after a
 * terminal event (a call log, a hangup, a status that says how or when it ended), or after the
 * connector's quiet period without one; then its activity is written, and later events update it.
 * The agent's disposition and ops decisions on failed steps arrive as updates, validated first.
 *
 * Calls started before events became partial have no marker for PARTIAL_EVENTS in their history and
 * finish on the code they started with (legacy-call-lifecycle.ts). Calls started with BOUNDED_HISTORY
 * keep their timeline, their duplicate-id bookkeeping and their history bounded, continuing as new
 * with everything they know when a run grows long (call-bounds.ts); calls started before it run as
 * they began.
 *
 * This file runs in Temporal's deterministic sandbox: it imports only the workflow SDK and types.
 */
import { allHandlersFinished, condition, continueAsNew, patched, setHandler, workflowInfo } from '@temporalio/workflow';
import type { CallEventDelivery } from '../src/call/mapped-events';
import type { CallEventWire } from '../src/call/wire';
import {
  answerUpdatesAndQuery,
  awaitingDisposition,
  callEventSignal,
  callLogSignal,
  callProgressSignal,
  DISPOSITION_TIMEOUT_MS,
  IDLE_TIMEOUT_MS,
  startingState,
  popupSignal,
  routeDecisionSignal,
  type CallLifecycleInput,
  type CallState,
  type CarriedCall,
  type DispositionInput,
  type RouteDecisionSignal,
  type TimelineEntry,
} from './call-defs';
import { capTimeline, historyFull, historyLimits, makeSeenIds, UNBOUNDED } from './call-bounds';
import { foldRoute, finishWithoutFinalEvent, handleDisposition, handleEvent } from './call-handlers';
import { legacyCallLifecycle } from './legacy-call-lifecycle';
import { makeSteps } from './steps';

export * from './call-defs';

/** The patch marker of calls assembled from partial events. */
export const PARTIAL_EVENTS = 'partial-events';
/** The patch marker of calls whose timeline, duplicate ids and history are bounded (call-bounds.ts). */
export const BOUNDED_HISTORY = 'bounded-history';
/** The quiet period when the connector's settings are not loaded (they always are, unless skipped). */
const DEFAULT_QUIET_SECONDS = 1800;

type InboxItem =
  | { type: 'route'; signal: RouteDecisionSignal }
  | { type: 'event'; delivery: CallEventDelivery; entry: TimelineEntry }
  | { type: 'disposition'; input: DispositionInput };

const WHAT: Record<string, string> = {
  log: 'call log received',
  popup: 'popup requested',
  answered: 'call answered',
  hangup: 'call hangup',
  status: 'call status received',
  live: 'live event received',
  recording: 'recording received',
};

export async function callLifecycle(input: CallLifecycleInput): Promise<CallState> {
  if (!patched(PARTIAL_EVENTS)) return legacyCallLifecycle(input);
  // Read once: a call that began without the marker keeps running as it began, whatever code replays it.
  const bounded = patched(BOUNDED_HISTORY);
  const limits = bounded ? historyLimits(input.limits) : UNBOUNDED;
  const carried = bounded ? input.carried : undefined;
  const state: CarriedCall['state'] = carried?.state ?? {
    ...startingState(input),
    sessionId: input.sessionId ?? null,
    call: { custom: {} },
    sources: {},
    final: null,
    missing: [],
    eventsReceived: 0,
    mappingVersion: 0,
  };
  const seen = makeSeenIds(limits.seenIds, carried?.seen);
  const inbox: InboxItem[] = [];
  const note = (kind: TimelineEntry['kind'], what: string, detail?: Record<string, unknown>): TimelineEntry => {
    const entry: TimelineEntry = { at: new Date().toISOString(), kind, what, ...(detail ? { detail } : {}) };
    state.timeline.push(entry);
    capTimeline(state, limits);
    return entry;
  };
  const fresh = (eventId: string | undefined, what: string): boolean => {
    if (eventId && seen.seen(eventId)) {
      note('event', `${what} (duplicate, ignored)`, { eventId });
      return false;
    }
    return true;
  };
  const deliver = (delivery: CallEventDelivery) => {
    const what = WHAT[delivery.kind] ?? `${delivery.kind} received`;
    if (!fresh(delivery.eventId, what)) return;
    inbox.push({ type: 'event', delivery, entry: note('event', what, { eventId: delivery.eventId, kind: delivery.kind }) });
  };
  const steps = makeSteps(state, note);

  setHandler(callEventSignal, deliver);
  setHandler(routeDecisionSignal, (signal) => {
    if (!fresh(signal.eventId, 'route decided')) return;
    note('event', 'route decided', { eventId: signal.eventId });
    inbox.push({ type: 'route', signal });
  });
  // The older signals, from an API that has not been updated yet during a rolling deploy.
  setHandler(callLogSignal, (s) =>
    deliver({
      eventId: s.eventId ?? `log:${s.receivedAt}`,
      receivedAt: s.receivedAt,
      source: 'call-log',
      kind: 'log',
      fields: s.event,
      mappingVersion: s.mappingVersion,
    }),
  );
  setHandler(popupSignal, (s) => {
    const fields: CallEventWire = {
      custom: {},
      direction: 'Inbound',
      sessionId: s.sessionId,
      sourceNumber: s.callerNumber,
      ...(s.agentNumber ? { agentNumber: s.agentNumber } : {}),
      ...(s.virtualNumber ? { displayNumber: s.virtualNumber } : {}),
      ...(s.providerAgentId ? { agentId: s.providerAgentId } : {}),
      ...(s.leadId ? { leadId: s.leadId } : {}),
      ...(s.ivr ? { ivr: s.ivr } : {}),
    };
    deliver({ eventId: s.eventId, receivedAt: s.receivedAt, source: 'popup', kind: 'popup', fields, mappingVersion: 0 });
  });
  setHandler(callProgressSignal, (s) => {
    const fields: CallEventWire =
      s.kind === 'answered'
        ? { custom: {}, answeredAt: s.at }
        : { custom: {}, endTime: s.at, ...(s.answered === null ? {} : { status: s.answered ? 'Answered' : 'Missed' }) };
    deliver({ eventId: s.eventId, receivedAt: s.receivedAt, source: 'call-event', kind: s.kind, fields, mappingVersion: 0 });
  });
  answerUpdatesAndQuery(state, steps, note, (d) => inbox.push({ type: 'disposition', input: d }));

  if (!carried) {
    state.settings = await steps.run('loadCallSettings', { connectorId: input.connectorId }, (a) =>
      a.loadCallSettings(input.connectorId, input.callKey),
    );
    const written = state.settings.calls?.written;
    if (written) {
      // An earlier run finalised this call: events now update its activity as they come.
      state.final = { at: new Date().toISOString(), reason: written.finalReason, noFinalEvent: written.noFinalEvent };
      state.activityId = written.activityId;
      note('decision', 'the call was finalised by an earlier run; events update its activity');
    }
  }
  const quietMs = (state.settings?.calls?.quietSeconds ?? DEFAULT_QUIET_SECONDS) * 1000;
  const full = () => bounded && historyFull(limits);
  // When the current wait for work began (a continued run resumes its previous run's wait).
  let waitingSince: number | null = carried ? Date.parse(carried.quietSince) : null;

  for (;;) {
    if (full() && inbox.length === 0) {
      // Between items: no step is running or waiting for ops. Queued work is handled first, and the
      // signals a handler may still deliver land in this run's inbox before it hands over.
      await condition(allHandlersFinished);
      if (inbox.length === 0) {
        const runs = (carried?.runs ?? 0) + 1;
        note('decision', 'the call continues in a new run', { historyLength: workflowInfo().historyLength, run: runs + 1 });
        const handover: CarriedCall = { state, seen: seen.list(), quietSince: new Date(waitingSince ?? Date.now()).toISOString(), runs };
        return continueAsNew<typeof callLifecycle>({ ...input, carried: handover });
      }
    }
    const waitMs = awaitingDisposition(state) ? DISPOSITION_TIMEOUT_MS : state.final ? IDLE_TIMEOUT_MS : quietMs;
    waitingSince ??= Date.now();
    // A continued run waits only what is left of the wait its previous run began.
    const timeout = bounded ? Math.max(1, waitMs - (Date.now() - waitingSince)) : waitMs;
    const hasWork = await condition(() => inbox.length > 0 || full(), timeout);
    if (!hasWork) {
      waitingSince = null;
      // Quiet for the whole period: a call that never got its final event still ends.
      if (!state.final && (state.eventsReceived > 0 || state.route)) {
        note('decision', 'no final event within the quiet period', { quietSeconds: quietMs / 1000 });
        await finishWithoutFinalEvent(state, (what, detail) => note('effect', what, detail), steps);
        continue;
      }
      break;
    }
    const item = inbox.shift();
    // Woken with nothing to do: the history is long enough to continue as new.
    if (!item) continue;
    waitingSince = null;
    switch (item.type) {
      case 'route':
        state.route = item.signal;
        if (!state.leadId && item.signal.leadId) state.leadId = item.signal.leadId;
        foldRoute(state, item.signal);
        break;
      case 'event':
        await handleEvent(state, item.delivery, item.entry, steps);
        break;
      case 'disposition':
        await handleDisposition(state, item.input, steps);
        break;
    }
  }
  return state;
}
