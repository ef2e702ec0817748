/**
 * The call workflow as it ran before a call was assembled from partial events: each provider event
 * had its own signal and a call log had to be complete. Calls started by that code replay and finish
 * on it (callLifecycle runs this when its history has no partial-events marker); new calls never
 * reach it. It can go once no such call is running (calls end within a day unless a failed step
 * waits for ops).
 *
 * This file runs in Temporal's deterministic sandbox: it imports only the workflow SDK and types.
 */
import { condition, setHandler } from '@temporalio/workflow';
import {
  answerUpdatesAndQuery,
  awaitingDisposition,
  callLogSignal,
  callProgressSignal,
  DISPOSITION_TIMEOUT,
  IDLE_TIMEOUT,
  startingState,
  popupSignal,
  routeDecisionSignal,
  type CallLifecycleInput,
  type CallLogSignal,
  type CallProgressSignal,
  type CallState,
  type DispositionInput,
  type PopupSignal,
  type RouteDecisionSignal,
  type TimelineEntry,
} from './call-defs';
import { handleCallLog, handleDisposition, handlePopup, handleProgress } from './legacy-call-handlers';
import { makeSteps } from './steps';

type InboxItem =
  | { type: 'route'; signal: RouteDecisionSignal }
  | { type: 'popup'; signal: PopupSignal }
  | { type: 'progress'; signal: CallProgressSignal }
  | { type: 'callLog'; signal: CallLogSignal }
  | { type: 'disposition'; input: DispositionInput };

export async function legacyCallLifecycle(input: CallLifecycleInput): Promise<CallState> {
  const state: CallState = { ...startingState(input), ...input };
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
  answerUpdatesAndQuery(state, steps, note, (d) => inbox.push({ type: 'disposition', input: d }));

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
