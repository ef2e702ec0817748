/**
 * Admin API for the route answer in a provider's dialect (`lifecycle.routing.answer`, see
 * src/services/call-routing-answer.ts): read and replace a connector's template, and preview a sample route
 * request end to end — decoded input, mapped route input, decision and rendered answer — through
 * the same code as the call-routing webhook, optionally with an unsaved template. A preview records nothing.
 */
import { z } from 'zod';
import { PRESETS } from '../../providers';
import type { ConnectorService } from '../../services/connectors';
import { effectiveAnswer, ROUTE_ANSWER_FIELDS, routeAnswerSchema, type RouteAnswer } from '../../services/call-routing-answer';
import type { CallRoutingRequests } from '../../services/call-routing-request';
import { notFound, required } from '../../services/required';
import { ROUTE_FORMATS } from '../../domain/connector';
import { endpoint } from '../http/endpoint';
import { idParams } from '../http/schemas';

const ADMIN = ['admin'] as const;

const answerShape = z.object({
  contentType: z.string(),
  body: z.string(),
  noAgent: z.object({ status: z.number(), contentType: z.string().nullable(), body: z.string() }).nullable(),
});

const viewSchema = z.object({
  answer: answerShape.nullable().describe("The connector's own template; null: its preset's, else the format answers"),
  presetAnswer: answerShape.nullable().describe("The preset's template, used when the connector has none"),
  source: z.enum(['connector', 'preset', 'format']).describe('Which answers the route webhook now'),
  format: z.enum(ROUTE_FORMATS).describe('lifecycle.routing.format: the answer when no template applies'),
  fields: z.array(z.object({ name: z.string(), description: z.string() })).describe('The merge fields a template may read'),
});

const previewBody = z.strictObject({
  method: z.enum(['GET', 'POST']).default('POST'),
  contentType: z.string().trim().max(200).default(''),
  body: z
    .string()
    .max(256 * 1024)
    .default('')
    .describe('The raw body, as the provider would send it (empty for a GET)'),
  query: z.string().max(8_000).default('').describe('The raw query string'),
  answer: routeAnswerSchema
    .nullable()
    .optional()
    .describe('An unsaved template to answer with; null: as if the connector had none; absent: the saved one'),
});

const previewResponse = z.object({
  decoded: z.record(z.string(), z.unknown()).nullable(),
  mapped: z
    .object({
      output: z.unknown(),
      normalized: z.unknown(),
      problems: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })),
    })
    .nullable(),
  input: z
    .object({
      callerNumber: z.string().nullable(),
      callerRaw: z.string(),
      virtualNumber: z.string().nullable(),
      sessionId: z.string().nullable(),
    })
    .nullable(),
  decision: z
    .object({
      agent: z
        .object({ userId: z.string(), phone: z.string().nullable(), agentId: z.string(), email: z.string(), name: z.string() })
        .nullable(),
      queue: z.string().nullable(),
      leadId: z.string().nullable(),
      opportunityId: z.string().nullable(),
      reason: z.string(),
      fallbackCause: z.string().nullable(),
    })
    .nullable(),
  source: z.enum(['connector', 'preset', 'format']),
  answer: z.object({ status: z.number(), contentType: z.string(), headers: z.record(z.string(), z.string()), body: z.string() }),
  error: z.object({ code: z.string(), message: z.string(), details: z.array(z.unknown()) }).nullable(),
});

export function makeCallRoutingAnswerEndpoints({
  connectors,
  routeRequests,
}: {
  connectors: ConnectorService;
  routeRequests: CallRoutingRequests;
}) {
  async function viewOf(id: string): Promise<z.infer<typeof viewSchema>> {
    const connector = required(await connectors.webhookView(id), 'Connector', id);
    const answer = await routeRequests.answers.own(id);
    return {
      answer,
      presetAnswer: PRESETS.find((p) => p.id === connector.presetId)?.routeAnswer ?? null,
      source: effectiveAnswer(connector.presetId, answer).source,
      format: connector.routing.format,
      fields: ROUTE_ANSWER_FIELDS.map((f) => ({ ...f })),
    };
  }

  return [
    endpoint({
      method: 'get',
      path: '/api/admin/connectors/:id/route-answer',
      summary: "Get a connector's route answer template (the provider's dialect)",
      tag: 'Connectors',
      access: ADMIN,
      params: idParams,
      response: viewSchema,
      errors: { 404: 'Not found' },
      handler: async ({ params }) => viewOf(params.id),
    }),
    endpoint({
      method: 'put',
      path: '/api/admin/connectors/:id/route-answer',
      summary: "Replace a connector's route answer template; null answers with its preset's, else the format",
      tag: 'Connectors',
      access: ADMIN,
      params: idParams,
      body: z.strictObject({ answer: routeAnswerSchema.nullable() }),
      response: viewSchema,
      errors: {
        400: 'A content type no answer can be written in, a template that does not compile, reads an unknown field or renders a document that does not parse (each field named)',
        404: 'Not found',
      },
      handler: async ({ params, body }) => {
        const answer: RouteAnswer | null = body.answer;
        if (!(await routeRequests.answers.save(params.id, answer))) throw notFound('Connector', params.id);
        return viewOf(params.id);
      },
    }),
    endpoint({
      method: 'post',
      path: '/api/admin/connectors/:id/route-answer/preview',
      summary: 'Preview the route answer for a sample request, as the route webhook computes it',
      tag: 'Connectors',
      access: ADMIN,
      params: idParams,
      body: previewBody,
      response: previewResponse,
      errors: { 400: 'An invalid unsaved template (each field named)', 404: 'Not found' },
      handler: async ({ params, body }) => {
        const view = required(await connectors.webhookView(params.id), 'Connector', params.id);
        const request = { method: body.method, contentType: body.contentType || undefined, body: body.body, query: body.query };
        const result = await routeRequests.evaluate(view, request, body.answer === undefined ? undefined : { answer: body.answer });
        const { reply } = result;
        const headers: Record<string, string> = { 'Content-Type': reply.contentType };
        if (reply.decision) headers['X-Route-Reason'] = reply.decision.reason;
        if (reply.decision?.fallbackCause) headers['X-Route-Fallback-Cause'] = reply.decision.fallbackCause;
        return {
          decoded: result.decoded,
          mapped: result.mapped,
          input: result.input,
          decision: result.decision,
          source: result.source,
          answer: { status: reply.status, contentType: reply.contentType, headers, body: reply.body },
          error: result.error ? { code: result.error.code, message: result.error.message, details: result.error.details } : null,
        };
      },
    }),
  ];
}
