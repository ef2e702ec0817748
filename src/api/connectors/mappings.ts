/**
 * Admin API behind the mapping designer, for every mapping kind at
 * `/api/admin/connectors/:id/mappings/<segment>` (call-log, events, popup, call-event, route): the
 * draft, its fixtures (run with production's engine and limits), publishing, history, rollback and
 * diff; plus import/export of all kinds at once and decoding a sample as a mapping sees it. Saving
 * and publishing warn about paths no fixture or recent delivery carries; rollback passes the same
 * fixture gate as publishing; each kind's sample is its latest accepted delivery (else latest fixture). The business rules live in
 * src/services/mappings.ts and src/services/mapping-fixtures.ts.
 */
import { z } from 'zod';
import { MAPPING_KINDS, MAPPING_SEGMENTS, type MappingKind } from '../../call/mapped-events';
import type { MappingEngine } from '../../mapping/engine';
import { VERSION_SOURCES } from '../../domain/connector';
import { errorCodeSchema, fixtureSchema } from '../../mapping/fixtures';
import type { MappingFixtures } from '../../services/mapping-fixtures';
import type { MappingSamples } from '../../services/mapping-samples';
import { KIND_WORDS, type MappingService } from '../../services/mappings';
import { readPayload } from '../../webhooks/payload';
import { endpoint, type AnyEndpoint } from '../http/endpoint';
import { idParams, objectId } from '../http/schemas';

const ADMIN = ['admin'] as const;
const TAG = 'Mappings';

const WHAT = KIND_WORDS;
const expression = z
  .string()
  .min(1)
  .max(100_000)
  .describe("JSONata expression producing the mapping kind's output (src/mapping/README.md)");

