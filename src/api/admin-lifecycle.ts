/**
 * Admin API for the call lifecycle: a connector's lifecycle settings as a whole (routing, missed
 * calls, disposition and its follow-ups, lead sharing, how a call is assembled from its events),
 * and opportunities, the minimal model that routing and logging against an opportunity need.
 */
import { z } from 'zod';
import { CANONICAL_FIELDS, DEFAULT_COMPLETE_FIELDS } from '../call/canonical';
import { translateMailMerge } from '../outbound';
import { AppError, type ErrorDetail } from '../errors';
import { Types, type Models } from '../db/models';
import { FOLLOW_UP_MODES, ROUTE_FALLBACKS, ROUTE_FORMATS, ROUTING_MODES } from '../domain/connector';
import { OPPORTUNITY_STATUSES } from '../domain/lifecycle';
import type { ConnectorService } from '../services/connectors';
import { route } from './routes';
import { idParams, objectId, paging } from './schemas';

const ADMIN = ['admin'] as const;
const ADMIN_OPS = ['admin', 'ops'] as const;

const minutes = z.number().int().min(0).max(525_600);
const followUpMode = z.enum(FOLLOW_UP_MODES);

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

const routing = z
  .strictObject({
    mode: z.enum(ROUTING_MODES).default('lead'),
    fallback: z.enum(ROUTE_FALLBACKS).default('none'),
    fallbackAgentId: objectId.nullable().default(null),
    fallbackQueue: z.string().trim().max(100).default(''),
    format: z.enum(ROUTE_FORMATS).default('json'),
  })
  .superRefine((r, ctx) => {
    if (r.fallback === 'agent' && !r.fallbackAgentId) ctx.addIssue({ code: 'custom', path: ['fallbackAgentId'], message: 'required when the fallback is an agent' });
    if (r.fallback === 'queue' && !r.fallbackQueue) ctx.addIssue({ code: 'custom', path: ['fallbackQueue'], message: 'required when the fallback is a queue' });
  });

const push = z
  .strictObject({
    enabled: z.boolean().default(false),
    method: z.enum(['GET', 'POST']).default('POST'),
    url: z.string().trim().max(2000).refine((v) => v === '' || isHttpUrl(v), 'must be an http(s) URL').default(''),
    body: z.string().max(20_000).default('').describe('Data template for POST, with the seed\'s @parameters'),
    contentType: z.string().trim().min(1).max(200).default('application/json'),
  })
  .superRefine((p, ctx) => {
    if (p.enabled && !p.url) ctx.addIssue({ code: 'custom', path: ['url'], message: 'required when the disposition push is enabled' });
    // Unknown @fields are refused on save, naming them, rather than sent to the provider unfilled.
    for (const key of ['url', 'body'] as const) {
      try {
        translateMailMerge(p[key]);
      } catch (err) {
        ctx.addIssue({ code: 'custom', path: [key], message: err instanceof Error ? err.message : String(err) });
      }
    }
  });

const dispositionValues = z
  .array(z.string().trim().min(1, 'must not be empty').max(100))
  .max(200)
  .superRefine((values, ctx) => {
    values.forEach((v, i) => {
      if (values.indexOf(v) !== i) ctx.addIssue({ code: 'custom', path: [i], message: `"${v}" is listed twice` });
    });
  });

const FIELD_NAMES = CANONICAL_FIELDS.filter((f) => f.type !== 'object').map((f) => f.name) as [string, ...string[]];
const fieldName = z.enum(FIELD_NAMES);

/** How a call is assembled from its partial events (workflows/call-fold.ts). */
const calls = z.strictObject({
  quietSeconds: z.number().int().min(1).max(86_400).default(1800).describe('A call with no final event is finalised this long after its last event'),
  completeFields: z.array(fieldName).max(FIELD_NAMES.length).default([])
    .describe(`The fields a finished call must have to count as complete; empty: ${DEFAULT_COMPLETE_FIELDS.join(', ')} (startTime and endTime: either, local or UTC)`),
  fieldPrecedence: z.record(z.union([fieldName, z.string().regex(/^custom\.[A-Za-z][A-Za-z0-9_]{0,63}$/, 'a call field or custom.<key>')]), z.enum(['first', 'latest'])).default({})
    .describe('Per field: "first" keeps the first value an event brought; by default the later event wins'),
});

