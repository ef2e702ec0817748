/**
 * The one way the API and services reach a call's workflow: deliver an event (signalWithStart),
 * record a route decision, ask the call for its state, submit the agent's disposition, and pass ops'
 * decision on a failed step (to any workflow with steps), with Temporal's errors turned into the
 * API's. Call keys come from the codec in ./call-ids.
 *
 * Signals are bounded in time: with Temporal unreachable, the SDK retries a call for about 20 s, and
 * its gRPC deadline can overrun by its retry backoff, so a signal not done within its bound is given
 * up with WORKFLOW_UNAVAILABLE (503, Retry-After). One given up may still land; the workflow drops a
 * second copy by its eventId, so the provider's retry (or the route outbox's) is harmless.
 */
import {
  ApplicationFailure,
  type Client,
  type UpdateDefinition,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import type { CallEventDelivery } from '../call/mapped-events';
import { AppError, isErrorCode } from '../errors';
import type { Logger } from '../logger';
import {
  callEventSignal,
  callLifecycle,
  callStateQuery,
  decideStepUpdate,
  routeDecisionSignal,
  submitDispositionUpdate,
  type CallLifecycleInput,
  type CallState,
  type DispositionInput,
  type RouteDecisionSignal,
  type StepDecision,
} from '../../workflows';
import { callWorkflowId, sessionIdOfKey } from './call-ids';

/** How long a webhook waits for Temporal to take a signal before it answers 503 (the provider retries). */
export const WEBHOOK_SIGNAL_MS = 1_000;
/** Seconds a provider is asked to wait before retrying an event Temporal did not take. */
export const WORKFLOW_RETRY_AFTER_SECONDS = 5;

export interface CallClientDeps {
  temporal: Client;
  taskQueue: string;
  logger: Logger;
}

export function makeCallClient({ temporal, taskQueue, logger }: CallClientDeps) {
  function start(connectorId: string, callKey: string) {
    const input: CallLifecycleInput = { connectorId, callKey, sessionId: sessionIdOfKey(callKey) };
    return { workflowId: callWorkflowId(connectorId, callKey), taskQueue, args: [input] as [CallLifecycleInput] };
  }

  function unavailable(cause: unknown): AppError {
    return new AppError('WORKFLOW_UNAVAILABLE', undefined, [], { cause, retryAfterSeconds: WORKFLOW_RETRY_AFTER_SECONDS });
  }

  /** Runs a Temporal call with a gRPC deadline and, since retries can overrun that, a timer of its own. */
  async function within<T>(ms: number, call: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const running = temporal.withDeadline(Date.now() + ms, call);
    running.catch(() => undefined);
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Temporal did not answer within ${ms} ms`)), ms);
    });
    try {
      return await Promise.race([running, expired]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Hands one event to the call's workflow, starting it if needed; resolves once Temporal has it. */
  async function deliver(
    connectorId: string,
    callKey: string,
    delivery: CallEventDelivery,
    deadlineMs = WEBHOOK_SIGNAL_MS,
  ): Promise<string> {
    const options = start(connectorId, callKey);
    try {
      await within(deadlineMs, () =>
        temporal.workflow.signalWithStart(callLifecycle, { ...options, signal: callEventSignal, signalArgs: [delivery] }),
      );
    } catch (err) {
      logger.error({ err, workflowId: options.workflowId }, 'signalWithStart failed');
      throw unavailable(err);
    }
    return options.workflowId;
  }

  /**
   * Records a route decision on the call's workflow, starting it if needed; resolves once Temporal has
   * it, throws WORKFLOW_UNAVAILABLE otherwise. The route webhook calls it through its outbox
   * (src/services/call-routing-outbox.ts), which keeps the decision until this succeeds.
   */
  async function recordRoute(
    connectorId: string,
    callKey: string,
    signal: RouteDecisionSignal,
    deadlineMs = WEBHOOK_SIGNAL_MS,
  ): Promise<string> {
    const options = start(connectorId, callKey);
    try {
      await within(deadlineMs, () =>
        temporal.workflow.signalWithStart(callLifecycle, { ...options, signal: routeDecisionSignal, signalArgs: [signal] }),
      );
    } catch (err) {
      throw unavailable(err);
    }
    return options.workflowId;
  }

  /** The call's state, or null when no such call ran. */
  async function state(workflowId: string): Promise<CallState | null> {
    try {
      return await temporal.workflow.getHandle(workflowId).query(callStateQuery);
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) return null;
      throw err;
    }
  }

  /** Sends an update; a workflow that is gone is a 404, an update the call refuses a 409 with its reason. */
  async function update<R, A extends [unknown, ...unknown[]]>(
    workflowId: string,
    def: UpdateDefinition<R, A>,
    args: A,
    what = 'call',
  ): Promise<R> {
    try {
      return await temporal.workflow.getHandle(workflowId).executeUpdate(def, { args });
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) throw new AppError('NOT_FOUND', `The ${what} is no longer running.`);
      throw refusalOf(err);
    }
  }

  /** The agent's disposition; the workflow checks it against the connector's settings (409 when refused). */
  function submitDisposition(workflowId: string, input: DispositionInput): Promise<{ accepted: true }> {
    return update(workflowId, submitDispositionUpdate, [input]);
  }

  /** Ops retry or skip a failed step of the workflow `workflowId` (a call, a click-to-call or a DID sync). */
  function decideStep(workflowId: string, decision: StepDecision, what: string) {
    return update(workflowId, decideStepUpdate, [decision], what);
  }

  return { deliver, recordRoute, state, submitDisposition, decideStep };
}

export type { CallState, DispositionInput, RouteDecisionSignal, StepDecision };

export type CallClient = ReturnType<typeof makeCallClient>;

/**
 * A refused update as the catalogue error the workflow named (`workflows/refusals.ts`); a refusal
 * without a catalogue code is a conflict with the call's state.
 */
function refusalOf(err: unknown): AppError {
  const cause = err instanceof WorkflowUpdateFailedError ? err.cause : undefined;
  const message = cause?.message ?? (err instanceof Error ? err.message : String(err));
  const type = cause instanceof ApplicationFailure ? cause.type : undefined;
  return new AppError(type && isErrorCode(type) ? type : 'CONFLICT', message);
}

/** The provider's id of a call, from its state (calls started before partial events carry it only in their key). */
export function providerSessionIdOf(state: Pick<CallState, 'callKey' | 'call' | 'sessionId' | 'popup'>): string {
  return state.call?.sessionId ?? state.sessionId ?? state.popup?.sessionId ?? sessionIdOfKey(state.callKey) ?? state.callKey;
}
