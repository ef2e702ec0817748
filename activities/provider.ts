/**
 * Provider calls as activities: placing a click-to-call, asking whether one whose answer never came
 * was placed, pulling the DID list and pulling one call's record. Errors follow the house rule: a
 * provider's rule-matched refusal is a result (the agent reads it), a permanent failure (4xx, refused
 * address, bad template, operation not configured) is a non-retryable failure, a request that may
 * have been acted on without an answer is `PROVIDER_OUTCOME_UNKNOWN` (non-retryable unless the
 * operation is safe to repeat), and anything else is retried by Temporal.
 */
import { Context } from '@temporalio/activity';
import { AppError, isAppError } from '../src/errors';
import type { Models } from '../src/db/models';
import type { MappingEngine } from '../src/mapping/engine';
import { OutboundError } from '../src/outbound';
import { validateMapped } from '../src/call/mapped-events';
import type { CountryCode } from 'libphonenumber-js';
import { toCountryCode, normalizePhone } from '../src/call/phone';
import { toWire, type CallEventWire } from '../src/call/wire';
import { buildMergeValues } from '../src/services/merge-values';
import { effectiveApi, idempotencyKey, type ProviderApi } from '../src/services/provider-api';
import { callWorkflowId, sessionCallKey } from '../src/temporal/call-ids';
import { decodePayload } from '../src/webhooks/payload';

export type PlaceCallResult =
  | {
      ok: true;
      message: string;
      providerCallId: string | null;
      sessionId: string;
      callKey: string;
      callWorkflowId: string;
      placedAt: string;
    }
  | { ok: false; message: string };

export interface DidSyncResult {
  total: number;
  added: string[];
  removed: string[];
}

export interface PlaceCallInput {
  connectorId: string;
  agentUserId: string;
  leadId: string | null;
  customerNumber: string;
  virtualNumber: string;
  callSessionId: string;
}

/**
 * Whether a click-to-call whose answer never came was placed (the connector's `callStatus`).
 * `placed`: the provider has it, `result` as `placeCall` would have answered. `not-found`: the
 * provider does not have it (an error rule, a 404, or its live call is with another number).
 * `unsupported`: the connector has no enabled `callStatus` operation.
 */
export type CallPlacedCheck =
  { status: 'placed'; result: PlaceCallResult & { ok: true } } | { status: 'not-found'; message: string } | { status: 'unsupported' };

export interface CallDetailsInput {
  connectorId: string;
  /** The provider's call id (the call's session id). */
  sessionId: string;
  /** For the request log; the running activity's workflow when absent. */
  workflowId?: string;
}

/**
 * `unsupported`: the connector has no enabled callDetails operation. `not-found`: the provider does not
 * know the call (HTTP 404, or an error rule matched). `found`: the provider answered; `fields` are the
 * call fields read from it, or null with `problems` when the mapping or validation failed.
 */
export interface CallDetailsResult {
  status: 'found' | 'not-found' | 'unsupported';
  fields: CallEventWire | null;
  problems: string[];
}

/** The running activity's workflow; undefined outside an activity (a direct call). */
function activityWorkflowId(): string | undefined {
  try {
    return Context.current().info.workflowExecution?.workflowId;
  } catch {
    return undefined;
  }
}

const asText = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null);

/** A DID list answer as numbers: an array, or text separated by commas or whitespace. */
export function numbersOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,;]+/) : [];
  return list
    .map((v: unknown) =>
      asText(typeof v === 'object' && v !== null ? ((v as Record<string, unknown>).number ?? (v as Record<string, unknown>).did) : v),
    )
    .filter((v): v is string => v !== null);
}

