/**
 * Every side effect of a call runs as a named step. A step's activity retries by the kind of its
 * failure (`src/retry-policy.ts`, applied by the activity's failure wrapper, since workflow code cannot
 * read configuration); when it still fails (its kind's retries used up, or a permanent error) the step
 * is recorded as failed and the call waits for an ops decision: retry the step, or skip it and go on.
 */
import { ActivityFailure, ApplicationFailure, condition, proxyActivities, proxyLocalActivities, uuid4 } from '@temporalio/workflow';
import type { CallActivities } from '../activities';
import type { RetryDetail } from '../src/retry-policy';
import { refusal } from './refusals';

/**
 * Capped exponential backoff. How long a step retries is the retry table's decision, made in the
 * activity; the attempt limit here is only a backstop that keeps every policy finite (1000 attempts at
 * up to 30 s apart outlast the longest window configuration allows, 4 hours).
 */
export const STEP_RETRY = {
  initialInterval: '1 second',
  backoffCoefficient: 2,
  maximumInterval: '30 seconds',
  maximumAttempts: 1000,
} as const;

/**
 * CRM steps are short database operations: they run as local activities, in the worker that runs the
 * workflow, without a round trip through the Temporal server per step (the call's latency and the
 * server's load both drop). Steps that call out to a provider run as ordinary activities.
 */
const local = proxyLocalActivities<CallActivities>({ startToCloseTimeout: '10 seconds', retry: STEP_RETRY });
const remote = proxyActivities<CallActivities>({ startToCloseTimeout: '30 seconds', retry: STEP_RETRY });
const REMOTE_STEPS: ReadonlySet<string> = new Set(['pushDisposition', 'syncDids', 'fetchCallDetails']);
/**
 * Placing a call has someone waiting on it: fewer, quicker attempts, so the agent hears back in
 * seconds; a provider still not answering becomes a failed step like any other.
 */
export const DIAL_RETRY = {
  initialInterval: '500 milliseconds',
  backoffCoefficient: 2,
  maximumInterval: '5 seconds',
  maximumAttempts: 3,
} as const;
const dial = proxyActivities<CallActivities>({ startToCloseTimeout: '30 seconds', retry: DIAL_RETRY });
const DIAL_STEPS: ReadonlySet<string> = new Set(['placeCall']);
/**
 * Recording a failure for ops must itself not get lost: no window ends its retries (the retry table's
 * bookkeeping activities), only the backstop.
 */
const bookkeeping = proxyActivities<CallActivities>({ startToCloseTimeout: '30 seconds', retry: STEP_RETRY });

export interface FailedStepView {
  stepId: string;
  step: string;
  error: string;
  errorType: string | null;
  attempts: number;
  input: unknown;
  status: 'failed' | 'retrying' | 'skipped' | 'resolved';
  decidedBy: string | null;
}

interface StepsState {
  workflowId: string;
  connectorId: string;
  failedSteps: FailedStepView[];
}

type Note = (kind: 'effect' | 'failure' | 'ops', what: string, detail?: Record<string, unknown>) => void;

function isRetryDetail(value: unknown): value is RetryDetail {
  return typeof value === 'object' && value !== null && typeof (value as Partial<RetryDetail>).attempts === 'number';
}

function describe(err: unknown, maximumAttempts: number): { message: string; type: string | null; attempts: number } {
  // Activities fail as ActivityFailure wrapping the last attempt's error; local activities may
  // surface that error itself.
  const failure = err instanceof ActivityFailure ? (err.cause ?? err) : err;
  const message = failure instanceof Error ? failure.message : String(failure);
  const type = failure instanceof ApplicationFailure ? (failure.type ?? null) : null;
  // The activity's failure says which attempt it was (the last entry of its details).
  const detail = failure instanceof ApplicationFailure ? failure.details?.at(-1) : undefined;
  if (isRetryDetail(detail)) return { message, type, attempts: detail.attempts };
  // A failure without it (a timeout, or one from an older worker): a permanent error failed at once,
  // anything else failed every attempt the retry policy allows.
  const permanent =
    (failure instanceof ApplicationFailure && failure.nonRetryable) ||
    (err instanceof ActivityFailure && err.retryState === 'NON_RETRYABLE_FAILURE');
  return { message, type, attempts: permanent ? 1 : maximumAttempts };
}