const lifecycleBody = z.strictObject({
  routing: routing.prefault({}),
  missedCall: z.strictObject({ createTask: z.boolean().default(true), dueInMinutes: minutes.default(60) }).prefault({}),
  disposition: z
    .strictObject({
      requiredBeforeNextCall: z.boolean().default(false),
      // A key inside the lead's custom fields: no dots or dollars, which would reach into other fields.
      leadField: z.string().trim().max(64).regex(/^(|[A-Za-z][A-Za-z0-9_]*)$/, 'must be a field name (letters, digits, underscores)').default(''),
      values: dispositionValues.default([]),
      task: z.strictObject({ mode: followUpMode.default('off'), dueInMinutes: minutes.default(1440) }).prefault({}),
      customActivity: z.strictObject({ mode: followUpMode.default('off'), type: z.string().trim().min(1).max(100).default('Call disposition') }).prefault({}),
      push: push.prefault({}),
    })
    .prefault({}),
  leadSharing: z.boolean().default(true),
  calls: calls.prefault({}),
});
type Lifecycle = z.infer<typeof lifecycleBody>;

function invalid(field: string, message: string): AppError {
  const details: ErrorDetail[] = [{ field, code: 'invalid', message }];
  return new AppError('VALIDATION_FAILED', `${field}: ${message}`, details);
}

export function makeLifecycleRoutes({ models, connectors }: { models: Models; connectors: ConnectorService }) {
  const { Connector, User } = models;

  async function load(id: string): Promise<Lifecycle> {
    // Hydrated rather than lean, so a connector saved before these settings existed reads its defaults.
    const doc = await Connector.findById(id, { lifecycle: 1 });
    if (!doc) throw new AppError('NOT_FOUND', `Connector ${id} not found.`);
    const stored = doc.toObject().lifecycle as unknown as Lifecycle & { routing: { fallbackAgentId: unknown; answer?: unknown } };
    // The route answer template has its own endpoint (…/route-answer), so a GET here can be PUT back as is.
    const { mode, fallback, fallbackAgentId, fallbackQueue, format } = stored.routing;
    return { ...stored, routing: { mode, fallback, fallbackAgentId: fallbackAgentId ? String(fallbackAgentId) : null, fallbackQueue, format } };
  }

  async function checkFallbackAgent(settings: Lifecycle): Promise<void> {
    const id = settings.routing.fallbackAgentId;
    if (settings.routing.fallback !== 'agent' || !id) return;
    const user = await User.findById(id, { role: 1, active: 1 }).lean();
    if (!user) throw invalid('body.routing.fallbackAgentId', `user ${id} does not exist`);
    if (user.role !== 'agent' || !user.active) throw invalid('body.routing.fallbackAgentId', `user ${id} is not an active agent`);
  }

  return [
    route({
      method: 'get', path: '/api/admin/connectors/:id/lifecycle', summary: 'Get a connector\'s call lifecycle settings', tag: 'Connectors', access: ADMIN,
      params: idParams, response: lifecycleBody, errors: { 404: 'Not found' },
      handler: async ({ params }) => load(params.id),
    }),
    route({
      method: 'put', path: '/api/admin/connectors/:id/lifecycle', summary: 'Replace a connector\'s call lifecycle settings (omitted settings take their defaults; the route answer template is kept, see …/route-answer)', tag: 'Connectors', access: ADMIN,
      params: idParams, body: lifecycleBody, response: lifecycleBody, errors: { 400: 'Invalid settings (each field named)', 404: 'Not found' },
      handler: async ({ params, body }) => {
        await checkFallbackAgent(body);
        // Field by field under routing, so the route answer template (…/route-answer) is kept.
        const { routing, ...rest } = body;
        const set: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(routing)) set[`lifecycle.routing.${k}`] = v;
        for (const [k, v] of Object.entries(rest)) set[`lifecycle.${k}`] = v;
        const res = await Connector.updateOne({ _id: params.id }, { $set: set });
        if (res.matchedCount === 0) throw new AppError('NOT_FOUND', `Connector ${params.id} not found.`);
        connectors.invalidate(params.id);
        return load(params.id);
      },
    }),
  ];
}

