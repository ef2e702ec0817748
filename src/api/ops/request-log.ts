/**
 * Admin and ops API: the telephony request log (read-only): the entries with filters, one entry as
 * stored, and a re-run of an inbound delivery against the connector's current live mapping, which
 * previews what the mapping makes of the stored body and writes nothing.
 */
import { z } from 'zod';
import { MAPPING_KINDS, MAPPING_SEGMENTS, type MappingKind } from '../../call/mapped-events';
import { toCountryCode } from '../../call/phone';
import { REQUEST_OUTCOMES } from '../../domain/lifecycle';
import { AppError } from '../../errors';
import type { MappingEngine } from '../../mapping/engine';
import { previewMapping } from '../../mapping/preview';
import type { ConnectorService } from '../../services/connectors';
import type { RequestLogReader } from '../../services/request-log';
import { required } from '../../services/required';
import { readPayload } from '../../webhooks/payload';
import { previewResultSchema } from '../connectors/mapping-preview';
import { endpoint } from '../http/endpoint';
import { objectId, paging } from '../http/schemas';

const ADMIN_OPS = ['admin', 'ops'] as const;

const entrySummary = z.looseObject({
  id: z.string(),
  connectorId: z.string().nullable(),
  createdAt: z.date(),
  direction: z.enum(['inbound', 'outbound']).optional(),
  kind: z.string(),
  method: z.string(),
  path: z.string(),
  query: z.string().optional(),
  contentType: z.string().optional(),
  body: z.string().optional(),
  bodyBytes: z.number().optional(),
  bodyTruncated: z.boolean().optional(),
  status: z.number(),
  outcome: z.enum(REQUEST_OUTCOMES),
  errorCode: z.string().nullable(),
  durationMs: z.number().optional(),
  workflowId: z.string().nullable().optional(),
  eventIds: z.array(z.string()).optional(),
});

const entryDetail = entrySummary.extend({
  headers: z.record(z.string(), z.string()).describe('As received; credentials and secret headers already redacted'),
  response: z.string().optional().describe("Patchcord's answer, as sent"),
});

const KIND_OF_SEGMENT = new Map<string, MappingKind>(MAPPING_KINDS.map((k) => [MAPPING_SEGMENTS[k], k]));

export function makeRequestLogEndpoints({
  requestLogs,
  connectors,
  engine,
  maxBodyBytes,
}: {
  requestLogs: RequestLogReader;
  connectors: ConnectorService;
  engine: MappingEngine;
  maxBodyBytes: number;
}) {
  const entry = async (id: string) => required(await requestLogs.get(id), 'Request log entry', id);

  return [
    endpoint({
      method: 'get',
      path: '/api/admin/request-logs',
      summary: 'Query the telephony request log',
      tag: 'Request log',
      access: ADMIN_OPS,
      query: paging.extend({
        connectorId: objectId.optional(),
        outcome: z.enum(REQUEST_OUTCOMES).optional(),
        direction: z.enum(['inbound', 'outbound']).optional(),
        kind: z.string().trim().max(60).optional(),
        endpoint: z.string().trim().min(1).max(300).optional().describe('Part of the path called, matched literally'),
        status: z.coerce.number().int().min(100).max(599).optional().describe('The HTTP status answered'),
        workflowId: z.string().min(1).max(300).optional().describe("The call's workflow the request reached"),
        eventId: z.string().min(1).max(100).optional().describe('A call event the request delivered (its id on the timeline)'),
        from: z.coerce.date().optional(),
        to: z.coerce.date().optional(),
      }),
      response: z.object({ items: z.array(entrySummary) }),
      handler: async ({ query }) => ({ items: await requestLogs.list(query) }),
    }),
    endpoint({
      method: 'get',
      path: '/api/admin/request-logs/:id',
      summary: 'One request log entry as stored: headers (secrets redacted), body and answer',
      tag: 'Request log',
      access: ADMIN_OPS,
      params: z.object({ id: objectId }),
      response: entryDetail,
      errors: { 404: 'No such entry (it may have been pruned)' },
      handler: async ({ params }) => entry(params.id),
    }),
    endpoint({
      method: 'post',
      path: '/api/admin/request-logs/:id/rerun',
      summary:
        "Re-run an inbound delivery against the connector's current live mapping: what the mapping makes of the stored body, as a preview; nothing is written or delivered",
      tag: 'Request log',
      access: ADMIN_OPS,
      params: z.object({ id: objectId }),
      response: previewResultSchema.extend({
        entryId: z.string(),
        connectorId: z.string(),
        mappingVersion: z.number(),
      }),
      errors: {
        400: 'The stored body cannot be decoded',
        404: 'No such entry, or its connector is gone',
        422: 'The entry cannot be re-run (REQUEST_NOT_REPLAYABLE): outbound, not a mapped webhook, or its body was not stored or was truncated',
      },
      handler: async ({ params }) => {
        const e = await entry(params.id);
        const refuse = (why: string) => new AppError('REQUEST_NOT_REPLAYABLE', `This entry cannot be re-run: ${why}.`);
        if (e.direction === 'outbound') throw refuse('it is a request Patchcord sent, not a delivery it received');
        const kind = KIND_OF_SEGMENT.get(String(e.kind));
        if (!kind) throw refuse(`"${String(e.kind)}" requests are not mapped`);
        if (typeof e.connectorId !== 'string') throw refuse('it names no known connector');
        if (e.bodyTruncated === true) throw refuse('its body was truncated when it was logged, so the full body is not stored');
        const body = typeof e.body === 'string' ? e.body : null;
        const bodyBytes = typeof e.bodyBytes === 'number' ? e.bodyBytes : 0;
        // A request that did not authenticate keeps neither its body nor its query's values.
        if (body === null || (body === '' && bodyBytes > 0) || e.errorCode === 'WEBHOOK_AUTH_FAILED')
          throw refuse('its body was not stored (the request did not authenticate)');
        const view = required(await connectors.webhookView(e.connectorId), 'Connector', e.connectorId);
        const mapping = view.mappings[kind];
        const payload = await readPayload({
          body,
          contentType: typeof e.contentType === 'string' ? e.contentType : undefined,
          query: typeof e.query === 'string' ? e.query : '',
          maxBytes: maxBodyBytes,
        });
        const result = await previewMapping(engine, {
          expression: mapping.expression,
          payload,
          kind,
          ctx: { defaultCountry: toCountryCode(view.defaultCountry) ?? 'IN', timeZone: view.timeZone },
          now: e.createdAt instanceof Date ? e.createdAt : new Date(),
        });
        return { ...result, entryId: params.id, connectorId: e.connectorId, mappingVersion: mapping.version };
      },
    }),
  ];
}