/** `onFailure` hears of a failed step before it waits for ops (click-to-call tells the agent then). */
export function makeSteps(state: StepsState, note: Note, onFailure?: (step: string, message: string, type: string | null) => void) {
  const decisions = new Map<string, 'retry' | 'skip'>();

  /**
   * Runs `fn` until it succeeds or ops skip it. Returns the result, or `skipped` when skipped (the
   * caller decides what a skipped step means for the rest of the call).
   */
  async function run<T>(step: string, input: unknown, fn: (a: CallActivities) => Promise<T>, ...ifSkipped: [] | [T]): Promise<T> {
    let retried: FailedStepView | null = null;
    for (;;) {
      try {
        const result = await fn(DIAL_STEPS.has(step) ? dial : REMOTE_STEPS.has(step) ? remote : local);
        note('effect', step);
        if (retried) {
          retried.status = 'resolved';
          await bookkeeping.updateFailedStep({ id: retried.stepId, status: 'resolved', decidedBy: retried.decidedBy });
        }
        return result;
      } catch (err) {
        const { message, type, attempts } = describe(err, DIAL_STEPS.has(step) ? DIAL_RETRY.maximumAttempts : STEP_RETRY.maximumAttempts);
        onFailure?.(step, message, type);
        const view: FailedStepView = {
          stepId: uuid4(),
          step,
          error: message,
          errorType: type,
          attempts,
          input,
          status: 'failed',
          decidedBy: null,
        };
        state.failedSteps.push(view);
        note('failure', step, { error: message, attempts, stepId: view.stepId });
        await bookkeeping.recordFailedStep({
          id: view.stepId,
          workflowId: state.workflowId,
          connectorId: state.connectorId,
          step,
          error: message,
          errorType: type,
          attempts,
          input,
        });
        await condition(() => decisions.has(view.stepId));
        const action = decisions.get(view.stepId);
        await bookkeeping.updateFailedStep({
          id: view.stepId,
          status: action === 'retry' ? 'retrying' : 'skipped',
          decidedBy: view.decidedBy,
        });
        retried = view;
        if (action === 'skip') {
          // A step given no value for "skipped" is one the call cannot go on without.
          if (ifSkipped.length === 0) throw refusal('STEP_SKIPPED', `step ${step} was skipped and the call cannot go on without it`);
          return ifSkipped[0];
        }
      }
    }
  }

  function validateDecision(d: { stepId: string; action: string }): void {
    const step = state.failedSteps.find((s) => s.stepId === d.stepId);
    if (!step) throw refusal('NOT_FOUND', `no step ${d.stepId} in this call`);
    if (step.status !== 'failed') throw refusal('CONFLICT', `step ${step.step} is ${step.status}, not failed`);
    if (d.action !== 'retry' && d.action !== 'skip') throw refusal('VALIDATION_FAILED', 'action must be retry or skip');
  }

  function decide(d: { stepId: string; action: 'retry' | 'skip'; by: string }): { stepId: string; status: 'retrying' | 'skipped' } {
    const step = state.failedSteps.find((s) => s.stepId === d.stepId);
    if (!step) throw new Error(`no step ${d.stepId}`);
    step.status = d.action === 'retry' ? 'retrying' : 'skipped';
    step.decidedBy = d.by;
    decisions.set(d.stepId, d.action);
    note('ops', `${d.action} ${step.step}`, { stepId: d.stepId, by: d.by });
    return { stepId: d.stepId, status: step.status };
  }

  return { run, validateDecision, decide };
}
