/**
 * What the call workflow did for each kind of event before calls were assembled from partial events
 * (see legacy-call-lifecycle.ts); what they do, and in which order, is kept unchanged so those calls
 * replay (the disposition is shared: disposition.ts). Every side effect goes through `steps.run`, so a
 * failure becomes a failed step for ops instead of a lost call.
 */
import type { CompleteCallLogWire } from '../src/call/wire';
import type { CallContextState, CallLogSignal, CallProgressSignal, DispositionInput, PopupSignal } from './call-defs';
import { runDisposition } from './disposition';
import type { makeSteps } from './steps';

type Steps = ReturnType<typeof makeSteps>;

function agentState(state: CallContextState, status: 'ringing' | 'on-call' | 'wrap-up' | 'free') {
  return { userId: state.agentUserId, status, workflowId: state.workflowId, call: summary(state) };
}

/** The call as the agent's console shows it. */
/**
 * The provider's id of the call: the popup's, else the one the call key carries (a click-to-call's
 * provider id is known only from its key), else the key itself.
 */
export function providerSessionId(state: Pick<CallContextState, 'popup' | 'callKey'>): string {
  return state.popup?.sessionId ?? (state.callKey.startsWith('s:') ? state.callKey.slice(2) : state.callKey);
}

export function summary(state: CallContextState) {
  return {
    workflowId: state.workflowId,
    connectorId: state.connectorId,
    callKey: state.callKey,
    sessionId: state.popup?.sessionId ?? null,
    direction: 'Inbound' as const,
    customerNumber: state.popup?.callerNumber ?? state.route?.callerNumber ?? '',
    virtualNumber: state.popup?.virtualNumber ?? state.route?.virtualNumber ?? null,
    leadId: state.leadId,
    ivr: state.popup?.ivr ?? null,
    startedAt: state.popup?.at ?? state.route?.receivedAt ?? new Date().toISOString(),
    answeredAt: state.answeredAt,
    endedAt: state.endedAt,
    dispositionRequired: !!state.settings?.disposition.requiredBeforeNextCall,
    disposed: state.disposition?.status === 'done',
  };
}

export async function handlePopup(state: CallContextState, signal: PopupSignal, steps: Steps): Promise<void> {
  state.popup = {
    at: signal.receivedAt,
    callerNumber: signal.callerNumber,
    agentNumber: signal.agentNumber,
    virtualNumber: signal.virtualNumber,
    ivr: signal.ivr,
    sessionId: signal.sessionId,
  };
  const lead = await steps.run(
    'resolveLead',
    { phone: signal.callerNumber, leadId: signal.leadId },
    (a) =>
      a.resolveLead({
        connectorId: state.connectorId,
        callKey: state.callKey,
        leadId: signal.leadId ?? state.leadId,
        phone: signal.callerNumber,
        caller: {},
        create: false,
      }),
    { leadId: null, created: false, matchedBy: null },
  );
  state.leadId = lead.leadId ?? state.leadId;
  const agent = await steps.run(
    'resolveAgent',
    { phone: signal.agentNumber, providerAgentId: signal.providerAgentId },
    (a) => a.resolveAgent({ connectorId: state.connectorId, providerAgentId: signal.providerAgentId, phone: signal.agentNumber ?? '' }),
    { userId: null, matchedBy: null },
  );
  state.agentUserId = agent.userId ?? state.agentUserId ?? state.route?.agentUserId ?? null;
  if (!state.agentUserId) return;
  // A popup arriving after the call ended (out of order) still updates the agent's view, but never rings.
  const status = state.endedAt ? (awaitsDisposition(state) ? 'wrap-up' : 'free') : state.answeredAt ? 'on-call' : 'ringing';
  await steps.run(
    'showPopup',
    { userId: state.agentUserId },
    (a) => a.showPopup({ ...agentState(state, status), leadId: state.leadId }),
    undefined,
  );
}

export async function handleProgress(state: CallContextState, signal: CallProgressSignal, steps: Steps): Promise<void> {
  if (signal.kind === 'answered') {
    state.answeredAt ??= signal.at;
    if (!state.endedAt && state.agentUserId)
      await steps.run('setAgentState', { status: 'on-call' }, (a) => a.setAgentState(agentState(state, 'on-call')), undefined);
    return;
  }
  state.endedAt ??= signal.at;
  if (signal.answered === true) state.answeredAt ??= signal.at;
  const missed = signal.answered === false || (signal.answered === null && !state.answeredAt);
  await finishCall(state, missed ? 'missed' : 'answered', steps);
}

