/**
 * Connector management beyond CRUD: what deleting a connector would remove, and cloning one with
 * its own live mappings of every kind (each as version 1) and fixtures.
 */
import { MAPPING_KINDS } from '../call/mapped-events';
import { AppError } from '../errors';
import type { MappingModels } from '../db/mapping-models';
import type { Models } from '../db/models';
import type { ConnectorService, WebhookUrls } from './connectors';
import type { PublicConnector } from './connector-admin';
import type { FixtureInput, MappingService } from './mappings';

export interface ConnectorUsage {
  name: string;
  virtualNumbers: number;
  teams: number;
  agentMappings: number;
  versions: number;
  fixtures: number;
  activities: number;
  requestLogs: number;
}

export function makeConnectorTools({
  models,
  mappingModels: mm,
  connectors,
  mappings,
}: {
  models: Models;
  mappingModels: MappingModels;
  connectors: ConnectorService;
  mappings: MappingService;
}) {
  const { Connector } = models;

  async function usage(id: string): Promise<ConnectorUsage> {
    const c = await mappings.connectorOf(id);
    for (const kind of MAPPING_KINDS) await mappings.ensureHistory(c, kind);
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
  }

  /** Clones settings, teams, own mappings and fixtures (not virtual numbers or secrets); the new secret is in the URLs. */
  async function clone(id: string, name: string, userId: string | null): Promise<{ connector: PublicConnector; webhookUrls: WebhookUrls }> {
    const source = await mappings.connectorOf(id);
    if (await Connector.exists({ name })) {
      throw new AppError('CONFLICT', `A connector named "${name}" already exists.`, [
        { field: 'body.name', code: 'duplicate', message: 'name is taken' },
      ]);
    }
    const secret = connectors.newWebhookSecret();
    // Kinds on the preset's mapping stay on it (null); the source's own ones start over at version 1.
    const owned = MAPPING_KINDS.flatMap((kind) => {
      const own = mappings.ownOf(source, kind);
      return own ? [{ kind, own }] : [];
    });
    const live = Object.fromEntries(MAPPING_KINDS.map((kind) => [kind, null])) as Record<string, unknown>;
    for (const { kind, own } of owned) live[kind] = { expression: own.expression, version: 1, updatedBy: userId };
    const doc = await Connector.create({
      name,
      presetId: source.presetId,
      defaultCountry: source.defaultCountry,
      timeZone: source.timeZone,
      isDefault: false,
      teamIds: source.teamIds,
      virtualNumbers: [],
      duplicatePolicy: source.duplicatePolicy,
      createUnknownLeads: source.createUnknownLeads,
      sso: { enabled: source.sso?.enabled ?? false },
      mappings: live,
      webhookSecret: secret.sealed,
    });
    for (const kind of MAPPING_KINDS) {
      const fixtures = await mappings.fixturesOf(source._id, kind);
      for (const f of fixtures)
        await mm.MappingFixture.create({
          connectorId: doc._id,
          kind,
          name: f.name,
          description: f.description,
          request: f.request,
          expect: f.expect as unknown,
          updatedBy: userId,
        });
      const own = owned.find((o) => o.kind === kind)?.own;
      if (!own) continue;
      await mm.MappingVersion.create({
        connectorId: doc._id,
        kind,
        version: 1,
        expression: own.expression,
        source: 'created',
        fixtures: fixtures.map((f) => mappings.snapshot({ name: f.name, request: f.request, expect: f.expect as FixtureInput['expect'] })),
        note: `Cloned from ${source.name} (version ${own.version})`,
        publishedBy: userId,
        publishedAt: new Date(),
      });
    }
    const created = await Connector.findById(doc._id).lean();
    if (!created) throw new AppError('INTERNAL');
    return { connector: connectors.toPublic(created, false), webhookUrls: connectors.webhookUrls(String(doc._id), secret.plain) };
  }

  return { usage, clone };
}

export type ConnectorTools = ReturnType<typeof makeConnectorTools>;
