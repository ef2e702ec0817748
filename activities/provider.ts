/**
 * Provider calls as activities: placing a click-to-call and pulling the DID list. Errors follow the
 * house rule: a provider's rule-matched refusal is a result (the agent reads it), a permanent failure
 * (4xx, refused address, bad template, operation not configured) is a non-retryable failure, and
 * anything else is retried by Temporal.
 */
import { ApplicationFailure, Context } from '@temporalio/activity';
import { isAppError } from '../src/errors';
import type { Models } from '../src/db/models';
import { isPermanent, OutboundError } from '../src/outbound';
import { toCountryCode, normalizePhone } from '../src/call/phone';
import { buildMergeValues } from '../src/services/merge-values';
import type { ProviderApi } from '../src/services/provider-api';
import { callKeyOf, callWorkflowId } from '../src/temporal/call-ids';

export type PlaceCallResult =
  | { ok: true; message: string; providerCallId: string | null; sessionId: string; callKey: string; callWorkflowId: string; placedAt: string }
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

function permanent(err: unknown): never {
  if (isPermanent(err)) throw ApplicationFailure.nonRetryable(err.message, err.code === 'HTTP_STATUS' ? 'PROVIDER_REJECTED' : err.code);
  if (isAppError(err)) throw ApplicationFailure.nonRetryable(err.message, err.code);
  throw err;
}

const asText = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null);

/** A DID list answer as numbers: an array, or text separated by commas or whitespace. */
export function numbersOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,;]+/) : [];
  return list
    .map((v: unknown) => asText(typeof v === 'object' && v !== null ? ((v as Record<string, unknown>).number ?? (v as Record<string, unknown>).did) : v))
    .filter((v): v is string => v !== null);
}

export function makeProviderActivities({ models, providerApi }: { models: Models; providerApi: ProviderApi }) {
  const workflowId = (): string | null => Context.current().info.workflowExecution?.workflowId ?? null;

  async function connectorOf(id: string) {
    const c = await models.Connector.findById(id, { defaultCountry: 1, timeZone: 1, virtualNumbers: 1 }).lean();
    if (!c) throw ApplicationFailure.nonRetryable(`connector ${id} no longer exists`, 'NOT_FOUND');
    return c;
  }

  async function placeCall(input: PlaceCallInput): Promise<PlaceCallResult> {
    const connector = await connectorOf(input.connectorId);
    const values = await buildMergeValues(models, {
      connectorId: input.connectorId, defaultCountry: toCountryCode(connector.defaultCountry) ?? 'IN', timeZone: connector.timeZone,
      agentUserId: input.agentUserId, leadId: input.leadId, customerNumber: input.customerNumber, virtualNumber: input.virtualNumber, callSessionId: input.callSessionId,
    });
    try {
      const { verdict } = await providerApi.call(input.connectorId, 'clickToCall', values, { workflowId: workflowId() });
      if (verdict.outcome === 'error') return { ok: false, message: verdict.message || 'The provider refused the call.' };
      const providerCallId = asText(verdict.data.callId);
      const sessionId = providerCallId ?? input.callSessionId;
      const callKey = callKeyOf({ sessionId, sourceNumber: '', destinationNumber: '', displayNumber: '', startTime: new Date(0) });
      return { ok: true, message: verdict.message || 'Call placed.', providerCallId, sessionId, callKey, callWorkflowId: callWorkflowId(input.connectorId, callKey), placedAt: new Date().toISOString() };
    } catch (err) {
      return permanent(err);
    }
  }

  /**
   * Replaces the numbers a previous sync brought with the provider's current list: tags and manual
   * numbers stay; a number the provider no longer lists goes only if a sync brought it.
   */
  async function syncDids(input: { connectorId: string }): Promise<DidSyncResult> {
    const connector = await connectorOf(input.connectorId);
    const country = toCountryCode(connector.defaultCountry) ?? 'IN';
    let listed: string[];
    try {
      const { verdict, response } = await providerApi.call(input.connectorId, 'didList', {}, { workflowId: workflowId() });
      if (verdict.outcome === 'error') throw new OutboundError('PROVIDER_ERROR', verdict.message || 'The provider refused the DID list request.', { status: response.status });
      if (!('numbers' in verdict.data)) throw new OutboundError('PROVIDER_ERROR', 'The DID list answer has no numbers: add a data rule with "as": "numbers".', { status: response.status });
      listed = numbersOf(verdict.data.numbers);
    } catch (err) {
      return permanent(err);
    }
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

  return { placeCall, syncDids };
}