export async function handleCallLog(state: CallContextState, signal: CallLogSignal, steps: Steps): Promise<void> {
  const { event } = signal;
  state.callLogsReceived += 1;
  const leadNumber = event.direction === 'Inbound' ? event.sourceNumber : event.destinationNumber;
  const agentNumber = event.direction === 'Inbound' ? event.destinationNumber : event.sourceNumber;
  const lead = await steps.run('resolveLead', { phone: leadNumber, leadId: event.leadId ?? null }, (a) =>
    a.resolveLead({
      connectorId: state.connectorId,
      callKey: state.callKey,
      leadId: event.leadId ?? state.leadId,
      phone: leadNumber,
      caller: {
        name: event.callerName,
        city: event.callerCity,
        state: event.callerState,
        country: event.callerCountry,
        zipCode: event.callerZipCode,
      },
      create: true,
    }),
  );
  const agent = await steps.run('resolveAgent', { phone: agentNumber, providerAgentId: event.agentId ?? null }, (a) =>
    a.resolveAgent({ connectorId: state.connectorId, providerAgentId: event.agentId ?? null, phone: agentNumber }),
  );
  state.leadId = lead.leadId ?? state.leadId;
  state.agentUserId = state.agentUserId ?? agent.userId;
  const written = await steps.run('writeCallActivity', { callKey: state.callKey }, (a) =>
    a.writeCallActivity({
      connectorId: state.connectorId,
      callKey: state.callKey,
      event,
      leadId: state.leadId,
      agentId: state.agentUserId,
      mappingVersion: signal.mappingVersion,
      origin: 'provider',
      opportunityId: state.route?.opportunityId ?? null,
    }),
  );
  state.activityId = written.activityId;
  state.lastOutcome = written.outcome;
  if (!state.endedAt) state.endedAt = event.endTime;
  if (event.status === 'Answered') state.answeredAt ??= event.startTime;
  await finishCall(state, event.status === 'Answered' ? 'answered' : 'missed', steps);
}

function awaitsDisposition(state: CallContextState): boolean {
  return !!state.settings?.disposition.requiredBeforeNextCall && state.outcome === 'answered' && state.disposition?.status !== 'done';
}

/** Runs once per call, whichever of hangup and call log comes first. */
export async function finishCall(state: CallContextState, outcome: 'answered' | 'missed', steps: Steps): Promise<void> {
  if (state.outcome) return;
  state.outcome = outcome;
  if (outcome === 'missed' && !state.missedHandled) {
    state.missedHandled = true;
    if (!state.activityId) {
      const written = await steps.run('logMissedCall', { callKey: state.callKey }, (a) =>
        a.writeCallActivity({
          connectorId: state.connectorId,
          callKey: state.callKey,
          event: missedEvent(state),
          leadId: state.leadId,
          agentId: state.agentUserId,
          mappingVersion: 0,
          origin: 'lifecycle',
        }),
      );
      state.activityId = written.activityId;
    }
    if (state.settings?.missedCall.createTask && state.leadId) {
      await steps.run('createMissedCallTask', { leadId: state.leadId }, (a) =>
        a.createMissedCallTask({
          workflowId: state.workflowId,
          connectorId: state.connectorId,
          leadId: state.leadId ?? '',
          callerNumber: summary(state).customerNumber,
          dueInMinutes: state.settings?.missedCall.dueInMinutes ?? 60,
        }),
      );
    }
  }
  if (state.agentUserId) {
    const status = awaitsDisposition(state) ? 'wrap-up' : 'free';
    await steps.run('setAgentState', { status }, (a) => a.setAgentState(agentState(state, status)), undefined);
  }
}

function missedEvent(state: CallContextState): CompleteCallLogWire {
  const s = summary(state);
  return {
    sourceNumber: s.customerNumber,
    destinationNumber: state.popup?.agentNumber ?? '',
    displayNumber: s.virtualNumber ?? '',
    startTime: s.startedAt,
    endTime: state.endedAt ?? s.startedAt,
    durationSeconds: 0,
    status: 'Missed',
    direction: 'Inbound',
    custom: {},
    ...(s.sessionId ? { sessionId: s.sessionId } : {}),
  };
}

export async function handleDisposition(state: CallContextState, input: DispositionInput, steps: Steps): Promise<void> {
  await runDisposition(state, input, steps, {
    summary: () => summary(state),
    sessionId: () => providerSessionId(state),
    agentState: (status) => agentState(state, status),
  });
}
