/**
 * One workflow per call session. Provider events arrive as signals (possibly more than once, in any
 * order) and are handled one at a time, in arrival order, by activities with finite retries.
 *
 * This file runs in Temporal's deterministic sandbox: it imports only the workflow SDK and types.
 */
import { condition, defineQuery, defineSignal, log, proxyActivities, setHandler } from '@temporalio/workflow';
import type { CallActivities } from '../activities';
import type { CallEventWire } from '../src/call/wire';

export interface CallLifecycleInput {
  connectorId: string;
  callKey: string;
}

export interface CallLogSignal {
  event: CallEventWire;
  mappingVersion: number;
  receivedAt: string;
}

export interface CallState {
  connectorId: string;
  callKey: string;
  callLogsReceived: number;
  activityId: string | null;
  leadId: string | null;
  agentId: string | null;
  lastOutcome: 'created' | 'merged' | 'ignored' | null;
}

export const callLogSignal = defineSignal<[CallLogSignal]>('callLog');
export const callStateQuery = defineQuery<CallState>('callState');

/** How long a call's workflow waits for further events (late call logs) before it completes. */
export const IDLE_TIMEOUT = '30 minutes';

const { resolveLead, resolveAgent, writeCallActivity } = proxyActivities<CallActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute', maximumAttempts: 8 },
});

export async function callLifecycle(input: CallLifecycleInput): Promise<CallState> {
  const state: CallState = {
    ...input,
    callLogsReceived: 0,
    activityId: null,
    leadId: null,
    agentId: null,
    lastOutcome: null,
  };
  const inbox: CallLogSignal[] = [];
  setHandler(callLogSignal, (signal) => {
    inbox.push(signal);
  });
  setHandler(callStateQuery, () => state);

  for (;;) {
    const hasWork = await condition(() => inbox.length > 0, IDLE_TIMEOUT);
    if (!hasWork) break;
    const signal = inbox.shift();
    if (!signal) continue;
    state.callLogsReceived += 1;
    await handleCallLog(state, signal);
  }
  return state;
}

async function handleCallLog(state: CallState, signal: CallLogSignal): Promise<void> {
  const { event } = signal;
  const leadNumber = event.direction === 'Inbound' ? event.sourceNumber : event.destinationNumber;
  const agentNumber = event.direction === 'Inbound' ? event.destinationNumber : event.sourceNumber;

  const lead = await resolveLead({
    connectorId: state.connectorId,
    callKey: state.callKey,
    leadId: event.leadId ?? null,
    phone: leadNumber,
    caller: {
      name: event.callerName,
      city: event.callerCity,
      state: event.callerState,
      country: event.callerCountry,
      zipCode: event.callerZipCode,
    },
  });
  const agent = await resolveAgent({ connectorId: state.connectorId, providerAgentId: event.agentId ?? null, phone: agentNumber });
  const written = await writeCallActivity({
    connectorId: state.connectorId,
    callKey: state.callKey,
    event,
    leadId: lead.leadId,
    agentId: agent.userId,
    mappingVersion: signal.mappingVersion,
  });
  state.activityId = written.activityId;
  state.leadId = lead.leadId;
  state.agentId = agent.userId;
  state.lastOutcome = written.outcome;
  log.info('call log handled', { callKey: state.callKey, outcome: written.outcome, leadCreated: lead.created });
}
