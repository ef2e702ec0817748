/**
 * CRM side effects of a call log: find (or create) the lead, find the agent, write the phone-call
 * activity. Each is idempotent, because Temporal may run an activity again after a crash.
 */
import { AppError } from '../src/errors';
import { isValidObjectId, Types } from 'mongoose';
import type { CallEventWire, CompleteCallLogWire } from '../src/call/wire';
import { callActivityId, callWorkflowId } from '../src/temporal/call-ids';
import { DEFAULT_COMPLETE_FIELDS } from '../src/call/canonical';
import { missingFrom } from '../src/call/mapped-events';
import type { Models } from '../src/db/models';
import { findUserByAgentId } from '../src/services/agents';

export interface ResolveLeadInput {
  connectorId: string;
  callKey: string;
  /** LeadId sent by the provider wins when several leads share a number. */
  leadId: string | null;
  /** The lead's side of the call, already normalised (E.164 where possible). */
  phone: string;
  caller: {
    name?: string | undefined;
    city?: string | undefined;
    state?: string | undefined;
    country?: string | undefined;
    zipCode?: string | undefined;
  };
  /** Whether an unknown caller may become a lead here (a popup shows a new-lead form instead). */
  create?: boolean;
}

export interface ResolveLeadResult {
  leadId: string | null;
  created: boolean;
  matchedBy: 'leadId' | 'phone' | 'secondaryPhone' | 'created' | null;
}

export interface ResolveAgentInput {
  connectorId: string;
  providerAgentId: string | null;
  phone: string;
}

export interface ResolveAgentResult {
  userId: string | null;
  matchedBy: 'agentId' | 'phone' | null;
}

export interface WriteCallActivityInput {
  connectorId: string;
  callKey: string;
  event: CompleteCallLogWire;
  leadId: string | null;
  agentId: string | null;
  mappingVersion: number;
  /** `provider` for a provider's call log; `lifecycle` for one the workflow wrote (a missed call). */
  origin?: 'provider' | 'lifecycle';
  /** The opportunity the route decision chose, if any; in opportunity mode the lead's latest open one otherwise. */
  opportunityId?: string | null;
}

export interface SaveCallActivityInput {
  connectorId: string;
  callKey: string;
  /** The call as folded from its events so far. */
  call: CallEventWire;
  leadId: string | null;
  agentId: string | null;
  /** The opportunity the route decision chose, if any; in opportunity mode the lead's latest open one otherwise. */
  opportunityId: string | null;
  final: { at: string; reason: 'terminal-event' | 'quiet-period'; noFinalEvent: boolean };
  /** Per field, the kind of event its value came from. */
  sources: Record<string, string>;
  /** Whether the provider's own record of the call (a call log, a pulled record) reached it. */
  fromProvider: boolean;
  /** The version of the mapping that brought the call's latest values. */
  mappingVersion: number;
}

export interface SaveCallActivityResult {
  activityId: string;
  outcome: 'created' | 'merged';
  /** Fields of the connector's complete set the call lacks. */
  missing: string[];
}

export interface WriteCallActivityResult {
  activityId: string;
  outcome: 'created' | 'merged' | 'ignored';
}

function connectorGone(connectorId: string): AppError {
  return new AppError('NOT_FOUND', `connector ${connectorId} no longer exists`);
}

