/** Admin and ops API: leads, the phone-call activities (read-only) and the request log (read-only). */
import { z } from 'zod';
import { AppError } from '../errors';
import { type CallActivityDoc, type Models, Types } from '../db/models';
import { REQUEST_OUTCOMES } from '../domain/lifecycle';
import { phoneLookupKeys, toCountryCode } from '../call/phone';
import { toLeadSummary, type LeadLike } from '../services/leads';
import { route } from './routes';
import { idParams, objectId, paging, phoneIn } from './schemas';

const ADMIN = ['admin'] as const;
const ADMIN_OPS = ['admin', 'ops'] as const;

const leadResponse = z.object({
  id: z.string(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  email: z.string().optional(),
  phone: z.string(),
  secondaryPhones: z.array(z.string()),
  ownerId: z.string().nullable(),
  source: z.string().optional(),
});

function toPublicLead(l: LeadLike & { source?: string | null }): z.infer<typeof leadResponse> {
  const { fields: _fields, ...summary } = toLeadSummary(l);
  return { ...summary, ...(l.source ? { source: l.source } : {}) };
}

const activityResponse = z.object({
  id: z.string(),
  connectorId: z.string(),
  leadId: z.string().nullable(),
  agentId: z.string().nullable(),
  /** The call's workflow: its timeline is at GET /api/ops/calls/:workflowId. */
  workflowId: z.string(),
  /** Null when no event of the call said it. */
  direction: z.string().nullable(),
  status: z.string().nullable(),
  complete: z.boolean(),
  missingFields: z.array(z.string()),
  finalReason: z.string().nullable().describe('terminal-event or quiet-period; null while the call is not final'),
  noFinalEvent: z.boolean(),
  opportunityId: z.string().nullable().optional(),
  providerAgentId: z.string().nullable().optional(),
  /** Per field (`custom.<key>` for custom values), the kind of event its value came from. */
  fieldSources: z.record(z.string(), z.string()).optional(),
  sourceNumber: z.string().optional(),
  destinationNumber: z.string().optional(),
  displayNumber: z.string().optional(),
  agentNumber: z.string().optional(),
  unverifiedNumbers: z.array(z.string()).optional(),
  durationSeconds: z.number().optional(),
  ringSeconds: z.number().optional(),
  totalSeconds: z.number().optional(),
  startTime: z.date().optional(),
  answeredAt: z.date().optional(),
  endTime: z.date().optional(),
  providerStatus: z.string().optional(),
  hangupCause: z.string().optional(),
  ivr: z.string().optional(),
  notes: z.string().optional(),
  recordingUrl: z.string().optional(),
  sessionId: z.string().nullable(),
  caller: z.object({ name: z.string().nullish(), city: z.string().nullish(), state: z.string().nullish(), country: z.string().nullish(), zipCode: z.string().nullish() }).optional(),
  custom: z.record(z.string(), z.unknown()).optional(),
  mappingVersion: z.number(),
  updates: z.number(),
});

export function makeCrmRoutes({ models, defaultCountry }: { models: Models; defaultCountry: string }) {
  const { Lead, CallActivity, RequestLog, User } = models;
  const phone = phoneIn(defaultCountry);
  const leadFields = {
    firstName: z.string().trim().max(100),
    lastName: z.string().trim().max(100),
    email: z.email().max(254),
    phone,
    secondaryPhones: z.array(phone).max(10),
    ownerId: objectId.nullable(),
  };

  async function ownerExists(ownerId: string | null | undefined) {
    if (ownerId && !(await User.exists({ _id: ownerId }))) {
      throw new AppError('VALIDATION_FAILED', `Owner ${ownerId} is not a user.`, [{ field: 'body.ownerId', code: 'not_found', message: 'unknown user' }]);
    }
  }

  return [
    route({
      method: 'get', path: '/api/admin/leads', summary: 'List leads, optionally by phone number', tag: 'Leads', access: ADMIN_OPS,
      query: paging.extend({ phone: z.string().optional() }), response: z.object({ items: z.array(leadResponse) }),
      handler: async ({ query }) => {
        const keys = query.phone ? phoneLookupKeys(query.phone, toCountryCode(defaultCountry) ?? 'IN') : [];
        const filter = query.phone ? { $or: [{ phone: { $in: keys } }, { secondaryPhones: { $in: keys } }] } : {};
        const docs = await Lead.find(filter).sort({ createdAt: 1 }).skip(query.skip).limit(query.limit).lean();
        return { items: docs.map(toPublicLead) };
      },
    }),
    route({
      method: 'post', path: '/api/admin/leads', summary: 'Create a lead', tag: 'Leads', access: ADMIN,
      body: z.strictObject({ ...leadFields, firstName: leadFields.firstName.optional(), lastName: leadFields.lastName.optional(), email: leadFields.email.optional(), secondaryPhones: leadFields.secondaryPhones.default([]), ownerId: leadFields.ownerId.default(null) }),
      status: 201, response: leadResponse, errors: { 400: 'Invalid body' },
      handler: async ({ body }) => {
        await ownerExists(body.ownerId);
        const doc = await Lead.create(body);
        return toPublicLead(doc.toObject());
      },
    }),
    route({
      method: 'get', path: '/api/admin/leads/:id', summary: 'Get a lead', tag: 'Leads', access: ADMIN_OPS,
      params: idParams, response: leadResponse, errors: { 404: 'Not found' },
      handler: async ({ params }) => {
        const l = await Lead.findById(params.id).lean();
        if (!l) throw new AppError('NOT_FOUND', `Lead ${params.id} not found.`);
        return toPublicLead(l);
      },
    }),
    route({
      method: 'patch', path: '/api/admin/leads/:id', summary: 'Update a lead', tag: 'Leads', access: ADMIN,
      params: idParams, body: z.strictObject(leadFields).partial(), response: leadResponse, errors: { 400: 'Invalid body', 404: 'Not found' },
      handler: async ({ params, body }) => {
        await ownerExists(body.ownerId);
        const l = await Lead.findByIdAndUpdate(params.id, { $set: body }, { returnDocument: 'after' }).lean();
        if (!l) throw new AppError('NOT_FOUND', `Lead ${params.id} not found.`);
        return toPublicLead(l);
      },
    }),
    route({
      method: 'get', path: '/api/admin/activities', summary: 'List phone-call activities', tag: 'Activities', access: ADMIN_OPS,
      query: paging.extend({
        leadId: objectId.optional(),
        connectorId: objectId.optional(),
        agentId: objectId.optional(),
        complete: z.enum(['true', 'false']).optional().describe('false: calls that lack a field of their connector\'s complete set'),
        missing: z.string().trim().max(60).optional().describe('Calls that lack this field, e.g. destinationNumber'),
        noFinalEvent: z.enum(['true', 'false']).optional().describe('true: calls finalised after the quiet period without a final event'),
      }),
      response: z.object({ items: z.array(activityResponse) }),
      handler: async ({ query }) => {
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
        return { items: docs.map(toPublicActivity) };
      },
    }),
    route({
      method: 'get', path: '/api/admin/activities/:id', summary: 'Get a phone-call activity', tag: 'Activities', access: ADMIN_OPS,
      params: z.object({ id: z.string().min(1).max(300) }), response: activityResponse, errors: { 404: 'Not found' },
      handler: async ({ params }) => {
        const a = await CallActivity.findById(params.id).lean();
        if (!a) throw new AppError('NOT_FOUND', `Activity ${params.id} not found.`);
        return toPublicActivity(a);
      },
    }),
    route({
      method: 'get', path: '/api/admin/request-logs', summary: 'Query the telephony request log', tag: 'Request log', access: ADMIN_OPS,
      query: paging.extend({ connectorId: objectId.optional(), outcome: z.enum(REQUEST_OUTCOMES).optional(), direction: z.enum(['inbound', 'outbound']).optional(), kind: z.string().trim().max(60).optional(), from: z.coerce.date().optional(), to: z.coerce.date().optional() }),
      response: z.object({
        items: z.array(z.looseObject({
          id: z.string(), connectorId: z.string().nullable(), createdAt: z.date(), direction: z.enum(['inbound', 'outbound']).optional(), kind: z.string(),
          method: z.string(), path: z.string(), query: z.string().optional(), contentType: z.string().optional(), body: z.string().optional(), bodyTruncated: z.boolean().optional(),
          status: z.number(), outcome: z.enum(REQUEST_OUTCOMES), errorCode: z.string().nullable(),
        })),
      }),
      handler: async ({ query }) => {
        const filter: Record<string, unknown> = {};
        if (query.connectorId) filter.connectorId = new Types.ObjectId(query.connectorId);
        if (query.outcome) filter.outcome = query.outcome;
        // Entries written before outbound logging existed carry no direction: they are inbound.
        if (query.direction) filter.direction = query.direction === 'outbound' ? 'outbound' : { $ne: 'outbound' };
        if (query.kind) filter.kind = query.kind;
        if (query.from || query.to) filter.createdAt = { ...(query.from ? { $gte: query.from } : {}), ...(query.to ? { $lte: query.to } : {}) };
        const docs = await RequestLog.find(filter).sort({ createdAt: -1 }).skip(query.skip).limit(query.limit).lean();
        return { items: docs.map(({ _id, connectorId, ...rest }) => ({ id: String(_id), connectorId: connectorId ? String(connectorId) : null, ...rest })) };
      },
    }),
  ];
}

type ActivityLike = CallActivityDoc & { _id: string };

function toPublicActivity(a: ActivityLike): z.infer<typeof activityResponse> & Record<string, unknown> {
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
