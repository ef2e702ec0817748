/** Phone-call activities, read-only: written by the call workflows, listed and read by admin and ops. */
import { type CallActivityDoc, type Models, Types } from '../db/models';
import { required } from './required';

export interface ActivityQuery {
  skip: number;
  limit: number;
  leadId?: string;
  connectorId?: string;
  agentId?: string;
  complete?: 'true' | 'false';
  missing?: string;
  noFinalEvent?: 'true' | 'false';
}

/** An activity as the API shows it: ids as strings, absent values left out. */
export interface PublicActivity extends Record<string, unknown> {
  id: string;
  connectorId: string;
  leadId: string | null;
  agentId: string | null;
  workflowId: string;
  direction: string | null;
  status: string | null;
  complete: boolean;
  missingFields: string[];
  finalReason: string | null;
  noFinalEvent: boolean;
  durationSeconds?: number;
  startTime?: Date;
  endTime?: Date;
  notes?: string;
  recordingUrl?: string;
  sessionId: string | null;
  mappingVersion: number;
  updates: number;
}

export function makeCallActivityService({ models }: { models: Models }) {
  const { CallActivity } = models;

  async function list(query: ActivityQuery): Promise<PublicActivity[]> {
    const filter: Record<string, unknown> = {};
    // Activities written before calls were assembled from partial events have no flag and were complete.
    if (query.complete === 'false') filter.complete = false;
    if (query.complete === 'true') filter.complete = { $ne: false };
    if (query.missing) filter.missingFields = query.missing;
    if (query.noFinalEvent) filter.noFinalEvent = query.noFinalEvent === 'true' ? true : { $ne: true };
    if (query.leadId) filter.leadId = new Types.ObjectId(query.leadId);
    if (query.connectorId) filter.connectorId = new Types.ObjectId(query.connectorId);
    if (query.agentId) filter.agentId = new Types.ObjectId(query.agentId);
    const docs = await CallActivity.find(filter).sort({ createdAt: -1 }).skip(query.skip).limit(query.limit).lean();
    return docs.map(toPublicActivity);
  }

  async function get(id: string): Promise<PublicActivity> {
    return toPublicActivity(required(await CallActivity.findById(id).lean(), 'Activity', id));
  }

  return { list, get };
}

export type CallActivityService = ReturnType<typeof makeCallActivityService>;

type ActivityLike = CallActivityDoc & { _id: string };

function toPublicActivity(a: ActivityLike): PublicActivity {
  return {
    id: a._id,
    connectorId: String(a.connectorId),
    workflowId: a.workflowId,
    leadId: a.leadId ? String(a.leadId) : null,
    opportunityId: a.opportunityId ? String(a.opportunityId) : null,
    agentId: a.agentId ? String(a.agentId) : null,
    providerAgentId: a.providerAgentId ?? null,
    direction: a.direction ?? null,
    status: a.status ?? null,
    complete: a.complete !== false,
    missingFields: a.missingFields ?? [],
    finalReason: a.finalReason ?? null,
    noFinalEvent: a.noFinalEvent === true,
    ...(a.agentNumber ? { agentNumber: a.agentNumber } : {}),
    ...(a.answeredAt ? { answeredAt: a.answeredAt } : {}),
    ...(a.ringSeconds != null ? { ringSeconds: a.ringSeconds } : {}),
    ...(a.totalSeconds != null ? { totalSeconds: a.totalSeconds } : {}),
    ...(a.providerStatus ? { providerStatus: a.providerStatus } : {}),
    ...(a.hangupCause ? { hangupCause: a.hangupCause } : {}),
    ...(a.ivr ? { ivr: a.ivr } : {}),
    ...(a.unverifiedNumbers?.length ? { unverifiedNumbers: a.unverifiedNumbers } : {}),
    ...(a.fieldSources ? { fieldSources: a.fieldSources as Record<string, string> } : {}),
    sourceNumber: a.sourceNumber ?? undefined,
    destinationNumber: a.destinationNumber ?? undefined,
    displayNumber: a.displayNumber ?? undefined,
    ...(a.durationSeconds != null ? { durationSeconds: a.durationSeconds } : {}),
    ...(a.startTime ? { startTime: a.startTime } : {}),
    ...(a.endTime ? { endTime: a.endTime } : {}),
    ...(a.notes ? { notes: a.notes } : {}),
    ...(a.recordingUrl ? { recordingUrl: a.recordingUrl } : {}),
    sessionId: a.sessionId ?? null,
    caller: a.caller ?? undefined,
    custom: (a.custom as Record<string, unknown> | undefined) ?? undefined,
    mappingVersion: a.mappingVersion,
    updates: a.updates ?? 0,
  };
}
