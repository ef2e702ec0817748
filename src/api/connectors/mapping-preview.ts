/** The canonical call fields and mapping kinds, and the designer's mapping preview on a sample payload. */
import { z } from 'zod';
import { CANONICAL_FIELDS } from '../../call/canonical';
import { EVENT_KINDS, MAPPING_KINDS } from '../../call/mapped-events';
import { toCountryCode } from '../../call/phone';
import type { MappingEngine } from '../../mapping/engine';
import { AGENT_EVENT_DOCS } from '../../realtime/types';
import { errorCodeSchema } from '../../mapping/fixtures';
import { MAPPING_KIND_INFO, previewMapping } from '../../mapping/preview';
import type { ConnectorService } from '../../services/connectors';
import { required } from '../../services/required';
import { readPayload } from '../../webhooks/payload';
import { endpoint, errorBodySchema } from '../http/endpoint';
import { countryCode, objectId, timeZone } from '../http/schemas';

const canonicalFieldSchema = z.object({
  name: z.string(),
  seedName: z.string(),
  type: z.enum(['phone', 'string', 'datetime', 'integer', 'enum', 'url', 'object']),
  complete: z.boolean(),
  utc: z.boolean().optional(),
  values: z.array(z.string()).optional(),
  description: z.string(),
});
const mappingKindSchema = z.object({
  kind: z.enum(MAPPING_KINDS),
  segment: z.string(),
  label: z.string(),
  description: z.string(),
  callFields: z.boolean(),
  fields: z.array(z.object({ name: z.string(), description: z.string(), values: z.array(z.string()).optional() })),
});

/** A mapping preview's answer: the designer's preview and the request log's re-run share it. */
export const previewResultSchema = z.object({
  kind: z.enum(MAPPING_KINDS),
  output: z.unknown(),
  normalized: z.union([z.record(z.string(), z.unknown()), z.array(z.record(z.string(), z.unknown()))]),
  problems: z
    .array(
      z.object({
        field: z.string(),
        code: z.enum(['missing', 'wrong_type', 'not_allowed', 'invalid', 'unknown_field']),
        message: z.string(),
      }),
    )
    .describe('Malformed values, unknown keys, an event that names no call; never a field merely absent'),
  events: z
    .array(z.object({ kind: z.string().nullable(), provided: z.array(z.string()), missing: z.array(z.string()) }))
    .describe('Per event: the call fields it brings and the fields of the complete set it leaves to other events'),
  route: z
    .object({
      callerNumber: z.string().nullable(),
      callerRaw: z.string(),
      virtualNumber: z.string().nullable(),
      sessionId: z.string().nullable(),
    })
    .nullable(),
  receivedAt: z.string(),
  error: errorBodySchema.extend({ code: errorCodeSchema }).nullable(),
});

export function makeMappingPreviewEndpoints({
  engine,
  connectors,
  maxBodyBytes,
}: {
  engine: MappingEngine;
  connectors: ConnectorService;
  maxBodyBytes: number;
}) {
  return [
    endpoint({
      method: 'get',
      path: '/api/admin/canonical-fields',
      summary:
        'The canonical call fields a mapping produces (complete: part of the default set a finished call must have), the mapping kinds and the event kinds',
      tag: 'Mappings',
      access: ['admin'],
      response: z.object({
        items: z.array(canonicalFieldSchema),
        kinds: z.array(mappingKindSchema),
        eventKinds: z.array(z.string()),
        consoleEvents: z
          .array(
            z.object({
              type: z.string(),
              description: z.string(),
              raisedBy: z.array(z.enum(MAPPING_KINDS)),
              fields: z.array(z.object({ name: z.string(), description: z.string() })),
            }),
          )
          .describe("What Patchcord sends to the agent's console, field by field, and which mapping kinds' deliveries raise it"),
      }),
      handler: async () => ({
        items: CANONICAL_FIELDS.map((f) => ({ ...f })),
        kinds: MAPPING_KIND_INFO.map((k) => ({ ...k })),
        eventKinds: [...EVENT_KINDS],
        consoleEvents: AGENT_EVENT_DOCS.map((e) => ({ ...e, raisedBy: [...e.raisedBy], fields: [...e.fields] })),
      }),
    }),
    endpoint({
      method: 'post',
      path: '/api/admin/mappings/preview',
      summary:
        "Evaluate a mapping of one kind on a sample payload, with production's engine, limits and validation: per event, the fields it brings and those it leaves to other events",
      tag: 'Mappings',
      access: ['admin'],
      body: z.strictObject({
        expression: z.string().min(1).max(100_000),
        kind: z.enum(MAPPING_KINDS).default('callLog').describe('The mapping kind: which webhook the sample came to'),
        receivedAt: z.iso
          .datetime({ offset: true })
          .optional()
          .describe('When the sample counts as received (default now): an answered or hangup event without a time gets it'),
        sample: z.strictObject({
          body: z.string().max(maxBodyBytes),
          contentType: z.string().max(200).optional(),
          query: z.string().max(8192).default(''),
        }),
        connectorId: objectId.optional(),
        context: z.strictObject({ defaultCountry: countryCode, timeZone }).optional(),
      }),
      response: previewResultSchema,
      errors: { 400: 'The sample cannot be decoded', 404: 'Unknown connector' },
      handler: async ({ body }) => {
        let ctx = { defaultCountry: body.context?.defaultCountry ?? 'IN', timeZone: body.context?.timeZone ?? 'Asia/Kolkata' };
        if (body.connectorId) {
          const view = required(await connectors.webhookView(body.connectorId), 'Connector', body.connectorId);
          ctx = { defaultCountry: view.defaultCountry, timeZone: view.timeZone };
        }
        const payload = await readPayload({
          body: body.sample.body,
          contentType: body.sample.contentType,
          query: body.sample.query,
          maxBytes: maxBodyBytes,
        });
        return previewMapping(engine, {
          expression: body.expression,
          payload,
          kind: body.kind,
          ctx: { defaultCountry: toCountryCode(ctx.defaultCountry) ?? 'IN', timeZone: ctx.timeZone },
          ...(body.receivedAt ? { now: new Date(body.receivedAt) } : {}),
        });
      },
    }),
  ];
}