export function makeCallLogActivities({ models }: { models: Models }) {
  const { Lead, User, Connector, CallActivity } = models;

  async function resolveLead(input: ResolveLeadInput): Promise<ResolveLeadResult> {
    if (input.leadId && isValidObjectId(input.leadId)) {
      const byId = await Lead.findById(input.leadId, { _id: 1 }).lean();
      if (byId) return { leadId: String(byId._id), created: false, matchedBy: 'leadId' };
    }
    // Oldest lead first: when several leads share a number, the original one keeps the history.
    const primary = await Lead.findOne({ phone: input.phone }, { _id: 1 }).sort({ createdAt: 1 }).lean();
    if (primary) return { leadId: String(primary._id), created: false, matchedBy: 'phone' };
    const secondary = await Lead.findOne({ secondaryPhones: input.phone }, { _id: 1 }).sort({ createdAt: 1 }).lean();
    if (secondary) return { leadId: String(secondary._id), created: false, matchedBy: 'secondaryPhone' };

    const connector = await Connector.findById(input.connectorId, { createUnknownLeads: 1 }).lean();
    if (!connector) throw connectorGone(input.connectorId);
    if (!connector.createUnknownLeads || input.create === false) return { leadId: null, created: false, matchedBy: null };

    // Keyed by the call, so a retried activity finds the lead it created instead of adding another.
    const { caller } = input;
    const [firstName, ...rest] = (caller.name ?? '').trim().split(/\s+/);
    const createdByCall = callActivityId(input.connectorId, input.callKey);
    try {
      await Lead.updateOne(
        { createdByCall },
        {
          $setOnInsert: {
            phone: input.phone,
            // An upsert skips the schema's array defaults: readers expect the field.
            secondaryPhones: [],
            firstName: firstName || undefined,
            lastName: rest.join(' ') || undefined,
            city: caller.city,
            state: caller.state,
            country: caller.country,
            zipCode: caller.zipCode,
            source: 'inbound call',
          },
        },
        { upsert: true },
      );
    } catch (err) {
      // A concurrent attempt inserted the call's lead first (the unique index on createdByCall): it is read below.
      if ((err as { code?: number }).code !== 11000) throw err;
    }
    // From the primary: after a duplicate key, the winner's insert is there, perhaps not yet on a secondary.
    const created = await Lead.findOne({ createdByCall }, { _id: 1 }).read('primary').lean();
    if (!created) throw new Error('lead upsert returned nothing');
    return { leadId: String(created._id), created: true, matchedBy: 'created' };
  }

  async function resolveAgent(input: ResolveAgentInput): Promise<ResolveAgentResult> {
    if (input.providerAgentId) {
      const byAgentId = await findUserByAgentId(models, input.providerAgentId, input.connectorId, { activeOnly: true });
      if (byAgentId) return { userId: String(byAgentId), matchedBy: 'agentId' };
    }
    const byPhone = await User.findOne({ active: true, phones: input.phone }, { _id: 1 }).lean();
    if (byPhone) return { userId: String(byPhone._id), matchedBy: 'phone' };
    return { userId: null, matchedBy: null };
  }

  async function writeCallActivity(input: WriteCallActivityInput): Promise<WriteCallActivityResult> {
    const connector = await Connector.findById(input.connectorId, { duplicatePolicy: 1, 'lifecycle.routing.mode': 1 }).lean();
    if (!connector) throw connectorGone(input.connectorId);
    const id = callActivityId(input.connectorId, input.callKey);
    const opportunityId =
      input.opportunityId ??
      (connector.lifecycle?.routing?.mode === 'opportunity' && input.leadId ? await latestOpenOpportunity(input.leadId) : null);
    const values = { ...activityValues(input), ...(opportunityId ? { opportunityId: new Types.ObjectId(opportunityId) } : {}) };
    const identity = {
      connectorId: new Types.ObjectId(input.connectorId),
      callKey: input.callKey,
      workflowId: callWorkflowId(input.connectorId, input.callKey),
    };

    const origin = input.origin ?? 'provider';
    if (connector.duplicatePolicy === 'ignore' && origin === 'provider') {
      // A missed call the workflow logged itself gives way to the provider's own log of it.
      const replaced = await CallActivity.updateOne({ _id: id, origin: 'lifecycle' }, { $set: { ...values, origin } });
      if (replaced.matchedCount > 0) return { activityId: id, outcome: 'merged' };
      const res = await CallActivity.updateOne({ _id: id }, { $setOnInsert: { ...identity, ...values, origin } }, { upsert: true });
      return { activityId: id, outcome: res.upsertedCount > 0 ? 'created' : 'ignored' };
    }
    // merge: later payloads fill in and update values but never blank one already stored.
    const { custom, caller, ...scalars } = values;
    const set: Record<string, unknown> = { ...scalars };
    for (const [k, v] of Object.entries(caller ?? {})) set[`caller.${k}`] = v;
    for (const [k, v] of Object.entries(custom ?? {})) set[`custom.${k}`] = v;
    const res = await CallActivity.updateOne(
      { _id: id },
      {
        $set: { ...set, ...(origin === 'provider' ? { origin } : {}) },
        $setOnInsert: { ...identity, ...(origin === 'lifecycle' ? { origin } : {}) },
        $inc: { updates: 1 },
      },
      { upsert: true },
    );
    return { activityId: id, outcome: res.upsertedCount > 0 ? 'created' : 'merged' };
  }

  async function latestOpenOpportunity(leadId: string): Promise<string | null> {
    const opportunity = await models.Opportunity.findOne({ leadId: new Types.ObjectId(leadId), status: 'open' }, { _id: 1 })
      .sort({ updatedAt: -1 })
      .lean();
    return opportunity ? String(opportunity._id) : null;
  }

  /**
   * Writes the call as its workflow folded it: every known field is set (the fold already decided
   * which value wins, and never blanks one), with whether the call is complete by the connector's
   * set of fields and which it lacks. Creates the activity or updates it: its id derives from the call.
   */
  async function saveCallActivity(input: SaveCallActivityInput): Promise<SaveCallActivityResult> {
    const connector = await Connector.findById(input.connectorId, {
      'lifecycle.routing.mode': 1,
      'lifecycle.calls.completeFields': 1,
    }).lean();
    if (!connector) throw connectorGone(input.connectorId);
    const id = callActivityId(input.connectorId, input.callKey);
    // A late event after the call's workflow completed starts a new run that knows only its own
    // fields: completeness and how the call ended are judged with what the activity already holds.
    const stored = await CallActivity.findById(id, { _id: 0, fieldSources: 0, custom: 0 }).lean();
    const c = input.call;
    const present = new Set([...knownFields(c), ...(stored ? storedFields(stored) : [])]);
    const required = connector.lifecycle?.calls?.completeFields?.length
      ? connector.lifecycle.calls.completeFields
      : DEFAULT_COMPLETE_FIELDS;
    const missing = missingFrom(present, required);
    const endedEarlier = stored?.finalReason === 'terminal-event' && input.final.reason === 'quiet-period';
    const opportunityId =
      input.opportunityId ??
      (connector.lifecycle?.routing?.mode === 'opportunity' && input.leadId ? await latestOpenOpportunity(input.leadId) : null);
    const { custom, caller, ...scalars } = callValues(c);
    const set: Record<string, unknown> = {
      ...scalars,
      ...compact({
        leadId: input.leadId ? new Types.ObjectId(input.leadId) : undefined,
        agentId: input.agentId ? new Types.ObjectId(input.agentId) : undefined,
        opportunityId: opportunityId ? new Types.ObjectId(opportunityId) : undefined,
      }),
      complete: missing.length === 0,
      missingFields: missing,
      ...(endedEarlier ? {} : { finalReason: input.final.reason, noFinalEvent: input.final.noFinalEvent }),
      ...(input.mappingVersion > 0 || !stored ? { mappingVersion: input.mappingVersion } : {}),
      ...(input.fromProvider || !stored ? { origin: input.fromProvider ? 'provider' : 'lifecycle' } : {}),
    };
    // Validity travels with the numbers this run knows; a run that knows none leaves it as it was.
    if (PHONE_FIELDS.some((f) => present.has(f) && (c as Record<string, unknown>)[f] !== undefined))
      set.unverifiedNumbers = c.unverifiedNumbers ?? [];
    for (const [k, v] of Object.entries(caller)) set[`caller.${k}`] = v;
    for (const [k, v] of Object.entries(custom)) set[`custom.${k}`] = v;
    for (const [field, kind] of Object.entries(input.sources)) set[`fieldSources.${field}`] = kind;
    const identity = {
      connectorId: new Types.ObjectId(input.connectorId),
      callKey: input.callKey,
      workflowId: callWorkflowId(input.connectorId, input.callKey),
    };
    const res = await CallActivity.updateOne({ _id: id }, { $set: set, $setOnInsert: identity, $inc: { updates: 1 } }, { upsert: true });
    return { activityId: id, outcome: res.upsertedCount > 0 ? 'created' : 'merged', missing };
  }

  return { resolveLead, resolveAgent, writeCallActivity, saveCallActivity };
}