const opportunityResponse = z.object({
  id: z.string(),
  leadId: z.string(),
  ownerId: z.string().nullable(),
  name: z.string(),
  stage: z.string(),
  status: z.enum(OPPORTUNITY_STATUSES),
  createdAt: z.date(),
  updatedAt: z.date(),
});

interface OpportunityLike {
  _id: Types.ObjectId;
  leadId: Types.ObjectId;
  ownerId?: Types.ObjectId | null;
  name: string;
  stage: string;
  status?: (typeof OPPORTUNITY_STATUSES)[number] | null;
  createdAt: Date;
  updatedAt: Date;
}

function toPublicOpportunity(o: OpportunityLike): z.infer<typeof opportunityResponse> {
  return {
    id: String(o._id), leadId: String(o.leadId), ownerId: o.ownerId ? String(o.ownerId) : null,
    name: o.name, stage: o.stage, status: o.status ?? 'open', createdAt: o.createdAt, updatedAt: o.updatedAt,
  };
}

export function makeOpportunityRoutes({ models }: { models: Models }) {
  const { Opportunity, Lead, User } = models;
  const fields = {
    name: z.string().trim().min(1).max(200),
    stage: z.string().trim().min(1).max(100),
    status: z.enum(OPPORTUNITY_STATUSES),
    ownerId: objectId.nullable(),
  };

  async function checkRefs(body: { leadId?: string; ownerId?: string | null }): Promise<void> {
    if (body.leadId && !(await Lead.exists({ _id: body.leadId }))) throw invalid('body.leadId', `lead ${body.leadId} does not exist`);
    if (body.ownerId && !(await User.exists({ _id: body.ownerId }))) throw invalid('body.ownerId', `user ${body.ownerId} does not exist`);
  }

  return [
    route({
      method: 'post', path: '/api/admin/opportunities', summary: 'Create an opportunity on a lead', tag: 'Opportunities', access: ADMIN,
      body: z.strictObject({ ...fields, leadId: objectId, stage: fields.stage.default('new'), status: fields.status.default('open'), ownerId: fields.ownerId.default(null) }),
      status: 201, response: opportunityResponse, errors: { 400: 'Invalid body, unknown lead or owner' },
      handler: async ({ body }) => {
        await checkRefs(body);
        return toPublicOpportunity((await Opportunity.create(body)).toObject());
      },
    }),
    route({
      method: 'get', path: '/api/admin/opportunities', summary: 'List opportunities, most recently updated first', tag: 'Opportunities', access: ADMIN_OPS,
      query: paging.extend({ leadId: objectId.optional(), ownerId: objectId.optional(), status: fields.status.optional() }),
      response: z.object({ items: z.array(opportunityResponse) }),
      handler: async ({ query }) => {
        const filter: Record<string, unknown> = {};
        if (query.leadId) filter.leadId = new Types.ObjectId(query.leadId);
        if (query.ownerId) filter.ownerId = new Types.ObjectId(query.ownerId);
        if (query.status) filter.status = query.status;
        const docs = await Opportunity.find(filter).sort({ updatedAt: -1, _id: -1 }).skip(query.skip).limit(query.limit).lean();
        return { items: docs.map(toPublicOpportunity) };
      },
    }),
    route({
      method: 'get', path: '/api/admin/opportunities/:id', summary: 'Get an opportunity', tag: 'Opportunities', access: ADMIN_OPS,
      params: idParams, response: opportunityResponse, errors: { 404: 'Not found' },
      handler: async ({ params }) => {
        const o = await Opportunity.findById(params.id).lean();
        if (!o) throw new AppError('NOT_FOUND', `Opportunity ${params.id} not found.`);
        return toPublicOpportunity(o);
      },
    }),
    route({
      method: 'patch', path: '/api/admin/opportunities/:id', summary: 'Update an opportunity (stage, status, owner, name)', tag: 'Opportunities', access: ADMIN,
      params: idParams, body: z.strictObject(fields).partial(), response: opportunityResponse, errors: { 400: 'Invalid body or unknown owner', 404: 'Not found' },
      handler: async ({ params, body }) => {
        await checkRefs(body);
        const o = await Opportunity.findByIdAndUpdate(params.id, { $set: body }, { returnDocument: 'after' }).lean();
        if (!o) throw new AppError('NOT_FOUND', `Opportunity ${params.id} not found.`);
        return toPublicOpportunity(o);
      },
    }),
  ];
}
