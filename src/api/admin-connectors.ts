/** Admin API: connectors (provider instances), their virtual numbers, mapping and secrets. */
import { z } from 'zod';
import { AppError } from '../errors';
import type { Models } from '../db/models';
import { DUPLICATE_POLICIES } from '../domain/connector';
import type { MappingEngine } from '../mapping/engine';
import { getPreset, PRESETS } from '../providers';
import type { DidSchedules } from '../temporal/did-sync-schedules';
import type { ConnectorService } from '../services/connectors';
import { deleteMappingRecords } from './admin-connector-tools';
import { route } from './routes';
import { connectorResponse, countryCode, idParams, objectId, revealedUrls, timeZone } from './schemas';

const ADMIN = ['admin'] as const;

const virtualNumber = z.object({
  number: z.string().trim().min(3).max(32),
  tag: z.string().trim().max(64).default(''),
  source: z.enum(['manual', 'sync']).optional().describe('sync: brought by DID sync, and removed by it when the provider drops the number'),
});

const connectorFields = {
  name: z.string().trim().min(1).max(100),
  defaultCountry: countryCode,
  timeZone,
  isDefault: z.boolean(),
  teamIds: z.array(objectId).max(500),
  virtualNumbers: z.array(virtualNumber).max(1000),
  duplicatePolicy: z.enum(DUPLICATE_POLICIES),
  createUnknownLeads: z.boolean(),
  callLogMapping: z.string().min(1).max(100_000).describe('JSONata expression producing the canonical call event'),
};

const createBody = z.strictObject({
  ...connectorFields,
  presetId: z.string().min(1),
  defaultCountry: connectorFields.defaultCountry.optional(),
  timeZone: connectorFields.timeZone.optional(),
  isDefault: connectorFields.isDefault.default(false),
  teamIds: connectorFields.teamIds.default([]),
  virtualNumbers: connectorFields.virtualNumbers.default([]),
  duplicatePolicy: connectorFields.duplicatePolicy.default('ignore'),
  createUnknownLeads: connectorFields.createUnknownLeads.default(true),
  callLogMapping: connectorFields.callLogMapping.optional(),
});

const updateBody = z.strictObject(connectorFields).partial();

const REVEAL_NOTICE = 'The secret in these URLs is shown only now; store it in your provider. Rotate to get a new one.';

