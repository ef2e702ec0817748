/**
 * Workflows that call providers: click-to-call and DID sync. Each runs its provider request as a
 * step (steps.ts): transient failures are retried, and a provider still failing becomes a failed step
 * that ops retry or skip, never a silently dropped call.
 *
 * A click-to-call is never dialled twice by itself: when the provider may have placed the call but
 * its answer was lost (`PROVIDER_OUTCOME_UNKNOWN`), the provider is asked whether it has the call
 * (`checkCallPlaced`) instead of being asked to dial again.
 *
 * Deterministic: imports only the workflow SDK and types.
 */
import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  condition,
  defineQuery,
  defineUpdate,
  getExternalWorkflowHandle,
  ParentClosePolicy,
  patched,
  setHandler,
  sleep,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import type { CallActivities, DidSyncResult, PlaceCallInput, PlaceCallResult } from '../activities';
import { callLifecycle, decideStepUpdate, routeDecisionSignal, type StepDecision } from './call-lifecycle';
import { makeSteps, type FailedStepView } from './steps';

/** Who calls whom from which number; `callSessionId` is Patchcord's id, sent to providers that echo user data (8x8). */
export type ClickToCallInput = PlaceCallInput;

export interface ClickToCallOutcome {
  /** `unknown`: the provider may have placed the call and could not confirm it; it is never dialled again by Patchcord. */
  status: 'placed' | 'rejected' | 'failed' | 'unknown';
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
    (_step, message, type) => {
      const status = type === OUTCOME_UNKNOWN ? 'unknown' : 'failed';
      outcome ??= { status, message, callSessionId: input.callSessionId, providerCallId: null, callWorkflowId: null };
    },
  );
  setHandler(clickToCallOutcomeUpdate, async () => {
    await condition(() => outcome !== null);
    return outcome as ClickToCallOutcome;
  });
  setHandler(decideStepUpdate, (d) => steps.decide(d), { validator: (d: StepDecision) => steps.validateDecision(d) });
  setHandler(failedStepsQuery, () => state.failedSteps);

  // Set once the provider may have placed the call: from then on an ops retry asks it again, never dials.
  const dial = { mayHaveDialled: false };
  const placed: Placement | null = await steps.run('placeCall', input, (a) => placeOrConfirm(a, input, dial), null);
  let final: ClickToCallOutcome;
  if (placed === UNCONFIRMED)
    final = {
      status: 'unknown',
      message: UNCONFIRMED_MESSAGE,
      callSessionId: input.callSessionId,
      providerCallId: null,
      callWorkflowId: null,
    };
  else if (!placed)
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

const OUTCOME_UNKNOWN = 'PROVIDER_OUTCOME_UNKNOWN';
/** Command order changed from here on: `checkCallPlaced` (and its waits) after an unknown outcome. */
const CONFIRM_PATCH = 'click-to-call-confirm-unknown-outcome';
/** Asks this many times, this far apart, so that a provider slow to register the call still counts. */
const CONFIRM_TRIES = 3;
const CONFIRM_INTERVAL = '2 seconds';
const OUTCOME_UNKNOWN_MESSAGE =
  'The provider did not answer in time and may have placed this call, so it was not dialled again. ' +
  'Retry asks the provider again (it never dials); skip gives up. The agent dials again if the call did not happen.';
const UNCONFIRMED_MESSAGE =
  'The provider may have placed this call and could not confirm it; it was not dialled again. Dial again if the call did not happen.';

/** A click-to-call the provider may have placed without saying so, after ops asked it to check again. */
const UNCONFIRMED = 'unconfirmed';
type Placement = PlaceCallResult | typeof UNCONFIRMED;

function isOutcomeUnknown(err: unknown): boolean {
  const failure = err instanceof ActivityFailure ? err.cause : err;
  return failure instanceof ApplicationFailure && failure.type === OUTCOME_UNKNOWN;
}

/**
 * Dials; when the provider may have placed the call without its answer arriving, asks it whether it
 * has the call. Found: placed. Not found after a few tries, or no way to ask: a non-retryable
 * failure of that type, which becomes a failed step for ops. An ops retry of that step asks the
 * provider again and never dials: found is placed, anything else is `unconfirmed` (the agent, who
 * knows whether the phone rang, dials again).
 */
async function placeOrConfirm(a: CallActivities, input: ClickToCallInput, dial: { mayHaveDialled: boolean }): Promise<Placement> {
  const retriedByOps = dial.mayHaveDialled;
  if (!retriedByOps) {
    try {
      return await a.placeCall(input);
    } catch (err) {
      // Before the patch an unknown outcome was a failure like any other (no history has one).
      if (!isOutcomeUnknown(err) || !patched(CONFIRM_PATCH)) throw err;
      dial.mayHaveDialled = true;
    }
  }
  for (let attempt = 1; attempt <= CONFIRM_TRIES; attempt++) {
    const check = await a.checkCallPlaced(input).catch(() => null);
    if (check?.status === 'placed') return check.result;
    if (check?.status === 'unsupported') break;
    if (attempt < CONFIRM_TRIES) await sleep(CONFIRM_INTERVAL);
  }
  if (retriedByOps) return UNCONFIRMED;
  throw ApplicationFailure.nonRetryable(OUTCOME_UNKNOWN_MESSAGE, OUTCOME_UNKNOWN);
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