const PHONE_FIELDS = ['sourceNumber', 'destinationNumber', 'displayNumber', 'agentNumber'];

const isKnown = (v: unknown): boolean => v !== undefined && v !== null && v !== '';

function knownFields(call: Record<string, unknown>): string[] {
  return Object.keys(call).filter((k) => isKnown(call[k]));
}

/** The canonical fields a stored activity already holds (caller details and the agent id under their own names). */
function storedFields(doc: Record<string, unknown>): string[] {
  const caller = (doc.caller ?? {}) as Record<string, unknown>;
  const fromCaller = Object.keys(caller)
    .filter((k) => isKnown(caller[k]))
    .map((k) => `caller${k.charAt(0).toUpperCase()}${k.slice(1)}`);
  return [...knownFields(doc), ...fromCaller, ...(isKnown(doc.providerAgentId) ? ['agentId'] : [])];
}

/** The activity's fields from a folded call, leaving out every unknown value (so an update never blanks). */
function callValues(c: CallEventWire) {
  const date = (value: string | undefined) => (value ? new Date(value) : undefined);
  return {
    ...compact({
      providerAgentId: c.agentId,
      direction: c.direction,
      status: c.status,
      sourceNumber: c.sourceNumber,
      destinationNumber: c.destinationNumber,
      displayNumber: c.displayNumber,
      agentNumber: c.agentNumber,
      startTime: date(c.startTimeUtc ?? c.startTime),
      answeredAt: date(c.answeredAt),
      endTime: date(c.endTimeUtc ?? c.endTime),
      durationSeconds: c.durationSeconds,
      ringSeconds: c.ringSeconds,
      totalSeconds: c.totalSeconds,
      providerStatus: c.providerStatus,
      hangupCause: c.hangupCause,
      notes: c.notes,
      recordingUrl: c.recordingUrl,
      ivr: c.ivr,
      sessionId: c.sessionId,
    }),
    caller: compact({ name: c.callerName, city: c.callerCity, state: c.callerState, country: c.callerCountry, zipCode: c.callerZipCode }),
    custom: compact(c.custom ?? {}),
  };
}

