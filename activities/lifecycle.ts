/**
 * Side effects of the call lifecycle: the connector's settings snapshot, the agent's popup and
 * state, follow-up tasks and custom activities, the disposition's lead field and provider push,
 * and the failed-step records ops work from. Each is idempotent: ids derive from the call.
 */
import { Context } from '@temporalio/activity';
import { AppError } from '../src/errors';
import { Types } from 'mongoose';
import type { AgentStatus } from '../src/domain/people';
import type { Models } from '../src/db/models';
import { findLeadSummary } from '../src/services/leads';
import type { OperationConfig } from '../src/providers/types';
import { toCountryCode } from '../src/call/phone';
import { callActivityId } from '../src/temporal/call-ids';
import { buildMergeValues } from '../src/services/merge-values';
import { effectiveApi, idempotencyKey, type ProviderApi } from '../src/services/provider-api';
import type { CallSummary, Notifier } from '../src/realtime/types';
import type { Logger } from '../src/logger';
import { failedStepsTotal } from '../src/metrics';

export interface CallSettings {
  missedCall: { createTask: boolean; dueInMinutes: number };
  disposition: {
    requiredBeforeNextCall: boolean;
    leadField: string;
    values: string[];
    task: { mode: 'off' | 'optional' | 'mandatory'; dueInMinutes: number };
    customActivity: { mode: 'off' | 'optional' | 'mandatory'; type: string };
    push: { enabled: boolean };
  };
  leadSharing: boolean;
  /** Assembling the call from its events (absent in settings loaded before partial events). */
  calls?: {
    duplicatePolicy: 'ignore' | 'merge';
    fieldPrecedence: Record<string, 'first' | 'latest'>;
    quietSeconds: number;
    /** Whether the connector can pull one call's record from the provider (callDetails). */
    callDetails: boolean;
    /** The call's activity as an earlier run of its workflow finalised it, if one did. */
    written?: { activityId: string; finalReason: 'terminal-event' | 'quiet-period'; noFinalEvent: boolean } | null;
  };
}

export interface AgentStateInput {
  userId: string | null;
  status: AgentStatus;
  workflowId: string;
  call: CallSummary;
}

function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `${what} no longer exists`);
}

/** The lifecycle settings' disposition push (URL, method, data template) as a provider operation. */
function pushOperation(
  push:
    | { enabled?: boolean | null; method?: string | null; url?: string | null; body?: string | null; contentType?: string | null }
    | null
    | undefined,
): OperationConfig | undefined {
  if (!push?.enabled || !push.url) return undefined;
  const contentType = push.contentType ?? 'application/json';
  if (push.method === 'GET') return { enabled: true, request: { method: 'GET', url: push.url }, rules: [] };
  const kind = /json/i.test(contentType) ? 'json' : /x-www-form-urlencoded/i.test(contentType) ? 'form' : 'text';
  return {
    enabled: true,
    request: {
      method: 'POST',
      url: push.url,
      headers: [{ name: 'Content-Type', value: contentType }],
      body: { kind, template: push.body ?? '' },
    },
    rules: [],
  };
}

function precedenceOf(stored: unknown): Record<string, 'first' | 'latest'> {
  if (typeof stored !== 'object' || stored === null) return {};
  return Object.fromEntries(Object.entries(stored).filter((e): e is [string, 'first' | 'latest'] => e[1] === 'first' || e[1] === 'latest'));
}

function dueIn(minutes: number): Date {
  return new Date(Date.now() + minutes * 60_000);
}

