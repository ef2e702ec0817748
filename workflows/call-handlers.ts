/**
 * What the call workflow does with each event: fold its fields into the call (call-fold.ts), ring
 * or update the agent, and once the call is final write its phone-call activity (later events update
 * it). Every side effect goes through `steps.run`, so a failure becomes a failed step for ops
 * instead of a lost call.
 */
import type { CallEventDelivery } from '../src/call/mapped-events';
import type { CallEventWire } from '../src/call/wire';
import type { CallAssembly, CallContextState, DispositionInput, RouteDecisionSignal, TimelineEntry } from './call-defs';
import { derivedStatus, foldFields, isTerminal, type FoldPolicy } from './call-fold';
import { runDisposition } from './disposition';
import type { makeSteps } from './steps';

type Steps = ReturnType<typeof makeSteps>;

export type AssembledCallState = CallContextState & CallAssembly;

function agentState(state: AssembledCallState, status: 'ringing' | 'on-call' | 'wrap-up' | 'free') {
  return { userId: state.agentUserId, status, workflowId: state.workflowId, call: summary(state) };
}

/** The provider's id of the call: the one its events carry, else the one its key was made of, else the key. */
export function providerSessionId(state: Pick<AssembledCallState, 'call' | 'sessionId' | 'callKey'>): string {
  return state.call.sessionId ?? state.sessionId ?? state.callKey;
}

/** The lead's side of the call: the caller of an inbound call, the callee of an outbound one. */
function leadNumberOf(call: CallEventWire): string | undefined {
  return call.direction === 'Outbound' ? call.destinationNumber : call.sourceNumber;
}

/** The agent's side: the number the provider gave as the agent's, else the other end from the lead. */
function agentNumberOf(call: CallEventWire): string | undefined {
  return call.agentNumber ?? (call.direction === 'Outbound' ? call.sourceNumber : call.destinationNumber);
}

/** The call as the agent's console shows it. */
export function summary(state: AssembledCallState) {
  const { call } = state;
  return {
    workflowId: state.workflowId,
    connectorId: state.connectorId,
    callKey: state.callKey,
    sessionId: call.sessionId ?? state.sessionId,
    direction: call.direction ?? 'Inbound',
    customerNumber: leadNumberOf(call) ?? state.route?.callerNumber ?? '',
    virtualNumber: call.displayNumber ?? state.route?.virtualNumber ?? null,
    leadId: state.leadId,
    ivr: call.ivr ?? null,
    startedAt: call.startTimeUtc ?? call.startTime ?? state.popup?.at ?? state.route?.receivedAt ?? new Date().toISOString(),
    answeredAt: state.answeredAt,
    endedAt: state.endedAt,
    dispositionRequired: !!state.settings?.disposition.requiredBeforeNextCall,
    disposed: state.disposition?.status === 'done',
  };
}

function policyOf(state: AssembledCallState): FoldPolicy {
  return { precedence: state.settings?.calls?.fieldPrecedence ?? {}, firstLogWins: state.settings?.calls?.duplicatePolicy !== 'merge' };
}

/** The route decision's numbers are what the call knows before any provider event (lowest rank). */
export function foldRoute(state: AssembledCallState, signal: RouteDecisionSignal): void {
  const outbound = signal.reason === 'click-to-call';
  const fields: Partial<CallEventWire> = outbound
    ? {
        direction: 'Outbound',
        destinationNumber: signal.callerNumber,
        ...(signal.virtualNumber ? { displayNumber: signal.virtualNumber } : {}),
      }
    : { direction: 'Inbound', sourceNumber: signal.callerNumber, ...(signal.virtualNumber ? { displayNumber: signal.virtualNumber } : {}) };
  foldFields(state.call, state.sources, { eventId: signal.eventId, kind: 'route', fields }, policyOf(state));
}

/**
 * Handles one provider event. `entry` is the event's timeline entry, which learns the fields the
 * event brought and those the call kept from other events.
 */
export async function handleEvent(state: AssembledCallState, d: CallEventDelivery, entry: TimelineEntry, steps: Steps): Promise<void> {
  state.eventsReceived += 1;
  if (d.kind === 'log') state.callLogsReceived += 1;
  const folded = foldFields(state.call, state.sources, d, policyOf(state));
  if (folded.changed.length > 0 && d.mappingVersion > 0) state.mappingVersion = d.mappingVersion;
  entry.detail = { ...entry.detail, source: d.source, fields: folded.changed, ...(folded.kept.length > 0 ? { kept: folded.kept } : {}) };
  if (!state.sessionId && state.call.sessionId) state.sessionId = state.call.sessionId;

  if (d.kind === 'popup') await ringAgent(state, d, steps);
  if (d.kind === 'answered' || (state.call.answeredAt && !state.answeredAt)) {
    state.answeredAt ??= state.call.answeredAt ?? d.receivedAt;
    if (!state.endedAt && state.agentUserId)
      await steps.run('setAgentState', { status: 'on-call' }, (a) => a.setAgentState(agentState(state, 'on-call')), undefined);
  }
  if (isTerminal(d.kind, d.fields)) {
    state.endedAt ??= state.call.endTimeUtc ?? state.call.endTime ?? d.receivedAt;
    if (!state.final) {
      await finalize(state, 'terminal-event', steps);
      return;
    }
  }
  // An event that changes nothing of a written call leaves the activity as it is.
  if (state.final && folded.changed.length > 0) {
    await refreshParties(state, folded.changed, steps);
    await saveCall(state, steps);
  } else if (state.final) state.lastOutcome = 'ignored';
}