/** The activity's fields from the event, leaving out every empty value (so a merge never blanks). */
function activityValues(input: WriteCallActivityInput) {
  const e = input.event;
  const caller = compact({
    name: e.callerName,
    city: e.callerCity,
    state: e.callerState,
    country: e.callerCountry,
    zipCode: e.callerZipCode,
  });
  const custom = e.custom && Object.keys(e.custom).length > 0 ? compact(e.custom) : undefined;
  return {
    ...compact({
      leadId: input.leadId ? new Types.ObjectId(input.leadId) : undefined,
      agentId: input.agentId ? new Types.ObjectId(input.agentId) : undefined,
      providerAgentId: e.agentId,
      direction: e.direction,
      status: e.status,
      sourceNumber: e.sourceNumber,
      destinationNumber: e.destinationNumber,
      displayNumber: e.displayNumber,
      startTime: new Date(e.startTimeUtc ?? e.startTime),
      endTime: new Date(e.endTime),
      durationSeconds: e.durationSeconds,
      notes: e.notes,
      recordingUrl: e.recordingUrl,
      sessionId: e.sessionId,
      mappingVersion: input.mappingVersion,
    }),
    caller: Object.keys(caller).length > 0 ? caller : undefined,
    custom,
  };
}

function compact<T extends Record<string, unknown>>(obj: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined || v === null || v === '') continue;
    out[k as keyof T] = v as T[keyof T];
  }
  return out;
}
