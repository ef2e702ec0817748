/**
 * Admin API behind the mapping designer: a connector's call-log draft, its fixtures (run with
 * production's engine and limits), publishing, history, rollback, diff, import/export, and decoding
 * a sample as a mapping sees it. The business rules live in src/services/mappings.ts.
 */
import { z } from 'zod';
import { makeMappingModels } from '../db/mapping-models';
import type { Models, Types } from '../db/models';
import { AppError } from '../errors';
import type { MappingEngine } from '../mapping/engine';
import { fixtureSchema } from '../mapping/fixtures';
import type { ConnectorService } from '../services/connectors';
import { type FixtureInput, makeMappingService } from '../services/mappings';
import { decodePayload } from '../webhooks/payload';
import { makeConnectorToolRoutes } from './admin-connector-tools';
import type { Auth } from './auth';
import { makeDesignerRoutes } from './designer-static';
import { route } from './routes';
import { idParams, objectId } from './schemas';

const ADMIN = ['admin'] as const;
const TAG = 'Mappings';
const BASE = '/api/admin/connectors/:id/mappings/call-log';

const expression = z.string().min(1).max(100_000).describe('JSONata expression producing the canonical call event');

export function makeMappingRoutes(deps: { models: Models; engine: MappingEngine; connectors: ConnectorService; auth: Auth }) {
  const { models, engine } = deps;
  const maxBytes = engine.limits.maxPayloadBytes;
  // The models' connection: mapping records live in the same database as the connectors.
  const mappingModels = makeMappingModels(models.Connector.db);
  const service = makeMappingService({ ...deps, mappingModels });
  const { MappingFixture } = mappingModels;

  const sample = z.strictObject({
    contentType: z.string().max(200).default(''),
    body: z.string().max(maxBytes),
    query: z.string().max(8192).default(''),
  });
  const fixtureBody = z.strictObject({
    name: z.string().trim().min(1).max(200),
    description: z.string().max(2000).default(''),
    request: sample,
    expect: fixtureSchema.shape.expect,
  });
  const fixtureParams = idParams.extend({ fixtureId: objectId });
  const versionParams = idParams.extend({ version: z.coerce.number().int().min(1) });
  const fixtureResult = z.object({ id: z.string().nullable(), name: z.string(), pass: z.boolean(), actual: z.unknown(), expected: z.unknown(), diff: z.array(z.string()) });
  const draftResponse = z.object({ expression: z.string(), saved: z.boolean(), updatedAt: z.date().nullable(), live: z.object({ version: z.number(), expression: z.string() }), differsFromLive: z.boolean() });
  const exportFile = z.strictObject({
    format: z.literal('patchcord-mappings'),
    formatVersion: z.literal(1),
    exportedAt: z.string().optional(),
    connector: z.object({ name: z.string(), presetId: z.string() }).partial().optional(),
    mappings: z.strictObject({ callLog: z.strictObject({ expression, liveVersion: z.number().int().optional(), draft: expression.optional() }) }),
    fixtures: z.array(fixtureBody).max(500).refine((list) => new Set(list.map((f) => f.name)).size === list.length, 'fixture names must be unique'),
  });

  const toFixture = (f: { _id: unknown; name: string; description?: string | null; request: unknown; expect: unknown; updatedAt?: Date }) => ({
    id: String(f._id), name: f.name, description: f.description ?? '', request: f.request as FixtureInput['request'], expect: f.expect as FixtureInput['expect'], updatedAt: f.updatedAt,
  });

  async function nameFree(connectorId: Types.ObjectId, name: string, exceptId?: string) {
    const clash = await MappingFixture.exists({ connectorId, kind: 'callLog', name, ...(exceptId ? { _id: { $ne: exceptId } } : {}) });
    if (clash) throw new AppError('CONFLICT', `A fixture named "${name}" already exists.`, [{ field: 'body.name', code: 'duplicate', message: 'name is taken' }]);
  }

  async function fixtureOf(connectorId: string, fixtureId: string) {
    const f = await MappingFixture.findOne({ _id: fixtureId, connectorId, kind: 'callLog' }).lean();
    if (!f) throw new AppError('NOT_FOUND', `Fixture ${fixtureId} not found on this connector.`);
    return f;
  }

  return [
    route({
      method: 'post', path: '/api/admin/mappings/decode', summary: 'Decode a sample request into the object a mapping sees', tag: TAG, access: ADMIN,
      body: sample, response: z.object({ payload: z.record(z.string(), z.unknown()) }), errors: { 400: 'The body cannot be decoded', 413: 'Too large', 415: 'Unsupported content type' },
      handler: async ({ body }) => ({ payload: decodePayload({ body: body.body, contentType: body.contentType || undefined, query: body.query, maxBytes }) }),
    }),
    route({
      method: 'get', path: `${BASE}/draft`, summary: 'The call-log mapping being edited (the live one when there is no draft)', tag: TAG, access: ADMIN,
      params: idParams, response: draftResponse, errors: { 404: 'Unknown connector' },
      handler: async ({ params }) => service.getDraft(params.id),
    }),
    route({
      method: 'put', path: `${BASE}/draft`, summary: 'Save the draft (it may not compile yet; publishing checks that)', tag: TAG, access: ADMIN,
      params: idParams, body: z.strictObject({ expression }), response: draftResponse, errors: { 404: 'Unknown connector' },
      handler: async ({ params, body, user }) => service.saveDraft(params.id, body.expression, user?.id ?? null),
    }),
    route({
      method: 'delete', path: `${BASE}/draft`, summary: 'Discard the draft (back to the live mapping)', tag: TAG, access: ADMIN,
      params: idParams, response: draftResponse, errors: { 404: 'Unknown connector' },
      handler: async ({ params }) => service.discardDraft(params.id),
    }),
    route({
      method: 'get', path: `${BASE}/fixtures`, summary: 'List the fixtures', tag: TAG, access: ADMIN,
      params: idParams, response: z.object({ items: z.array(z.record(z.string(), z.unknown())) }), errors: { 404: 'Unknown connector' },
      handler: async ({ params }) => {
        const c = await service.connectorOf(params.id);
        return { items: (await service.fixturesOf(c._id)).map(toFixture) };
      },
    }),
    route({
      method: 'post', path: `${BASE}/fixtures`, summary: 'Add a fixture: a sample request and the output (or error) it must give', tag: TAG, access: ADMIN,
      params: idParams, body: fixtureBody, status: 201, response: z.record(z.string(), z.unknown()), errors: { 400: 'Invalid body', 404: 'Unknown connector', 409: 'Name taken' },
      handler: async ({ params, body, user }) => {
        const c = await service.connectorOf(params.id);
        await nameFree(c._id, body.name);
        const doc = await MappingFixture.create({ connectorId: c._id, kind: 'callLog', ...body, updatedBy: user?.id ?? null });
        return toFixture(doc.toObject());
      },
    }),
    route({
      method: 'put', path: `${BASE}/fixtures/:fixtureId`, summary: 'Replace a fixture', tag: TAG, access: ADMIN,
      params: fixtureParams, body: fixtureBody, response: z.record(z.string(), z.unknown()), errors: { 400: 'Invalid body', 404: 'Not found', 409: 'Name taken' },
      handler: async ({ params, body, user }) => {
        const c = await service.connectorOf(params.id);
        await fixtureOf(params.id, params.fixtureId);
        await nameFree(c._id, body.name, params.fixtureId);
        await MappingFixture.updateOne({ _id: params.fixtureId }, { $set: { ...body, updatedBy: user?.id ?? null } });
        return toFixture(await fixtureOf(params.id, params.fixtureId));
      },
    }),
    route({
      method: 'delete', path: `${BASE}/fixtures/:fixtureId`, summary: 'Delete a fixture', tag: TAG, access: ADMIN,
      params: fixtureParams, errors: { 404: 'Not found' },
      handler: async ({ params }) => {
        await service.connectorOf(params.id);
        await fixtureOf(params.id, params.fixtureId);
        await MappingFixture.deleteOne({ _id: params.fixtureId });
        return undefined;
      },
    }),
    route({
      method: 'post', path: `${BASE}/fixtures/run`, summary: 'Run every fixture on an expression (the draft by default) with production\'s engine and limits', tag: TAG, access: ADMIN,
      params: idParams, body: z.strictObject({ expression: expression.optional() }),
      response: z.object({ results: z.array(fixtureResult), passed: z.number(), failed: z.number() }), errors: { 404: 'Unknown connector' },
      handler: async ({ params, body }) => {
        const c = await service.connectorOf(params.id);
        const results = await service.run(c, body.expression ?? (await service.getDraft(params.id)).expression, await service.fixturesOf(c._id));
        const passed = results.filter((r) => r.pass).length;
        return { results, passed, failed: results.length - passed };
      },
    }),
    route({
      method: 'post', path: `${BASE}/publish`, summary: 'Publish the draft as a new immutable version; the webhooks use it from then on', tag: TAG, access: ADMIN,
      params: idParams, body: z.strictObject({ note: z.string().trim().max(500).default('') }),
      response: z.object({ version: z.number(), publishedAt: z.date() }),
      errors: { 404: 'Unknown connector', 409: 'Nothing to publish, or published concurrently', 422: 'Syntax error, or fixtures fail (each named)' },
      handler: async ({ params, body, user }) => service.publish(params.id, user?.id ?? null, body.note),
    }),
    route({
      method: 'get', path: `${BASE}/versions`, summary: 'Published versions, newest first, with who published them and when', tag: TAG, access: ADMIN,
      params: idParams, response: z.object({ items: z.array(z.record(z.string(), z.unknown())) }), errors: { 404: 'Unknown connector' },
      handler: async ({ params }) => ({ items: await service.history(params.id) }),
    }),
    route({
      method: 'get', path: `${BASE}/versions/diff`, summary: 'Two versions side by side: expressions and what the fixtures produce under each', tag: TAG, access: ADMIN,
      params: idParams, query: z.object({ a: z.coerce.number().int().min(1), b: z.coerce.number().int().min(1) }),
      response: z.record(z.string(), z.unknown()), errors: { 404: 'Unknown connector or version' },
      handler: async ({ params, query }) => service.diff(params.id, query.a, query.b),
    }),
    route({
      method: 'post', path: `${BASE}/versions/:version/rollback`, summary: 'Make an old version live again (republished as a new version)', tag: TAG, access: ADMIN,
      params: versionParams, response: z.object({ version: z.number(), publishedAt: z.date() }), errors: { 404: 'Unknown connector or version', 409: 'Already live' },
      handler: async ({ params, user }) => service.rollback(params.id, params.version, user?.id ?? null),
    }),
    route({
      method: 'get', path: '/api/admin/connectors/:id/mappings/export', summary: 'Export the connector\'s mappings and fixtures as one JSON file', tag: TAG, access: ADMIN,
      params: idParams, response: z.record(z.string(), z.unknown()), errors: { 404: 'Unknown connector' },
      handler: async ({ params }) => {
        const c = await service.connectorOf(params.id);
        const draft = await service.getDraft(params.id);
        return {
          format: 'patchcord-mappings', formatVersion: 1, exportedAt: new Date().toISOString(),
          connector: { name: c.name, presetId: c.presetId },
          mappings: { callLog: { expression: c.mappings.callLog.expression, liveVersion: c.mappings.callLog.version, ...(draft.differsFromLive ? { draft: draft.expression } : {}) } },
          fixtures: (await service.fixturesOf(c._id)).map((f) => ({ name: f.name, description: f.description ?? '', request: f.request, expect: f.expect as unknown })),
        };
      },
    }),
    route({
      method: 'post', path: '/api/admin/connectors/:id/mappings/import', summary: 'Import an exported file: its expression becomes the draft and its fixtures replace this connector\'s (publish to go live)', tag: TAG, access: ADMIN,
      params: idParams, body: exportFile, response: z.object({ draft: draftResponse, fixtures: z.number() }), errors: { 400: 'Not an export file', 404: 'Unknown connector' },
      handler: async ({ params, body, user }) => {
        const c = await service.connectorOf(params.id);
        const draft = await service.saveDraft(params.id, body.mappings.callLog.draft ?? body.mappings.callLog.expression, user?.id ?? null);
        await MappingFixture.deleteMany({ connectorId: c._id, kind: 'callLog' });
        for (const f of body.fixtures) await MappingFixture.create({ connectorId: c._id, kind: 'callLog', ...f, updatedBy: user?.id ?? null });
        return { draft, fixtures: body.fixtures.length };
      },
    }),
    ...makeConnectorToolRoutes({ ...deps, mappingModels, service }),
    ...makeDesignerRoutes({ auth: deps.auth }),
  ];
}
