/**
 * Workflows that call providers: click-to-call and DID sync. Each runs its provider request as a
 * step (steps.ts): transient failures are retried, and a provider still failing becomes a failed step
 * that ops retry or skip, never a silently dropped call.
 *
 * Deterministic: imports only the workflow SDK and types.
 */
import {
  allHandlersFinished,
  condition,
  defineQuery,
  defineUpdate,
  getExternalWorkflowHandle,
  ParentClosePolicy,
  setHandler,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import type { DidSyncResult, PlaceCallInput, PlaceCallResult } from '../activities';
import { callLifecycle, decideStepUpdate, routeDecisionSignal, type StepDecision } from './call-lifecycle';
import { makeSteps, type FailedStepView } from './steps';

/** Who calls whom from which number; `callSessionId` is Patchcord's id, sent to providers that echo user data (8x8). */
export type ClickToCallInput = PlaceCallInput;

export interface ClickToCallOutcome {
  status: 'placed' | 'rejected' | 'failed';
  message: string;
  /** The call session later provider events join: the provider's call id, else ours. */
  callSessionId: string;
  providerCallId: string | null;
  /** The call's lifecycle workflow, when the call was placed. */
  callWorkflowId: string | null;
}

/** Answers as soon as the first attempt round is decided; the workflow may go on waiting for ops. */
export const clickToCallOutcomeUpdate = defineUpdate<ClickToCallOutcome>('clickToCallOutcome');
export const failedStepsQuery = defineQuery<FailedStepView[]>('failedSteps');

export async function clickToCall(input: ClickToCallInput): Promise<ClickToCallOutcome> {
  const state = { workflowId: workflowInfo().workflowId, connectorId: input.connectorId, failedSteps: [] as FailedStepView[] };
  let outcome: ClickToCallOutcome | null = null;
  const steps = makeSteps(
    state,
    () => undefined,
    (_step, message) => {
      outcome ??= { status: 'failed', message, callSessionId: input.callSessionId, providerCallId: null, callWorkflowId: null };
    },
  );
  setHandler(clickToCallOutcomeUpdate, async () => {
    await condition(() => outcome !== null);
    return outcome as ClickToCallOutcome;
  });
  setHandler(decideStepUpdate, (d) => steps.decide(d), { validator: (d: StepDecision) => steps.validateDecision(d) });
  setHandler(failedStepsQuery, () => state.failedSteps);

  const placed: PlaceCallResult | null = await steps.run('placeCall', input, (a) => a.placeCall(input), null);
  let final: ClickToCallOutcome;
  if (!placed)
    final = {
      status: 'failed',
      message: 'The call was not placed (skipped by ops).',
      callSessionId: input.callSessionId,
      providerCallId: null,
      callWorkflowId: null,
    };
  else if (!placed.ok)
    final = { status: 'rejected', message: placed.message, callSessionId: input.callSessionId, providerCallId: null, callWorkflowId: null };
  else {
    await joinCallSession(input, placed);
    final = {
      status: 'placed',
      message: placed.message,
      callSessionId: placed.sessionId,
      providerCallId: placed.providerCallId,
      callWorkflowId: placed.callWorkflowId,
    };
  }
  outcome = final;
  // A waiting update delivers its answer before the workflow completes.
  await condition(allHandlersFinished);
  return final;
}

/**
 * The placed call's later events (call log, popup) arrive with the provider's id; the call's own
 * workflow learns now who placed it and to whom, whichever of the two starts it first.
 */
async function joinCallSession(input: ClickToCallInput, placed: PlaceCallResult & { ok: true }): Promise<void> {
  try {
    await startChild(callLifecycle, {
      workflowId: placed.callWorkflowId,
      args: [{ connectorId: input.connectorId, callKey: placed.callKey, sessionId: placed.sessionId }],
      parentClosePolicy: ParentClosePolicy.ABANDON,
    });
  } catch (err) {
    // The provider's first event may have started it already (the error class lives outside the SDK's workflow module).
    if ((err as Error).name !== 'WorkflowExecutionAlreadyStartedError') throw err;
  }
  await getExternalWorkflowHandle(placed.callWorkflowId).signal(routeDecisionSignal, {
    eventId: `click-to-call:${workflowInfo().workflowId}`,
    receivedAt: placed.placedAt,
    callerNumber: input.customerNumber,
    virtualNumber: input.virtualNumber,
    agentUserId: input.agentUserId,
    leadId: input.leadId,
    opportunityId: null,
    queue: null,
    reason: 'click-to-call',
  });
}

export type { DidSyncResult };

export interface DidSyncInput {
  connectorId: string;
}

/** Pulls the provider's DID list into the connector's virtual numbers (a schedule runs it). */
export async function didSync(input: DidSyncInput): Promise<DidSyncResult | null> {
  const state = { workflowId: workflowInfo().workflowId, connectorId: input.connectorId, failedSteps: [] as FailedStepView[] };
  const steps = makeSteps(state, () => undefined);
  setHandler(decideStepUpdate, (d) => steps.decide(d), { validator: (d: StepDecision) => steps.validateDecision(d) });
  setHandler(failedStepsQuery, () => state.failedSteps);
  return steps.run('syncDids', input, (a) => a.syncDids(input), null);
}