export function makeMappingEndpoints({
  engine,
  mappings: service,
  fixtures: fixtureService,
  samples,
}: {
  engine: MappingEngine;
  mappings: MappingService;
  fixtures: MappingFixtures;
  samples: MappingSamples;
}) {
  const maxBytes = engine.limits.maxPayloadBytes;

  const sample = z.strictObject({
    contentType: z.string().max(200).default(''),
    body: z.string().max(maxBytes),
    query: z.string().max(8192).default(''),
  });
  const fixtureRequest = sample.extend({
    receivedAt: z.iso
      .datetime({ offset: true })
      .optional()
      .describe('When the request arrived: the time of an answered or hangup event that carries none'),
  });
  const fixtureBody = z.strictObject({
    name: z.string().trim().min(1).max(200),
    description: z.string().max(2000).default(''),
    request: fixtureRequest,
    expect: fixtureSchema.shape.expect,
  });
  const fixtureParams = idParams.extend({ fixtureId: objectId });
  const versionParams = idParams.extend({ version: z.coerce.number().int().min(1) });
  const expectSchema = fixtureSchema.shape.expect;
  const outcome = z.object({
    output: z.union([z.record(z.string(), z.unknown()), z.array(z.record(z.string(), z.unknown()))]).nullable(),
    error: z
      .union([errorCodeSchema, z.array(z.string())])
      .nullable()
      .describe('An error code, or the "field:problem" pairs'),
    position: z.number().optional(),
    message: z.string().optional(),
  });
  const fixtureResult = z.object({
    id: z.string().nullable(),
    name: z.string(),
    pass: z.boolean(),
    actual: outcome,
    expected: expectSchema,
    diff: z.array(z.string()),
  });
  const fixtureAnswer = z.object({
    id: z.string(),
    kind: z.enum(MAPPING_KINDS),
    name: z.string(),
    description: z.string(),
    request: z.object({ contentType: z.string(), body: z.string(), query: z.string(), receivedAt: z.string().optional() }),
    expect: expectSchema,
    updatedAt: z.date().optional(),
  });
  const versionAnswer = z.object({
    version: z.number(),
    live: z.boolean(),
    expression: z.string(),
    source: z.enum(VERSION_SOURCES),
    restoredFrom: z.number().nullable(),
    note: z.string(),
    fixtureCount: z.number(),
    publishedAt: z.date(),
    publishedBy: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
  });
  const versionSide = z.object({ version: z.number(), expression: z.string(), publishedAt: z.date() });
  const diffAnswer = z.object({
    a: versionSide,
    b: versionSide,
    fixtures: z.array(z.object({ id: z.string(), name: z.string(), a: fixtureResult, b: fixtureResult })),
  });
  const warning = z.object({ path: z.string(), message: z.string() });
  const checked = {
    warnings: z
      .array(warning)
      .describe('Paths the mapping reads that none of the fixtures or latest deliveries of this kind carries (a warning, not a refusal)'),
    checkedAgainst: z.object({ fixtures: z.number(), deliveries: z.number() }),
  };
  const draftResponse = z.object({
    kind: z.enum(MAPPING_KINDS),
    expression: z.string(),
    saved: z.boolean(),
    updatedAt: z.date().nullable(),
    live: z.object({ version: z.number().describe("0: the preset's mapping"), expression: z.string(), fromPreset: z.boolean() }),
    differsFromLive: z.boolean(),
  });
  const published = z.object({ version: z.number(), publishedAt: z.date() });
  const uniqueNames = (list: { name: string; kind?: string }[]) =>
    new Set(list.map((f) => `${f.kind ?? 'callLog'}\u0000${f.name}`)).size === list.length;
  const exportV1 = z.strictObject({
    format: z.literal('patchcord-mappings'),
    formatVersion: z.literal(1),
    exportedAt: z.string().optional(),
    connector: z.object({ name: z.string(), presetId: z.string() }).partial().optional(),
    mappings: z.strictObject({
      callLog: z.strictObject({ expression, liveVersion: z.number().int().optional(), draft: expression.optional() }),
    }),
    fixtures: z.array(fixtureBody).max(500).refine(uniqueNames, 'fixture names must be unique'),
  });
  const kindEntry = z.strictObject({
    expression,
    liveVersion: z.number().int().optional(),
    fromPreset: z.boolean().optional(),
    draft: expression.optional(),
  });
  const exportV2 = z.strictObject({
    format: z.literal('patchcord-mappings'),
    formatVersion: z.literal(2),
    exportedAt: z.string().optional(),
    connector: z.object({ name: z.string(), presetId: z.string() }).partial().optional(),
    mappings: z.strictObject({
      callLog: kindEntry,
      events: kindEntry.optional(),
      popup: kindEntry.optional(),
      callEvent: kindEntry.optional(),
      route: kindEntry.optional(),
    }),
    fixtures: z
      .array(fixtureBody.extend({ kind: z.enum(MAPPING_KINDS).default('callLog') }))
      .max(2500)
      .refine(uniqueNames, 'fixture names must be unique per kind'),
  });
  const exportFile = z.union([exportV2, exportV1]);

  /** The same endpoints for every kind, each at its own literal path so /openapi.json lists them all. */
  const kindEndpoints = (kind: MappingKind): AnyEndpoint[] => {
    const base = `/api/admin/connectors/:id/mappings/${MAPPING_SEGMENTS[kind]}`;
    const what = WHAT[kind];
    return [
      endpoint({
        method: 'get',
        path: `${base}/sample`,
        summary: `The sample the ${what} designer opens on: the latest delivery its webhook accepted (authenticated, size-capped), else the latest ${what} fixture`,
        tag: TAG,
        access: ADMIN,
        params: idParams,
        response: z.object({
          source: z.enum(['delivery', 'fixture', 'none']),
          sample: z.object({ contentType: z.string(), body: z.string(), query: z.string() }).nullable(),
          receivedAt: z.date().nullable().describe('When the delivery arrived (a delivery only)'),
          fixture: z.object({ id: z.string(), name: z.string() }).nullable().describe('The fixture used (a fixture only)'),
        }),
        errors: { 404: 'Unknown connector' },
        handler: async ({ params }) => samples.latest(params.id, kind),
      }),
      endpoint({
        method: 'get',
        path: `${base}/draft`,
        summary: `The ${what} mapping being edited (the live one when there is no draft; the preset's, version 0, until the connector has its own)`,
        tag: TAG,
        access: ADMIN,
        params: idParams,
        response: draftResponse,
        errors: { 404: 'Unknown connector' },
        handler: async ({ params }) => service.getDraft(params.id, kind),
      }),
      endpoint({
        method: 'put',
        path: `${base}/draft`,
        summary: `Save the ${what} draft (it may not compile yet; publishing checks that), with warnings about paths no sample carries`,
        tag: TAG,
        access: ADMIN,
        params: idParams,
        body: z.strictObject({ expression }),
        response: draftResponse.extend(checked),
        errors: { 404: 'Unknown connector' },
        handler: async ({ params, body, user }) => service.saveDraft(params.id, kind, body.expression, user?.id ?? null),
      }),
      endpoint({
        method: 'delete',
        path: `${base}/draft`,
        summary: `Discard the ${what} draft (back to the live mapping)`,
        tag: TAG,
        access: ADMIN,
        params: idParams,
        response: draftResponse,
        errors: { 404: 'Unknown connector' },
        handler: async ({ params }) => service.discardDraft(params.id, kind),
      }),
      endpoint({
        method: 'get',
        path: `${base}/fixtures`,
        summary: `List the ${what} fixtures`,
        tag: TAG,
        access: ADMIN,
        params: idParams,
        response: z.object({ items: z.array(fixtureAnswer) }),
        errors: { 404: 'Unknown connector' },
        handler: async ({ params }) => ({ items: await fixtureService.list(params.id, kind) }),
      }),
      endpoint({
        method: 'post',
        path: `${base}/fixtures`,
        summary: `Add a ${what} fixture: a sample request and the output (or error) it must give`,
        tag: TAG,
        access: ADMIN,
        params: idParams,
        body: fixtureBody,
        status: 201,
        response: fixtureAnswer,
        errors: { 400: 'Invalid body', 404: 'Unknown connector', 409: 'Name taken' },
        handler: async ({ params, body, user }) => fixtureService.create(params.id, kind, body, user?.id ?? null),
      }),
      endpoint({
        method: 'put',
        path: `${base}/fixtures/:fixtureId`,
        summary: `Replace a ${what} fixture`,
        tag: TAG,
        access: ADMIN,
        params: fixtureParams,
        body: fixtureBody,
        response: fixtureAnswer,
        errors: { 400: 'Invalid body', 404: 'Not found', 409: 'Name taken' },
        handler: async ({ params, body, user }) => fixtureService.replace(params.id, kind, params.fixtureId, body, user?.id ?? null),
      }),
      endpoint({
        method: 'delete',
        path: `${base}/fixtures/:fixtureId`,
        summary: `Delete a ${what} fixture`,
        tag: TAG,
        access: ADMIN,
        params: fixtureParams,
        errors: { 404: 'Not found' },
        handler: async ({ params }) => {
          await fixtureService.remove(params.id, kind, params.fixtureId);
          return undefined;
        },
      }),
      endpoint({
        method: 'post',
        path: `${base}/fixtures/run`,
        summary: `Run every ${what} fixture with production's engine, limits and validation: on the draft (the default), the live version, or a given expression; the answer says which it checked`,
        tag: TAG,
        access: ADMIN,
        params: idParams,
        body: z
          .strictObject({
            expression: expression.optional(),
            against: z.enum(['draft', 'live']).optional().describe('Which mapping to check when no expression is given (default draft)'),
          })
          .refine((b) => !(b.expression !== undefined && b.against !== undefined), 'give an expression or "against", not both'),
        response: z.object({
          results: z.array(fixtureResult),
          passed: z.number(),
          failed: z.number(),
          checked: z.object({
            against: z.enum(['draft', 'live', 'expression']),
            version: z.number().nullable().describe("The live version checked (0: the preset's); null for a draft or an expression"),
          }),
        }),
        errors: { 400: 'Both an expression and "against"', 404: 'Unknown connector' },
        handler: async ({ params, body }) => {
          const c = await service.connectorOf(params.id);
          const draft = await service.getDraft(params.id, kind);
          const checked =
            body.expression !== undefined
              ? { against: 'expression' as const, version: null, text: body.expression }
              : body.against === 'live'
                ? { against: 'live' as const, version: draft.live.version, text: draft.live.expression }
                : { against: 'draft' as const, version: null, text: draft.expression };
          const results = await service.run(c, kind, checked.text, await service.fixturesOf(c._id, kind));
          const passed = results.filter((r) => r.pass).length;
          return { results, passed, failed: results.length - passed, checked: { against: checked.against, version: checked.version } };
        },
      }),
      endpoint({
        method: 'post',
        path: `${base}/publish`,
        summary: `Publish the ${what} draft as a new immutable version; the webhooks use it from then on`,
        tag: TAG,
        access: ADMIN,
        params: idParams,
        body: z.strictObject({ note: z.string().trim().max(500).default('') }),
        response: published.extend(checked),
        errors: {
          404: 'Unknown connector',
          409: 'Nothing to publish, or published concurrently',
          422: 'Syntax error, or fixtures fail (each named)',
        },
        handler: async ({ params, body, user }) => service.publish(params.id, kind, user?.id ?? null, body.note),
      }),
      endpoint({
        method: 'get',
        path: `${base}/versions`,
        summary: `Published ${what} versions, newest first, with who published them and when (none while the preset's is live)`,
        tag: TAG,
        access: ADMIN,
        params: idParams,
        response: z.object({ items: z.array(versionAnswer) }),
        errors: { 404: 'Unknown connector' },
        handler: async ({ params }) => ({ items: await service.history(params.id, kind) }),
      }),
      endpoint({
        method: 'get',
        path: `${base}/versions/diff`,
        summary: `Two ${what} versions side by side: expressions and what the fixtures produce under each`,
        tag: TAG,
        access: ADMIN,
        params: idParams,
        query: z.object({ a: z.coerce.number().int().min(1), b: z.coerce.number().int().min(1) }),
        response: diffAnswer,
        errors: { 404: 'Unknown connector or version' },
        handler: async ({ params, query }) => service.diff(params.id, kind, query.a, query.b),
      }),
      endpoint({
        method: 'post',
        path: `${base}/versions/:version/rollback`,
        summary: `Make an old ${what} version live again (republished as a new version), once it passes every ${what} fixture`,
        tag: TAG,
        access: ADMIN,
        params: versionParams,
        response: published,
        errors: { 404: 'Unknown connector or version', 409: 'Already live', 422: 'Fixtures fail on that version (each named)' },
        handler: async ({ params, user }) => service.rollback(params.id, kind, params.version, user?.id ?? null),
      }),
    ];
  };

  return [
    endpoint({
      method: 'post',
      path: '/api/admin/mappings/decode',
      summary: 'Decode a sample request into the object a mapping sees',
      tag: TAG,
      access: ADMIN,
      body: sample,
      response: z.object({ payload: z.record(z.string(), z.unknown()) }),
      errors: { 400: 'The body cannot be decoded', 413: 'Too large', 415: 'Unsupported content type' },
      handler: async ({ body }) => ({
        payload: await readPayload({ body: body.body, contentType: body.contentType || undefined, query: body.query, maxBytes }),
      }),
    }),
    ...MAPPING_KINDS.flatMap(kindEndpoints),
    endpoint({
      method: 'get',
      path: '/api/admin/connectors/:id/mappings/export',
      summary: "Export the connector's mappings of every kind and their fixtures as one JSON file (format version 2)",
      tag: TAG,
      access: ADMIN,
      params: idParams,
      response: z.record(z.string(), z.unknown()),
      errors: { 404: 'Unknown connector' },
      handler: async ({ params }) => {
        const c = await service.connectorOf(params.id);
        const mappings: Record<string, unknown> = {};
        const fixtures: unknown[] = [];
        for (const kind of MAPPING_KINDS) {
          const draft = await service.getDraft(params.id, kind);
          mappings[kind] = {
            expression: draft.live.expression,
            liveVersion: draft.live.version,
            ...(draft.live.fromPreset ? { fromPreset: true } : {}),
            ...(draft.differsFromLive ? { draft: draft.expression } : {}),
          };
          for (const f of await service.fixturesOf(c._id, kind))
            fixtures.push({ kind, name: f.name, description: f.description ?? '', request: f.request, expect: f.expect as unknown });
        }
        return {
          format: 'patchcord-mappings',
          formatVersion: 2,
          exportedAt: new Date().toISOString(),
          connector: { name: c.name, presetId: c.presetId },
          mappings,
          fixtures,
        };
      },
    }),
    endpoint({
      method: 'post',
      path: '/api/admin/connectors/:id/mappings/import',
      summary:
        "Import an exported file (format version 1 or 2): each kind's expression (its draft if it had one) becomes the draft, and its fixtures replace this connector's of the kinds the file carries (publish to go live)",
      tag: TAG,
      access: ADMIN,
      params: idParams,
      body: exportFile,
      response: z.object({ draft: draftResponse, drafts: z.record(z.string(), draftResponse), fixtures: z.number() }),
      errors: { 400: 'Not an export file', 404: 'Unknown connector' },
      handler: async ({ params, body, user }) => {
        const c = await service.connectorOf(params.id);
        const userId = user?.id ?? null;
        // Version 1 files carry only the call log; version 2 files every kind, even those on the preset's mapping.
        const kinds = body.formatVersion === 1 ? (['callLog'] as const) : MAPPING_KINDS;
        const entries = body.mappings as Partial<Record<MappingKind, { expression: string; fromPreset?: boolean; draft?: string }>>;
        const drafts: Record<string, Awaited<ReturnType<typeof service.getDraft>>> = {};
        for (const kind of kinds) {
          const entry = entries[kind];
          const text = entry ? (entry.draft ?? entry.expression) : null;
          const live = service.liveOf(c, kind);
          // Nothing of its own to bring (or the same as live here): no draft, so the kind shows as live.
          drafts[kind] =
            text === null || text === live.expression
              ? await service.discardDraft(params.id, kind)
              : await service.storeDraft(c, kind, text, userId);
        }
        await fixtureService.replaceKinds(c._id, kinds, body.fixtures, userId);
        return { draft: drafts.callLog, drafts, fixtures: body.fixtures.length };
      },
    }),
  ];
}