export function makeProviderActivities({
  models,
  providerApi,
  engine,
}: {
  models: Models;
  providerApi: ProviderApi;
  engine: MappingEngine;
}) {
  const workflowId = (): string | null => Context.current().info.workflowExecution?.workflowId ?? null;

  /** The connector's settings every provider activity reads (one small document, read by _id). */
  async function connectorOf(id: string) {
    const c = await models.Connector.findById(id, {
      presetId: 1,
      providerApi: 1,
      defaultCountry: 1,
      timeZone: 1,
      virtualNumbers: 1,
      'mappings.callLog': 1,
    }).lean();
    if (!c) throw new AppError('NOT_FOUND', `connector ${id} no longer exists`);
    return c;
  }

  async function callValues(input: PlaceCallInput, country: CountryCode, timeZone: string) {
    return buildMergeValues(models, {
      connectorId: input.connectorId,
      defaultCountry: country,
      timeZone,
      agentUserId: input.agentUserId,
      leadId: input.leadId,
      customerNumber: input.customerNumber,
      virtualNumber: input.virtualNumber,
      callSessionId: input.callSessionId,
    });
  }

  /** A placed call: the provider's id when it gave one (later events carry it), else ours. */
  function placed(input: PlaceCallInput, providerCallId: string | null, message: string): PlaceCallResult & { ok: true } {
    const sessionId = providerCallId ?? input.callSessionId;
    const callKey = sessionCallKey(sessionId);
    return {
      ok: true,
      message,
      providerCallId,
      sessionId,
      callKey,
      callWorkflowId: callWorkflowId(input.connectorId, callKey),
      placedAt: new Date().toISOString(),
    };
  }

  async function placeCall(input: PlaceCallInput): Promise<PlaceCallResult> {
    const connector = await connectorOf(input.connectorId);
    const values = await callValues(input, toCountryCode(connector.defaultCountry) ?? 'IN', connector.timeZone);
    const id = workflowId();
    const { verdict } = await providerApi.call(input.connectorId, 'clickToCall', values, {
      workflowId: id,
      // One dial per workflow: every attempt and an ops retry send the same key, for providers that take one.
      idempotencyKey: idempotencyKey(id ?? input.callSessionId, 'placeCall'),
    });
    if (verdict.outcome === 'error') return { ok: false, message: verdict.message || 'The provider refused the call.' };
    return placed(input, asText(verdict.data.callId), verdict.message || 'Call placed.');
  }

  /**
   * Asks the provider whether the click-to-call was placed after all (its answer never came). Only a
   * success verdict counts as found, and only when the call it names is with the number dialled.
   */
  async function checkCallPlaced(input: PlaceCallInput): Promise<CallPlacedCheck> {
    const connector = await connectorOf(input.connectorId);
    if (!effectiveApi(connector.presetId, connector.providerApi).operations.callStatus?.enabled) return { status: 'unsupported' };
    const country = toCountryCode(connector.defaultCountry) ?? 'IN';
    const values = await callValues(input, country, connector.timeZone);
    const answer = await providerApi.call(input.connectorId, 'callStatus', values, { workflowId: workflowId() }).catch((err: unknown) => {
      if (err instanceof OutboundError && err.code === 'PROVIDER_REJECTED' && err.providerStatus === 404) return null;
      throw err;
    });
    const verdict = answer?.verdict;
    if (verdict?.outcome !== 'success') return { status: 'not-found', message: verdict?.message || 'The provider has no such call.' };
    const customer = asText(verdict.data.customerNumber);
    const dialled = normalizePhone(input.customerNumber, country) ?? input.customerNumber;
    if (customer !== null && (normalizePhone(customer, country) ?? customer) !== dialled)
      return { status: 'not-found', message: `The provider's call is with ${customer}, not ${input.customerNumber}.` };
    return {
      status: 'placed',
      result: placed(input, asText(verdict.data.callId), 'Call placed (confirmed by the provider after its answer was lost).'),
    };
  }

  /**
   * Replaces the numbers a previous sync brought with the provider's current list: tags and manual
   * numbers stay; a number the provider no longer lists goes only if a sync brought it.
   */
  async function syncDids(input: { connectorId: string }): Promise<DidSyncResult> {
    const connector = await connectorOf(input.connectorId);
    const country = toCountryCode(connector.defaultCountry) ?? 'IN';
    const { verdict, response } = await providerApi.call(input.connectorId, 'didList', {}, { workflowId: workflowId() });
    if (verdict.outcome === 'error')
      throw new OutboundError('PROVIDER_REJECTED', verdict.message || 'The provider refused the DID list request.', {
        status: response.status,
      });
    if (!('numbers' in verdict.data))
      throw new OutboundError('PROVIDER_REJECTED', 'The DID list answer has no numbers: add a data rule with "as": "numbers".', {
        status: response.status,
      });
    const listed = numbersOf(verdict.data.numbers);
    const provider = [...new Set(listed.map((n) => normalizePhone(n, country) ?? n))];
    const current = connector.virtualNumbers;
    const kept = current.filter((v) => v.source !== 'sync' || provider.includes(v.number));
    const removed = current.filter((v) => !kept.includes(v)).map((v) => v.number);
    const added = provider.filter((n) => !current.some((v) => v.number === n));
    const next = [...kept, ...added.map((number) => ({ number, tag: '', source: 'sync' as const }))];
    if (added.length || removed.length) {
      // Conditional on the list read above, so a concurrent admin edit is not overwritten.
      const res = await models.Connector.updateOne({ _id: input.connectorId, virtualNumbers: current }, { $set: { virtualNumbers: next } });
      if (res.matchedCount === 0) throw new Error('the virtual numbers changed during the sync; trying again');
    }
    return { total: provider.length, added, removed };
  }

  /**
   * Pulls one call's record from the provider by its id and reads it as call fields, with the
   * operation's response mapping or else the connector's live call-log mapping. A mapping or
   * validation problem is a result, not a failure: retrying would read the same answer the same way.
   */
  async function fetchCallDetails(input: CallDetailsInput): Promise<CallDetailsResult> {
    const connector = await connectorOf(input.connectorId);
    const operation = effectiveApi(connector.presetId, connector.providerApi).operations.callDetails;
    if (!operation?.enabled) return { status: 'unsupported', fields: null, problems: [] };
    const country = toCountryCode(connector.defaultCountry) ?? 'IN';
    const values = await buildMergeValues(models, {
      connectorId: input.connectorId,
      defaultCountry: country,
      timeZone: connector.timeZone,
      callSessionId: input.sessionId,
    });
    let answer: { body: string; contentType: string | undefined };
    try {
      const { verdict, response } = await providerApi.call(input.connectorId, 'callDetails', values, {
        workflowId: input.workflowId ?? activityWorkflowId(),
      });
      if (verdict.outcome === 'error') return { status: 'not-found', fields: null, problems: [] };
      answer = { body: response.body, contentType: response.headers['content-type'] };
    } catch (err) {
      if (err instanceof OutboundError && err.code === 'PROVIDER_REJECTED' && err.providerStatus === 404)
        return { status: 'not-found', fields: null, problems: [] };
      throw err;
    }
    const ctx = { defaultCountry: country, timeZone: connector.timeZone };
    const expression = operation.responseMapping ?? connector.mappings.callLog.expression;
    let output: unknown;
    try {
      const payload = decodePayload({
        body: answer.body,
        contentType: answer.contentType,
        query: '',
        maxBytes: engine.limits.maxPayloadBytes,
      });
      output = await engine.evaluate(expression, payload, ctx);
    } catch (err) {
      if (!isAppError(err)) throw err;
      return { status: 'found', fields: null, problems: [err.message] };
    }
    // The record is the asked call's even when the mapping leaves its id out.
    const record = typeof output === 'object' && output !== null && !Array.isArray(output) ? (output as Record<string, unknown>) : null;
    const withId = record && !('sessionId' in record) && !('CallSessionId' in record) ? { ...record, sessionId: input.sessionId } : output;
    const checked = validateMapped('callLog', withId, ctx);
    const fields = checked.events?.[0]?.fields;
    if (!fields) return { status: 'found', fields: null, problems: checked.problems.map((p) => `${p.field}: ${p.message}`) };
    if (fields.sessionId && fields.sessionId !== input.sessionId.trim()) {
      return {
        status: 'found',
        fields: null,
        problems: [`sessionId: the provider answered with call ${fields.sessionId}, not ${input.sessionId}`],
      };
    }
    return { status: 'found', fields: toWire(fields), problems: [] };
  }

  return { placeCall, checkCallPlaced, syncDids, fetchCallDetails };
}