export function makeConnectorRoutes({ models, connectors, engine, didSchedules }: { models: Models; connectors: ConnectorService; engine: MappingEngine; didSchedules: DidSchedules }) {
  const { Connector } = models;

  async function load(id: string) {
    const doc = await Connector.findById(id).select('+authHeader').lean();
    if (!doc) throw new AppError('NOT_FOUND', `Connector ${id} not found.`);
    return connectors.toPublic(doc, doc.authHeader != null);
  }

  /** A mapping is compiled before it is saved, so a webhook never meets a syntax error. */
  function checkMapping(expression: string): void {
    engine.compile(expression);
  }

  async function clearOtherDefaults(id: string): Promise<void> {
    await Connector.updateMany({ _id: { $ne: id }, isDefault: true }, { $set: { isDefault: false } });
  }

  async function nameTaken(name: string, exceptId?: string): Promise<void> {
    const clash = await Connector.findOne({ name, ...(exceptId ? { _id: { $ne: exceptId } } : {}) }, { _id: 1 }).lean();
    if (clash) throw new AppError('CONFLICT', `A connector named "${name}" already exists.`, [{ field: 'body.name', code: 'duplicate', message: 'name is taken' }]);
  }

  return [
    route({
      method: 'get', path: '/api/admin/presets', summary: 'List provider presets', tag: 'Connectors', access: ADMIN,
      response: z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), description: z.string() })) }),
      handler: async () => ({ items: PRESETS.map((p) => ({ id: p.id, name: p.name, description: p.description })) }),
    }),
    route({
      method: 'get', path: '/api/admin/connectors', summary: 'List connectors', tag: 'Connectors', access: ADMIN,
      response: z.object({ items: z.array(connectorResponse) }),
      handler: async () => {
        const docs = await Connector.find().select('+authHeader').sort({ createdAt: 1 }).lean();
        return { items: docs.map((d) => connectors.toPublic(d, d.authHeader != null)) };
      },
    }),
    route({
      method: 'post', path: '/api/admin/connectors', summary: 'Create a connector from a preset', tag: 'Connectors', access: ADMIN,
      body: createBody, status: 201, response: connectorResponse.extend(revealedUrls.shape),
      errors: { 400: 'Invalid body', 404: 'Unknown preset', 409: 'Name taken', 422: 'Mapping does not compile' },
      handler: async ({ body, user }) => {
        const preset = getPreset(body.presetId);
        const expression = body.callLogMapping ?? preset.mappings.callLog;
        checkMapping(expression);
        await nameTaken(body.name);
        const secret = connectors.newWebhookSecret();
        const doc = await Connector.create({
          ...body,
          defaultCountry: body.defaultCountry ?? preset.defaults.defaultCountry,
          timeZone: body.timeZone ?? preset.defaults.timeZone,
          mappings: { callLog: { expression, version: 1, updatedBy: user?.id ?? null } },
          webhookSecret: secret.sealed,
        });
        if (body.isDefault) await clearOtherDefaults(String(doc._id));
        return { ...(await load(String(doc._id))), webhookUrls: connectors.webhookUrls(String(doc._id), secret.plain), notice: REVEAL_NOTICE };
      },
    }),
    route({
      method: 'get', path: '/api/admin/connectors/:id', summary: 'Get a connector', tag: 'Connectors', access: ADMIN,
      params: idParams, response: connectorResponse, errors: { 404: 'Not found' },
      handler: async ({ params }) => load(params.id),
    }),
    route({
      method: 'patch', path: '/api/admin/connectors/:id', summary: 'Update a connector', tag: 'Connectors', access: ADMIN,
      params: idParams, body: updateBody, response: connectorResponse,
      errors: { 400: 'Invalid body', 404: 'Not found', 409: 'Name taken', 422: 'Mapping does not compile' },
      handler: async ({ params, body, user }) => {
        const { callLogMapping, ...fields } = body;
        const current = await Connector.findById(params.id).lean();
        if (!current) throw new AppError('NOT_FOUND', `Connector ${params.id} not found.`);
        if (fields.name) await nameTaken(fields.name, params.id);
        const set: Record<string, unknown> = { ...fields };
        if (fields.virtualNumbers) {
          // A number a DID sync brought stays the sync's (it leaves when the provider drops it) unless the admin says otherwise.
          const before = new Map(current.virtualNumbers.map((v) => [v.number, v.source]));
          set.virtualNumbers = fields.virtualNumbers.map((v) => ({ ...v, source: v.source ?? before.get(v.number) ?? 'manual' }));
        }
        if (callLogMapping !== undefined && callLogMapping !== current.mappings.callLog.expression) {
          checkMapping(callLogMapping);
          set['mappings.callLog'] = { expression: callLogMapping, version: current.mappings.callLog.version + 1, updatedBy: user?.id ?? null, updatedAt: new Date() };
        }
        await Connector.updateOne({ _id: params.id }, { $set: set });
        if (fields.isDefault) await clearOtherDefaults(params.id);
        connectors.invalidate(params.id);
        return load(params.id);
      },
    }),
    route({
      method: 'delete', path: '/api/admin/connectors/:id', summary: 'Delete a connector', tag: 'Connectors', access: ADMIN,
      params: idParams, errors: { 404: 'Not found' },
      handler: async ({ params }) => {
        const res = await Connector.deleteOne({ _id: params.id });
        if (res.deletedCount === 0) throw new AppError('NOT_FOUND', `Connector ${params.id} not found.`);
        connectors.invalidate(params.id);
        await deleteMappingRecords(models, params.id);
        await didSchedules.remove(params.id);
        return undefined;
      },
    }),
    route({
      method: 'post', path: '/api/admin/connectors/:id/webhook-secret', summary: 'Rotate the webhook secret (old URLs stop working)', tag: 'Connectors', access: ADMIN,
      params: idParams, response: revealedUrls, errors: { 404: 'Not found' },
      handler: async ({ params }) => {
        const secret = await connectors.rotateWebhookSecret(params.id);
        return { webhookUrls: connectors.webhookUrls(params.id, secret), notice: REVEAL_NOTICE };
      },
    }),
    route({
      method: 'post', path: '/api/admin/connectors/:id/auth-header', summary: 'Generate or rotate the additional authentication header pair', tag: 'Connectors', access: ADMIN,
      params: idParams,
      body: z.strictObject({ name: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'must be a header name (letters, digits, dashes)').default('X-Patchcord-Auth') }),
      response: z.object({ name: z.string(), value: z.string(), notice: z.string() }), errors: { 404: 'Not found' },
      handler: async ({ params, body }) => ({ ...(await connectors.rotateAuthHeader(params.id, body.name)), notice: 'The value is shown only now.' }),
    }),
    route({
      method: 'delete', path: '/api/admin/connectors/:id/auth-header', summary: 'Disable the additional authentication header', tag: 'Connectors', access: ADMIN,
      params: idParams, errors: { 404: 'Not found' },
      handler: async ({ params }) => {
        await connectors.disableAuthHeader(params.id);
        return undefined;
      },
    }),
  ];
}
