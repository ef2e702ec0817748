/**
 * Connector management the designer's screens need beyond CRUD: cloning a connector, what deleting
 * one would remove, and the settings form schema of a preset.
 */
import { z } from 'zod';
import { MAPPING_KINDS } from '../call/mapped-events';
import { makeMappingModels, type MappingModels } from '../db/mapping-models';
import type { Models } from '../db/models';
import { AppError } from '../errors';
import { getPreset } from '../providers';
import { CONNECTOR_SETTINGS } from '../providers/settings';
import type { ConnectorService } from '../services/connectors';
import type { FixtureInput, MappingService } from '../services/mappings';
import { route } from './routes';
import { connectorResponse, idParams, revealedUrls } from './schemas';

const ADMIN = ['admin'] as const;

/** One field of a settings or credentials form (`SettingField` in src/providers/types.ts). */
export const settingField = z.object({
  key: z.string(), label: z.string(), type: z.enum(['text', 'number', 'boolean', 'select', 'country', 'timezone']), required: z.boolean(), secret: z.boolean().optional(),
  options: z.array(z.object({ value: z.string(), label: z.string() })).optional(), help: z.string().optional(),
});

/** Removes a deleted connector's drafts, fixtures and versions of every kind (activities keep their version number). */
export async function deleteMappingRecords(models: Models, connectorId: string): Promise<void> {
  const mm = makeMappingModels(models.Connector.db);
  await mm.MappingDraft.deleteMany({ connectorId });
  await mm.MappingFixture.deleteMany({ connectorId });
  await mm.MappingVersion.deleteMany({ connectorId });
}

export function makeConnectorToolRoutes({ models, connectors, mappingModels: mm, service }: { models: Models; connectors: ConnectorService; mappingModels: MappingModels; service: MappingService }) {
  const { Connector } = models;

  return [
    route({
      method: 'get', path: '/api/admin/presets/:presetId/settings-schema', summary: 'The settings form of connectors made from a preset, as data', tag: 'Connectors', access: ADMIN,
      params: z.object({ presetId: z.string().min(1).max(100) }),
      response: z.object({ connector: z.array(settingField), preset: z.array(settingField) }), errors: { 404: 'Unknown preset' },
      handler: async ({ params }) => ({ connector: [...CONNECTOR_SETTINGS], preset: [...(getPreset(params.presetId).settings ?? [])] }),
    }),
    route({
      method: 'get', path: '/api/admin/connectors/:id/usage', summary: 'What deleting the connector would remove (versions and fixtures of every mapping kind), and what it keeps', tag: 'Connectors', access: ADMIN,
      params: idParams, errors: { 404: 'Not found' },
      response: z.object({ name: z.string(), virtualNumbers: z.number(), teams: z.number(), agentMappings: z.number(), versions: z.number(), fixtures: z.number(), activities: z.number(), requestLogs: z.number() }),
      handler: async ({ params }) => {
        const c = await service.connectorOf(params.id);
        for (const kind of MAPPING_KINDS) await service.ensureHistory(c, kind);
        return {
          name: c.name,
          virtualNumbers: c.virtualNumbers.length,
          teams: c.teamIds.length,
          agentMappings: await models.User.countDocuments({ 'agentIds.connectorId': c._id }),
          versions: await mm.MappingVersion.countDocuments({ connectorId: c._id }),
          fixtures: await mm.MappingFixture.countDocuments({ connectorId: c._id }),
          activities: await models.CallActivity.countDocuments({ connectorId: c._id }),
          requestLogs: await models.RequestLog.countDocuments({ connectorId: c._id }),
        };
      },
    }),
    route({
      method: 'post', path: '/api/admin/connectors/:id/clone', summary: 'Clone a connector: settings, teams, its own live mappings of every kind (each as version 1) and fixtures (not its virtual numbers or secrets)', tag: 'Connectors', access: ADMIN,
      params: idParams, body: z.strictObject({ name: z.string().trim().min(1).max(100) }), status: 201,
      response: connectorResponse.extend(revealedUrls.shape), errors: { 404: 'Not found', 409: 'Name taken' },
      handler: async ({ params, body, user }) => {
        const source = await service.connectorOf(params.id);
        if (await Connector.exists({ name: body.name })) {
          throw new AppError('CONFLICT', `A connector named "${body.name}" already exists.`, [{ field: 'body.name', code: 'duplicate', message: 'name is taken' }]);
        }
        const secret = connectors.newWebhookSecret();
        const userId = user?.id ?? null;
        // Kinds on the preset's mapping stay on it (null); the source's own ones start over at version 1.
        const owned = MAPPING_KINDS.flatMap((kind) => {
          const own = service.ownOf(source, kind);
          return own ? [{ kind, own }] : [];
        });
        const mappings = Object.fromEntries(MAPPING_KINDS.map((kind) => [kind, null])) as Record<string, unknown>;
        for (const { kind, own } of owned) mappings[kind] = { expression: own.expression, version: 1, updatedBy: userId };
        const doc = await Connector.create({
          name: body.name, presetId: source.presetId, defaultCountry: source.defaultCountry, timeZone: source.timeZone, isDefault: false,
          teamIds: source.teamIds, virtualNumbers: [], duplicatePolicy: source.duplicatePolicy, createUnknownLeads: source.createUnknownLeads,
          mappings, webhookSecret: secret.sealed,
        });
        for (const kind of MAPPING_KINDS) {
          const fixtures = await service.fixturesOf(source._id, kind);
          for (const f of fixtures) await mm.MappingFixture.create({ connectorId: doc._id, kind, name: f.name, description: f.description, request: f.request, expect: f.expect as unknown, updatedBy: userId });
          const own = owned.find((o) => o.kind === kind)?.own;
          if (!own) continue;
          await mm.MappingVersion.create({
            connectorId: doc._id, kind, version: 1, expression: own.expression, source: 'created',
            fixtures: fixtures.map((f) => service.snapshot({ name: f.name, request: f.request, expect: f.expect as FixtureInput['expect'] })),
            note: `Cloned from ${source.name} (version ${own.version})`, publishedBy: userId, publishedAt: new Date(),
          });
        }
        const created = await Connector.findById(doc._id).lean();
        if (!created) throw new AppError('INTERNAL');
        return { ...connectors.toPublic(created, false), webhookUrls: connectors.webhookUrls(String(doc._id), secret.plain), notice: 'The secret in these URLs is shown only now; store it in your provider. Rotate to get a new one.' };
      },
    }),
  ];
}
