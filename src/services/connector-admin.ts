/**
 * The admin's connectors: create from a preset, list, read, update (a changed call-log mapping is a
 * new version), delete with its mapping records and DID-sync schedule. Secrets and the webhook hot
 * path's cached view are connectors.ts's.
 */
import { normalizePhone, toCountryCode } from '../call/phone';
import { AppError, type ErrorDetail } from '../errors';
import type { MappingModels } from '../db/mapping-models';
import type { Models } from '../db/models';
import type { DuplicatePolicy } from '../domain/connector';
import type { MappingEngine } from '../mapping/engine';
import { getPreset } from '../providers';
import type { DidSchedules } from '../temporal/did-sync-schedules';
import type { ConnectorService, WebhookUrls } from './connectors';
import { notFound, required } from './required';

export interface ConnectorFields {
  name: string;
  defaultCountry: string;
  timeZone: string;
  isDefault: boolean;
  teamIds: string[];
  virtualNumbers: { number: string; tag: string; source?: 'manual' | 'sync' }[];
  duplicatePolicy: DuplicatePolicy;
  createUnknownLeads: boolean;
  sso: { enabled: boolean };
  callLogMapping: string;
}

export type NewConnector = Omit<ConnectorFields, 'defaultCountry' | 'timeZone' | 'callLogMapping'> & {
  presetId: string;
  defaultCountry?: string;
  timeZone?: string;
  callLogMapping?: string;
};

export type PublicConnector = ReturnType<ConnectorService['toPublic']>;

/** Removes a deleted connector's drafts, fixtures, versions and samples of every kind (activities keep their version number). */
export async function deleteMappingRecords(mm: MappingModels, connectorId: string): Promise<void> {
  await mm.MappingSample.deleteMany({ connectorId });
  await mm.MappingDraft.deleteMany({ connectorId });
  await mm.MappingFixture.deleteMany({ connectorId });
  await mm.MappingVersion.deleteMany({ connectorId });
}

export function makeConnectorAdmin({
  models,
  mappingModels,
  connectors,
  engine,
  didSchedules,
}: {
  models: Models;
  mappingModels: MappingModels;
  connectors: ConnectorService;
  engine: MappingEngine;
  didSchedules: DidSchedules;
}) {
  const { Connector } = models;

  async function get(id: string): Promise<PublicConnector> {
    const doc = required(await Connector.findById(id).select('+authHeader').lean(), 'Connector', id);
    return connectors.toPublic(doc, doc.authHeader != null);
  }

  async function list(): Promise<PublicConnector[]> {
    const docs = await Connector.find().select('+authHeader').sort({ createdAt: 1 }).lean();
    return docs.map((d) => connectors.toPublic(d, d.authHeader != null));
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
    if (clash)
      throw new AppError('CONFLICT', `A connector named "${name}" already exists.`, [
        { field: 'body.name', code: 'duplicate', message: 'name is taken' },
      ]);
  }

  /**
   * Virtual numbers as the connector stores them: E.164, read in the connector's country when typed
   * without a country code. One refusal names every number that is not a phone number, and every
   * number listed twice.
   */
  function normalizedNumbers<T extends { number: string }>(numbers: readonly T[], country: string): T[] {
    const code = toCountryCode(country) ?? 'IN';
    const problems: ErrorDetail[] = [];
    const seen = new Map<string, number>();
    const out = numbers.map((v, i) => {
      const e164 = normalizePhone(v.number, code);
      const field = `body.virtualNumbers.${i}.number`;
      if (!e164) problems.push({ field, code: 'invalid', message: `"${v.number}" is not a phone number (read in ${code}).` });
      else if (seen.has(e164))
        problems.push({ field, code: 'duplicate', message: `"${v.number}" is ${e164}, already listed at position ${seen.get(e164)}.` });
      else seen.set(e164, i);
      return { ...v, number: e164 ?? v.number };
    });
    if (problems.length)
      throw new AppError('VALIDATION_FAILED', 'Some virtual numbers are not phone numbers or are listed twice.', problems);
    return out;
  }

  /** Creates a connector from its preset; the webhook URLs carry the new secret, shown only this once. */
  async function create(body: NewConnector, userId: string | null): Promise<{ connector: PublicConnector; webhookUrls: WebhookUrls }> {
    const preset = getPreset(body.presetId);
    const expression = body.callLogMapping ?? preset.mappings.callLog;
    checkMapping(expression);
    await nameTaken(body.name);
    const defaultCountry = body.defaultCountry ?? preset.defaults.defaultCountry;
    const virtualNumbers = normalizedNumbers(body.virtualNumbers, defaultCountry);
    const secret = connectors.newWebhookSecret();
    const doc = await Connector.create({
      ...body,
      virtualNumbers,
      defaultCountry,
      timeZone: body.timeZone ?? preset.defaults.timeZone,
      mappings: { callLog: { expression, version: 1, updatedBy: userId } },
      webhookSecret: secret.sealed,
    });
    if (body.isDefault) await clearOtherDefaults(String(doc._id));
    return { connector: await get(String(doc._id)), webhookUrls: connectors.webhookUrls(String(doc._id), secret.plain) };
  }

  async function update(id: string, body: Partial<ConnectorFields>, userId: string | null): Promise<PublicConnector> {
    const { callLogMapping, ...fields } = body;
    const current = required(await Connector.findById(id).lean(), 'Connector', id);
    if (fields.name) await nameTaken(fields.name, id);
    const set: Record<string, unknown> = { ...fields };
    if (fields.virtualNumbers) {
      // A number a DID sync brought stays the sync's (it leaves when the provider drops it) unless the admin says otherwise.
      const before = new Map(current.virtualNumbers.map((v) => [v.number, v.source]));
      set.virtualNumbers = normalizedNumbers(fields.virtualNumbers, fields.defaultCountry ?? current.defaultCountry).map((v) => ({
        ...v,
        source: v.source ?? before.get(v.number) ?? 'manual',
      }));
    }
    if (callLogMapping !== undefined && callLogMapping !== current.mappings.callLog.expression) {
      checkMapping(callLogMapping);
      set['mappings.callLog'] = {
        expression: callLogMapping,
        version: current.mappings.callLog.version + 1,
        updatedBy: userId,
        updatedAt: new Date(),
      };
    }
    await Connector.updateOne({ _id: id }, { $set: set });
    if (fields.isDefault) await clearOtherDefaults(id);
    connectors.invalidate(id);
    return get(id);
  }

  async function remove(id: string): Promise<void> {
    const res = await Connector.deleteOne({ _id: id });
    if (res.deletedCount === 0) throw notFound('Connector', id);
    connectors.invalidate(id);
    await deleteMappingRecords(mappingModels, id);
    await didSchedules.remove(id);
  }

  return { get, list, create, update, remove };
}

export type ConnectorAdmin = ReturnType<typeof makeConnectorAdmin>;