async function ringAgent(state: AssembledCallState, d: CallEventDelivery, steps: Steps): Promise<void> {
  const { call } = state;
  const callerNumber = leadNumberOf(call) ?? '';
  state.popup = {
    at: d.receivedAt,
    callerNumber,
    agentNumber: call.agentNumber ?? null,
    virtualNumber: call.displayNumber ?? null,
    ivr: call.ivr ?? null,
    sessionId: call.sessionId ?? null,
  };
  if (callerNumber || call.leadId) {
    const lead = await steps.run(
      'resolveLead',
      { phone: callerNumber, leadId: call.leadId ?? null },
      (a) =>
        a.resolveLead({
          connectorId: state.connectorId,
          callKey: state.callKey,
          leadId: call.leadId ?? state.leadId,
          phone: callerNumber,
          caller: {},
          create: false,
        }),
      { leadId: null, created: false, matchedBy: null },
    );
    state.leadId = lead.leadId ?? state.leadId;
  }
  await findAgent(state, steps);
  if (!state.agentUserId) return;
  // A popup arriving after the call ended (out of order) still updates the agent's view, but never rings.
  const status = state.endedAt ? (awaitsDisposition(state) ? 'wrap-up' : 'free') : state.answeredAt ? 'on-call' : 'ringing';
  await steps.run(
    'showPopup',
    { userId: state.agentUserId },
    // The popup's time of receipt rides along so the console's hub can measure delivery (activity input only: replay-safe).
    (a) => a.showPopup({ ...agentState(state, status), leadId: state.leadId, receivedAt: d.receivedAt }),
    undefined,
  );
}

/** The agent by the provider's agent id, else the agent's number, else the route decision's agent. */
async function findAgent(state: AssembledCallState, steps: Steps): Promise<void> {
  const { call } = state;
  const phone = agentNumberOf(call) ?? '';
  if (call.agentId || phone) {
    const agent = await steps.run(
      'resolveAgent',
      { phone, providerAgentId: call.agentId ?? null },
      (a) => a.resolveAgent({ connectorId: state.connectorId, providerAgentId: call.agentId ?? null, phone }),
      { userId: null, matchedBy: null },
    );
    state.agentUserId = agent.userId ?? state.agentUserId;
  }
  state.agentUserId ??= state.route?.agentUserId ?? null;
}

/**
 * After the quiet period without a final event: pull the call's record from the provider when the
 * connector can (its fields fill the gaps, as a call log's would), then finalise with what is known.
 */
export async function finishWithoutFinalEvent(
  state: AssembledCallState,
  note: (what: string, detail?: Record<string, unknown>) => void,
  steps: Steps,
): Promise<void> {
  const sessionId = state.call.sessionId ?? state.sessionId;
  if (state.settings?.calls?.callDetails && sessionId) {
    const pulled = await steps.run(
      'fetchCallDetails',
      { sessionId },
      (a) => a.fetchCallDetails({ connectorId: state.connectorId, sessionId, workflowId: state.workflowId }),
      null,
    );
    if (pulled?.fields) {
      const eventId = `details:${sessionId}`;
      const folded = foldFields(state.call, state.sources, { eventId, kind: 'details', fields: pulled.fields }, policyOf(state));
      note('call details pulled from the provider', { fields: folded.changed, ...(folded.kept.length > 0 ? { kept: folded.kept } : {}) });
    } else {
      note(
        `call details not available (${pulled?.status ?? 'skipped'})`,
        pulled?.problems?.length ? { problems: pulled.problems } : undefined,
      );
    }
  }
  state.endedAt ??= state.call.endTimeUtc ?? state.call.endTime ?? null;
  await finalize(state, 'quiet-period', steps);
}

/** The lead by the id the provider sent, else by the lead's number; an unknown caller may become a lead. */
async function findLead(state: AssembledCallState, steps: Steps): Promise<void> {
  const { call } = state;
  const leadNumber = leadNumberOf(call);
  if (!leadNumber && !call.leadId) return;
  const lead = await steps.run('resolveLead', { phone: leadNumber ?? '', leadId: call.leadId ?? null }, (a) =>
    a.resolveLead({
      connectorId: state.connectorId,
      callKey: state.callKey,
      leadId: call.leadId ?? state.leadId,
      phone: leadNumber ?? '',
      caller: {
        name: call.callerName,
        city: call.callerCity,
        state: call.callerState,
        country: call.callerCountry,
        zipCode: call.callerZipCode,
      },
      create: !!leadNumber,
    }),
  );
  state.leadId = lead.leadId ?? state.leadId;
}

