/**
 * Admin API for the call lifecycle: a connector's lifecycle settings as a whole (routing, missed
 * calls, disposition and its follow-ups, lead sharing, how a call is assembled from its events).
 */
import { z } from 'zod';
import { CANONICAL_FIELDS, DEFAULT_COMPLETE_FIELDS } from '../../call/canonical';
import { translateMailMerge } from '../../outbound';
import { FOLLOW_UP_MODES, ROUTE_FALLBACKS, ROUTE_FORMATS, ROUTING_MODES } from '../../domain/connector';
import type { ConnectorLifecycle } from '../../services/connector-lifecycle';
import { endpoint } from '../http/endpoint';
import { idParams, objectId } from '../http/schemas';

const ADMIN = ['admin'] as const;

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
    if (r.fallback === 'agent' && !r.fallbackAgentId)
      ctx.addIssue({ code: 'custom', path: ['fallbackAgentId'], message: 'required when the fallback is an agent' });
    if (r.fallback === 'queue' && !r.fallbackQueue)
      ctx.addIssue({ code: 'custom', path: ['fallbackQueue'], message: 'required when the fallback is a queue' });
  });

const push = z
  .strictObject({
    enabled: z.boolean().default(false),
    method: z.enum(['GET', 'POST']).default('POST'),
    url: z
      .string()
      .trim()
      .max(2000)
      .refine((v) => v === '' || isHttpUrl(v), 'must be an http(s) URL')
      .default(''),
    body: z.string().max(20_000).default('').describe("Data template for POST, with the seed's @parameters"),
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
  quietSeconds: z
    .number()
    .int()
    .min(1)
    .max(86_400)
    .default(1800)
    .describe('A call with no final event is finalised this long after its last event'),
  completeFields: z
    .array(fieldName)
    .max(FIELD_NAMES.length)
    .default([])
    .describe(
      `The fields a finished call must have to count as complete; empty: ${DEFAULT_COMPLETE_FIELDS.join(', ')} (startTime and endTime: either, local or UTC)`,
    ),
  fieldPrecedence: z
    .record(
      z.union([fieldName, z.string().regex(/^custom\.[A-Za-z][A-Za-z0-9_]{0,63}$/, 'a call field or custom.<key>')]),
      z.enum(['first', 'latest']),
    )
    .default({})
    .describe('Per field: "first" keeps the first value an event brought; by default the later event wins'),
});

const lifecycleBody = z.strictObject({
  routing: routing.prefault({}),
  missedCall: z.strictObject({ createTask: z.boolean().default(true), dueInMinutes: minutes.default(60) }).prefault({}),
  disposition: z
    .strictObject({
      requiredBeforeNextCall: z.boolean().default(false),
      // A key inside the lead's custom fields: no dots or dollars, which would reach into other fields.
      leadField: z
        .string()
        .trim()
        .max(64)
        .regex(/^(|[A-Za-z][A-Za-z0-9_]*)$/, 'must be a field name (letters, digits, underscores)')
        .default(''),
      values: dispositionValues.default([]),
      task: z.strictObject({ mode: followUpMode.default('off'), dueInMinutes: minutes.default(1440) }).prefault({}),
      customActivity: z
        .strictObject({ mode: followUpMode.default('off'), type: z.string().trim().min(1).max(100).default('Call disposition') })
        .prefault({}),
      push: push.prefault({}),
    })
    .prefault({}),
  leadSharing: z.boolean().default(true),
  calls: calls.prefault({}),
});
type Lifecycle = z.infer<typeof lifecycleBody>;

export function makeLifecycleEndpoints({ lifecycle }: { lifecycle: ConnectorLifecycle }) {
  return [
    endpoint({
      method: 'get',
      path: '/api/admin/connectors/:id/lifecycle',
      summary: "Get a connector's call lifecycle settings",
      tag: 'Connectors',
      access: ADMIN,
      params: idParams,
      response: lifecycleBody,
      errors: { 404: 'Not found' },
      handler: async ({ params }) => lifecycle.get<Lifecycle>(params.id),
    }),
    endpoint({
      method: 'put',
      path: '/api/admin/connectors/:id/lifecycle',
      summary:
        "Replace a connector's call lifecycle settings (omitted settings take their defaults; the route answer template is kept, see …/route-answer)",
      tag: 'Connectors',
      access: ADMIN,
      params: idParams,
      body: lifecycleBody,
      response: lifecycleBody,
      errors: { 400: 'Invalid settings (each field named)', 404: 'Not found' },
      handler: async ({ params, body }) => lifecycle.replace(params.id, body),
    }),
  ];
}