export function makeLifecycleActivities({
  models,
  notifier,
  providerApi,
  logger,
}: {
  models: Models;
  notifier: Notifier;
  providerApi: ProviderApi;
  logger: Logger;
}) {
  const { Connector, Lead, Task, CustomActivity, AgentState, FailedStep } = models;

  /**
   * The connector's settings for one call. Given the call's key, it also says whether the call was
   * written already (an event arriving after the call's workflow completed starts a new run).
   */
  async function loadCallSettings(connectorId: string, callKey?: string): Promise<CallSettings> {
    const c = await Connector.findById(connectorId, { lifecycle: 1, presetId: 1, providerApi: 1, duplicatePolicy: 1 }).lean();
    if (!c) throw notFound(`connector ${connectorId}`);
    const written = callKey
      ? await models.CallActivity.findById(callActivityId(connectorId, callKey), { finalReason: 1, noFinalEvent: 1 }).lean()
      : null;
    const l = c.lifecycle;
    const operations = effectiveApi(c.presetId, c.providerApi).operations;
    const providerDisposition = !!operations.disposition?.enabled;
    return {
      missedCall: { createTask: l?.missedCall?.createTask ?? true, dueInMinutes: l?.missedCall?.dueInMinutes ?? 60 },
      disposition: {
        requiredBeforeNextCall: l?.disposition?.requiredBeforeNextCall ?? false,
        leadField: l?.disposition?.leadField ?? '',
        values: l?.disposition?.values ?? [],
        task: { mode: l?.disposition?.task?.mode ?? 'off', dueInMinutes: l?.disposition?.task?.dueInMinutes ?? 1440 },
        customActivity: {
          mode: l?.disposition?.customActivity?.mode ?? 'off',
          type: l?.disposition?.customActivity?.type ?? 'Call disposition',
        },
        push: { enabled: !!l?.disposition?.push?.enabled || providerDisposition },
      },
      leadSharing: l?.leadSharing ?? true,
      calls: {
        duplicatePolicy: c.duplicatePolicy === 'merge' ? 'merge' : 'ignore',
        fieldPrecedence: precedenceOf(l?.calls?.fieldPrecedence),
        quietSeconds: l?.calls?.quietSeconds ?? 1800,
        callDetails: !!operations.callDetails?.enabled,
        written: written
          ? {
              activityId: String(written._id),
              finalReason: written.finalReason === 'quiet-period' ? 'quiet-period' : 'terminal-event',
              noFinalEvent: written.noFinalEvent === true,
            }
          : null,
      },
    };
  }

  /**
   * Records the agent's state for this call. A write for another call never replaces the state of
   * the call the agent is on now, unless the agent is free. Returns whether it was applied.
   */
  async function writeAgentState(input: AgentStateInput & { userId: string }): Promise<boolean> {
    const _id = new Types.ObjectId(input.userId);
    const current = input.status === 'free' ? null : input.call;
    // Wrap-up follows only a call the agent saw (rang or was put on): a lone call log for a call the
    // agent never saw, such as yesterday's, must not hold the agent's next call for its disposition.
    const wrapUp = input.status === 'wrap-up';
    const res = await AgentState.updateOne(
      {
        _id,
        $or: [{ 'currentCall.workflowId': input.workflowId }, ...(wrapUp ? [] : [{ status: 'free' as const }, { currentCall: null }])],
      },
      { $set: { status: input.status, currentCall: current }, $inc: { seq: 1 } },
    );
    if (res.matchedCount > 0) return true;
    if (wrapUp || (await AgentState.exists({ _id }))) return false;
    await AgentState.updateOne({ _id }, { $setOnInsert: { status: input.status, currentCall: current, seq: 1 } }, { upsert: true });
    return true;
  }

  async function setAgentState(input: AgentStateInput): Promise<void> {
    if (!input.userId) return;
    const userId = input.userId;
    // Nothing to tell the console when the agent is on another call: its state did not change.
    if (!(await writeAgentState({ ...input, userId }))) return;
    await notifier.publish(userId, { type: 'call-state', status: input.status, call: input.status === 'free' ? null : input.call });
  }

  /** One outbox entry for the popup, carrying the new state too: fewer writes on the popup's hot path. */
  async function showPopup(input: AgentStateInput & { leadId: string | null; receivedAt?: string }): Promise<void> {
    if (!input.userId) return;
    const userId = input.userId;
    const applied = await writeAgentState({ ...input, userId });
    const lead = input.leadId ? await findLeadSummary(models, input.leadId) : null;
    await notifier.publish(userId, {
      type: 'popup',
      call: { ...input.call, leadId: input.leadId },
      lead,
      ...(applied ? { status: input.status } : {}),
      ...(input.receivedAt ? { receivedAt: input.receivedAt } : {}),
    });
  }

  async function createMissedCallTask(input: {
    workflowId: string;
    connectorId: string;
    leadId: string;
    callerNumber: string;
    dueInMinutes: number;
  }): Promise<{ taskId: string | null }> {
    const lead = await Lead.findById(input.leadId, { ownerId: 1, firstName: 1, lastName: 1 }).lean();
    if (!lead) throw notFound(`lead ${input.leadId}`);
    const _id = `${input.workflowId}:missed`;
    const name = [lead.firstName, lead.lastName].filter(Boolean).join(' ') || input.callerNumber;
    await Task.updateOne(
      { _id },
      {
        $setOnInsert: {
          type: 'call-back',
          title: `Call back ${name} (missed call)`,
          leadId: lead._id,
          ownerId: lead.ownerId ?? null,
          dueAt: dueIn(input.dueInMinutes),
          action: { kind: 'call', phone: input.callerNumber, connectorId: input.connectorId },
          workflowId: input.workflowId,
        },
      },
      { upsert: true },
    );
    return { taskId: _id };
  }

  async function createDispositionTask(input: {
    workflowId: string;
    leadId: string | null;
    ownerId: string;
    title: string;
    dueAt: string | null;
    dueInMinutes: number;
  }): Promise<void> {
    await Task.updateOne(
      { _id: `${input.workflowId}:disposition` },
      {
        $setOnInsert: {
          type: 'disposition',
          title: input.title,
          leadId: input.leadId ? new Types.ObjectId(input.leadId) : null,
          ownerId: new Types.ObjectId(input.ownerId),
          dueAt: input.dueAt ? new Date(input.dueAt) : dueIn(input.dueInMinutes),
          workflowId: input.workflowId,
        },
      },
      { upsert: true },
    );
  }

  async function createCustomActivity(input: {
    workflowId: string;
    leadId: string | null;
    userId: string;
    type: string;
    note: string;
    fields: Record<string, unknown>;
  }): Promise<void> {
    await CustomActivity.updateOne(
      { _id: `${input.workflowId}:disposition` },
      {
        $setOnInsert: {
          type: input.type,
          leadId: input.leadId ? new Types.ObjectId(input.leadId) : null,
          userId: new Types.ObjectId(input.userId),
          note: input.note,
          fields: input.fields,
          workflowId: input.workflowId,
        },
      },
      { upsert: true },
    );
  }

  async function updateLeadField(input: { leadId: string; field: string; value: string }): Promise<void> {
    const res = await Lead.updateOne({ _id: input.leadId }, { $set: { [`fields.${input.field}`]: input.value } });
    if (res.matchedCount === 0) throw notFound(`lead ${input.leadId}`);
  }

  /**
   * The connector's disposition request: its provider operation (a preset's, e.g. uContact's dialer
   * actions, or the admin's), else the lifecycle settings' push as an operation. Either way it goes
   * through the provider API: logged, with the connector's auth scheme. 2xx succeeds; 408, 429, 5xx,
   * timeouts and network errors are retried; other 4xx, a refused address, a bad template or a
   * rule-matched refusal are permanent.
   */
  async function pushDisposition(input: {
    connectorId: string;
    agentUserId: string;
    leadId?: string | null;
    params: Record<string, string>;
  }): Promise<{ status: number }> {
    const connector = await Connector.findById(input.connectorId, {
      lifecycle: 1,
      presetId: 1,
      providerApi: 1,
      defaultCountry: 1,
      timeZone: 1,
    }).lean();
    if (!connector) throw notFound(`connector ${input.connectorId}`);
    const l = connector.lifecycle?.disposition;
    const own = effectiveApi(connector.presetId, connector.providerApi).operations.disposition?.enabled;
    const legacy = own ? undefined : pushOperation(l?.push);
    if (!own && !legacy) throw new AppError('PROVIDER_OPERATION_DISABLED', 'the connector has no disposition request configured');
    const values = await buildMergeValues(models, {
      connectorId: input.connectorId,
      defaultCountry: toCountryCode(connector.defaultCountry) ?? 'IN',
      timeZone: connector.timeZone,
      agentUserId: input.agentUserId,
      leadId: input.leadId ?? null,
      customerNumber: input.params.customerNumber,
      virtualNumber: input.params.virtualNumber,
      callSessionId: input.params.callSessionId,
      // The lifecycle push has always sent the user id as @agentId.
      extra: {
        ...input.params,
        followUpAt: dueIn(l?.task?.dueInMinutes ?? 1440).toISOString(),
        ...(legacy ? { agentId: input.agentUserId } : {}),
      },
    });
    const workflowId = Context.current().info.workflowExecution?.workflowId ?? null;
    const result = await providerApi.call(input.connectorId, 'disposition', values, {
      operation: legacy,
      workflowId,
      // The same key for every attempt of this disposition (its time tells it from a later one), for providers that take one.
      idempotencyKey: idempotencyKey(workflowId ?? input.connectorId, 'pushDisposition', input.params.date ?? ''),
    });
    if (result.verdict.outcome === 'error')
      throw new AppError('PROVIDER_REJECTED', result.verdict.message || 'The provider refused the disposition.');
    return { status: result.response.status };
  }

  /**
   * Records a step that waits for ops. The first write of the record (not a retry of this activity)
   * counts it in `failedStepsTotal` and logs it, so each failed step is counted and logged once.
   */
  async function recordFailedStep(input: {
    id: string;
    workflowId: string;
    connectorId: string;
    step: string;
    error: string;
    errorType: string | null;
    attempts: number;
    input: unknown;
  }): Promise<void> {
    await FailedStep.updateOne(
      { _id: input.id },
      {
        $setOnInsert: {
          workflowId: input.workflowId,
          connectorId: new Types.ObjectId(input.connectorId),
          step: input.step,
          error: input.error,
          errorType: input.errorType,
          attempts: input.attempts,
          input: input.input,
          status: 'failed',
        },
      },
      { upsert: true },
    );
    // Counted by whichever attempt first claims the report, not by the one whose insert happened: an
    // attempt cut short after its insert went through leaves the record to a later attempt.
    const claim = await FailedStep.updateOne({ _id: input.id, reported: { $ne: true } }, { $set: { reported: true } });
    if (claim.modifiedCount === 0) return;
    failedStepsTotal.inc({ step: input.step, error_type: input.errorType ?? 'unknown' });
    logger.warn(
      { workflowId: input.workflowId, step: input.step, errorType: input.errorType, attempts: input.attempts, stepId: input.id },
      `step ${input.step} failed after ${input.attempts} attempt${input.attempts === 1 ? '' : 's'}; it waits for ops to retry or skip it`,
    );
  }

  async function updateFailedStep(input: {
    id: string;
    status: 'retrying' | 'skipped' | 'resolved';
    decidedBy: string | null;
  }): Promise<void> {
    await FailedStep.updateOne({ _id: input.id }, { $set: { status: input.status, decidedBy: input.decidedBy } });
  }

  return {
    loadCallSettings,
    setAgentState,
    showPopup,
    createMissedCallTask,
    createDispositionTask,
    createCustomActivity,
    updateLeadField,
    pushDisposition,
    recordFailedStep,
    updateFailedStep,
  };
}