const LEAD_FIELDS = new Set(['sourceNumber', 'destinationNumber', 'direction', 'leadId']);
const AGENT_FIELDS = new Set(['agentNumber', 'agentId', 'sourceNumber', 'destinationNumber', 'direction']);

/** A late event may bring what finds the lead or the agent of a call written without them. */
async function refreshParties(state: AssembledCallState, changed: readonly string[], steps: Steps): Promise<void> {
  if (!state.leadId && changed.some((f) => LEAD_FIELDS.has(f))) await findLead(state, steps);
  if (!state.agentUserId && changed.some((f) => AGENT_FIELDS.has(f))) await findAgent(state, steps);
}

/** Runs once per call: the lead, the agent, the activity, a missed call's task, the agent's state. */
async function finalize(state: AssembledCallState, reason: 'terminal-event' | 'quiet-period', steps: Steps): Promise<void> {
  state.final = { at: new Date().toISOString(), reason, noFinalEvent: reason === 'quiet-period' };
  const { call } = state;
  const status = derivedStatus(call, reason === 'terminal-event' || !!state.endedAt);
  if (status && !call.status) {
    call.status = status;
    state.sources.status = { eventId: 'derived', kind: 'derived', rank: 0 };
  }
  // An unanswered call talked for no time at all.
  if (call.status && call.status !== 'Answered' && call.durationSeconds === undefined) {
    call.durationSeconds = 0;
    state.sources.durationSeconds = { eventId: 'derived', kind: 'derived', rank: 0 };
  }
  await findLead(state, steps);
  await findAgent(state, steps);
  await saveCall(state, steps);

  const outcome = call.status === 'Answered' ? 'answered' : call.status ? 'missed' : null;
  if (outcome && !state.outcome) {
    state.outcome = outcome;
    if (outcome === 'answered') state.answeredAt ??= call.answeredAt ?? call.startTimeUtc ?? call.startTime ?? null;
    if (outcome === 'missed' && !state.missedHandled) {
      state.missedHandled = true;
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
  }
  if (state.agentUserId) {
    const agentStatus = awaitsDisposition(state) ? 'wrap-up' : 'free';
    await steps.run('setAgentState', { status: agentStatus }, (a) => a.setAgentState(agentState(state, agentStatus)), undefined);
  }
}

/**
 * The agent's end of the call is the agent's number: the destination of an inbound call, the source
 * of an outbound one. When the provider named the agent's number but not that end, it is derived
 * (lowest rank, so any event's own value replaces it).
 */
function deriveAgentSide(state: AssembledCallState): void {
  const { call } = state;
  if (!call.agentNumber || !call.direction) return;
  const end = call.direction === 'Inbound' ? 'destinationNumber' : 'sourceNumber';
  if (call[end]) return;
  call[end] = call.agentNumber;
  if (call.unverifiedNumbers?.includes('agentNumber')) call.unverifiedNumbers = [...new Set([...call.unverifiedNumbers, end])].sort();
  state.sources[end] = { eventId: 'derived', kind: 'derived', rank: 0 };
}

/** Writes the call as folded so far; the activity's id derives from the call, so this creates or updates it. */
async function saveCall(state: AssembledCallState, steps: Steps): Promise<void> {
  deriveAgentSide(state);
  const sources = Object.fromEntries(Object.entries(state.sources).map(([field, s]) => [field, s.kind]));
  const final = state.final ?? { at: new Date().toISOString(), reason: 'terminal-event' as const, noFinalEvent: false };
  const written = await steps.run('saveCallActivity', { callKey: state.callKey }, (a) =>
    a.saveCallActivity({
      connectorId: state.connectorId,
      callKey: state.callKey,
      call: state.call,
      leadId: state.leadId,
      agentId: state.agentUserId,
      opportunityId: state.route?.opportunityId ?? null,
      final,
      sources,
      fromProvider: state.callLogsReceived > 0 || Object.values(state.sources).some((s) => s.rank === 2),
      mappingVersion: state.mappingVersion,
    }),
  );
  state.activityId = written.activityId;
  state.lastOutcome = written.outcome;
  state.missing = written.missing;
}

function awaitsDisposition(state: AssembledCallState): boolean {
  return !!state.settings?.disposition.requiredBeforeNextCall && state.outcome === 'answered' && state.disposition?.status !== 'done';
}

export async function handleDisposition(state: AssembledCallState, input: DispositionInput, steps: Steps): Promise<void> {
  await runDisposition(state, input, steps, {
    summary: () => summary(state),
    sessionId: () => providerSessionId(state),
    agentState: (status) => agentState(state, status),
  });
}
