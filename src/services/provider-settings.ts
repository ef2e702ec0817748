/**
 * A connector's provider API settings as the admin edits them: credentials (sealed, write-only), the
 * auth scheme and operations (the preset's unless changed), DID sync and its schedule.
 */
import type { Models } from '../db/models';
import { translateRequest } from '../outbound';
import { getPreset } from '../providers';
import type { OperationConfig, ProviderOperation } from '../providers/types';
import type { SecretBox } from '../security/secrets';
import type { DidSchedules } from '../temporal/did-sync-schedules';
import { buildMergeValues, type MergeInput } from './merge-values';
import { effectiveApi, type StoredProviderApi } from './provider-api';
import { required } from './required';

/** Changes to save; an absent part is left as it is, a null value returns to the preset's (or removes a credential). */
export interface ProviderSettingsChange {
  credentials?: Record<string, string | null>;
  auth?: unknown;
  /** Already checked, with the seeds' @fields translated. */
  operations?: Partial<Record<ProviderOperation, OperationConfig | null>>;
  didSync?: { enabled: boolean; intervalMinutes: number; firstRunAt: string | null };
}

export function makeProviderSettings({ models, box, didSchedules }: { models: Models; box: SecretBox; didSchedules: DidSchedules }) {
  const { Connector } = models;

  /** The connector with its sealed credentials. */
  async function current(id: string) {
    return required(await Connector.findById(id).select('+providerApi.credentials').lean(), 'Connector', id);
  }

  async function view(id: string) {
    const doc = await current(id);
    const stored = doc.providerApi as StoredProviderApi & {
      didSync?: { enabled?: boolean; intervalMinutes?: number; firstRunAt?: Date | null };
    };
    const api = effectiveApi(doc.presetId, stored);
    const set = stored.credentials ?? {};
    let variants: unknown[];
    try {
      variants = (getPreset(doc.presetId).api?.variants ?? []).map((v) => ({
        ...v,
        config: { ...v.config, request: translateRequest(v.config.request) },
      }));
    } catch {
      variants = [];
    }
    return {
      presetId: doc.presetId,
      // Secret values are never returned, only whether they are set; other values are shown.
      credentials: api.fields.map((f) => {
        const sealed = set[f.key];
        const value = sealed ? box.open(sealed) : null;
        return { ...f, set: sealed !== undefined, ...(f.secret ? {} : { value: value ?? f.default ?? '' }) };
      }),
      auth: api.auth,
      authCustomised: api.authCustomised,
      operations: api.operations,
      variants,
      didSync: {
        enabled: !!stored.didSync?.enabled,
        intervalMinutes: stored.didSync?.intervalMinutes ?? 240,
        firstRunAt: stored.didSync?.firstRunAt ?? null,
        schedule: stored.didSync?.enabled ? await didSchedules.info(id) : null,
      },
    };
  }

  /** Seals credentials, saves the rest, and applies the DID-sync schedule when it changed. */
  async function save(id: string, change: ProviderSettingsChange): Promise<void> {
    const $set: Record<string, unknown> = {};
    const $unset: Record<string, ''> = {};
    for (const [key, value] of Object.entries(change.credentials ?? {})) {
      if (value === null || value === '') $unset[`providerApi.credentials.${key}`] = '';
      else $set[`providerApi.credentials.${key}`] = box.seal(value);
    }
    if (change.auth !== undefined) $set['providerApi.auth'] = change.auth;
    for (const [op, config] of Object.entries(change.operations ?? {})) {
      if (config === null) $unset[`providerApi.operations.${op}`] = '';
      else $set[`providerApi.operations.${op}`] = config;
    }
    const firstRunAt = change.didSync?.firstRunAt ? new Date(change.didSync.firstRunAt) : null;
    if (change.didSync) $set['providerApi.didSync'] = { ...change.didSync, firstRunAt };
    await Connector.updateOne(
      { _id: id },
      { ...(Object.keys($set).length ? { $set } : {}), ...(Object.keys($unset).length ? { $unset } : {}) },
    );
    if (change.didSync) {
      await didSchedules.apply(id, { enabled: change.didSync.enabled, intervalMinutes: change.didSync.intervalMinutes, firstRunAt });
    }
  }

  /** The connector's virtual numbers (none when it is gone). */
  async function virtualNumbers(id: string) {
    const doc = await Connector.findById(id, { virtualNumbers: 1 }).lean();
    return doc?.virtualNumbers ?? [];
  }

  return {
    current,
    view,
    save,
    virtualNumbers,
    syncNow: (id: string) => didSchedules.syncNow(id),
    mergeValues: (input: MergeInput) => buildMergeValues(models, input),
  };
}

export type ProviderSettings = ReturnType<typeof makeProviderSettings>;
