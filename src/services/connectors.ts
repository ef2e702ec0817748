/**
 * Connectors: one configured instance of a provider (a tab in the designer). This service owns their
 * secrets (sealed at rest, revealed only when created or rotated) and the cached view the webhook
 * hot path reads.
 *
 * The view is cached for 5 s per process; every change an admin makes through this process drops its
 * entry (`invalidate`), other processes see it within those 5 s. When the database cannot be reached,
 * the last view read within the hour is served instead (stale-if-error), so a database outage does not
 * refuse events that Temporal can take (the workflows' activities retry their database work later);
 * a connector with no such view answers DATABASE_UNAVAILABLE (503).
 */
import { isValidObjectId, type Types } from 'mongoose';
import type { MappingKind } from '../call/mapped-events';
import { PRESETS } from '../providers';
import { isDatabaseUnavailable, withinDeadline } from '../db/availability';
import type { ConnectorDoc, Models } from '../db/models';
import { randomToken, type SecretBox } from '../security/secrets';
import { notFound } from './required';
import type { StoredDidSync } from '../temporal/did-sync-schedules';
import { signatureSchemeSchema, type SignatureScheme } from '../webhooks/signature';

export interface WebhookUrls {
  callLog: string;
  events: string;
  route: string;
  popup: string;
  callEvent: string;
  sso: string;
}

export interface LiveMapping {
  expression: string;
  version: number;
}

/**
 * A connector's own mapping for a kind, or its preset's (version 0) when it has none; the route
 * input falls back to the generic preset's, which reads the names most providers use.
 */
export function liveMapping(
  own: { expression: string; version: number } | null | undefined,
  presetId: string,
  kind: MappingKind,
): LiveMapping {
  if (own) return { expression: own.expression, version: own.version };
  const preset = PRESETS.find((p) => p.id === presetId);
  const fromPreset = preset?.mappings[kind] ?? (kind === 'route' ? PRESETS.find((p) => p.id === 'generic')?.mappings.route : undefined);
  // A preset without this event's mapping yields nothing, which validation reports field by field.
  return { expression: fromPreset ?? '{}', version: 0 };
}

export interface WebhookView {
  id: string;
  name: string;
  presetId: string;
  defaultCountry: string;
  timeZone: string;
  /** The live mapping per kind; all but the call log fall back to the preset's when not customised. */
  mappings: Record<MappingKind, LiveMapping>;
  webhookSecret: string;
  authHeader: { name: string; value: string } | null;
  /** When set, every webhook must carry a valid signature made with `secret`. */
  signature: { scheme: SignatureScheme; secret: string } | null;
  /** Teams the connector is assigned to; only their agents are eligible for routing (none: everyone). */
  teamIds: string[];
  routing: RoutingView;
  /** Whether the single sign-on webhook may start agent sessions through this connector. */
  sso: { enabled: boolean };
}

/** How the route webhook answers (`lifecycle.routing`), with the schema defaults filled in. */
export interface RoutingView {
  mode: 'lead' | 'opportunity';
  fallback: 'none' | 'agent' | 'queue';
  fallbackAgentId: string | null;
  fallbackQueue: string;
  format: 'json' | 'agent-phone' | 'agent-id' | 'agent-email';
}

const CACHE_MS = 5_000;
/** How long a view read from the database may stand in for it while the database is unreachable. */
const STALE_MS = 3_600_000;
/** How long a webhook waits for the connector's record before it falls back (well under 2 s in all). */
export const CONNECTOR_LOOKUP_MS = 800;

interface CachedView {
  /** When the view was read from the database. */
  at: number;
  view: WebhookView | null;
  /** While the database is unreachable: serve the stale view without asking again until then. */
  quietUntil?: number;
}

/** `publicUrl` is read when a URL is built, since the API learns its port only once it listens. */
export function makeConnectorService({ models, box, publicUrl }: { models: Models; box: SecretBox; publicUrl: () => string }) {
  const { Connector } = models;
  const cache = new Map<string, CachedView>();

  function remember(id: string, entry: CachedView): void {
    // Re-inserted so that the entry dropped at the cap is the one refreshed longest ago.
    cache.delete(id);
    cache.set(id, entry);
    if (cache.size > 1000) cache.delete(cache.keys().next().value as string);
  }

  /** Every provider-facing URL of a connector; `{secret}` stands in when the secret is not revealed. */
  function webhookUrls(id: string, secret: string | null): WebhookUrls {
    const base = `${publicUrl()}/webhooks/${id}/${secret ?? '{secret}'}`;
    return {
      callLog: `${base}/call-log`,
      events: `${base}/events`,
      route: `${base}/route`,
      popup: `${base}/popup`,
      callEvent: `${base}/call-event`,
      sso: `${base}/sso`,
    };
  }

  /**
   * The connector as the webhook handler needs it, cached briefly; null when it does not exist.
   * Throws DATABASE_UNAVAILABLE when the database does not answer within CONNECTOR_LOOKUP_MS and no
   * view of this connector was read within the hour.
   */
  async function webhookView(id: string): Promise<WebhookView | null> {
    const hit = cache.get(id);
    const now = Date.now();
    if (hit && (now - hit.at < CACHE_MS || (hit.quietUntil ?? 0) > now)) return hit.view;
    if (!isValidObjectId(id)) return null;
    let doc;
    try {
      doc = await withinDeadline(CONNECTOR_LOOKUP_MS, () =>
        Connector.findById(id).select('+webhookSecret +authHeader +webhookSignature').lean(),
      );
    } catch (err) {
      // A view of a connector known to exist; not a remembered absence, which may have changed since.
      if (!hit?.view || !isDatabaseUnavailable(err) || now - hit.at >= STALE_MS) throw err;
      remember(id, { ...hit, quietUntil: Date.now() + CACHE_MS });
      return hit.view;
    }
    const view: WebhookView | null = doc
      ? {
          id: String(doc._id),
          name: doc.name,
          presetId: doc.presetId,
          defaultCountry: doc.defaultCountry,
          timeZone: doc.timeZone,
          mappings: {
            callLog: { expression: doc.mappings.callLog.expression, version: doc.mappings.callLog.version },
            popup: liveMapping(doc.mappings.popup, doc.presetId, 'popup'),
            callEvent: liveMapping(doc.mappings.callEvent, doc.presetId, 'callEvent'),
            events: liveMapping(doc.mappings.events, doc.presetId, 'events'),
            route: liveMapping(doc.mappings.route, doc.presetId, 'route'),
          },
          webhookSecret: box.open(doc.webhookSecret),
          authHeader: doc.authHeader ? { name: doc.authHeader.name, value: box.open(doc.authHeader.value) } : null,
          signature: doc.webhookSignature
            ? { scheme: signatureSchemeSchema.parse(doc.webhookSignature.scheme), secret: box.open(doc.webhookSignature.secret) }
            : null,
          teamIds: (doc.teamIds ?? []).map(String),
          routing: {
            mode: doc.lifecycle?.routing?.mode ?? 'lead',
            fallback: doc.lifecycle?.routing?.fallback ?? 'none',
            fallbackAgentId: doc.lifecycle?.routing?.fallbackAgentId ? String(doc.lifecycle.routing.fallbackAgentId) : null,
            fallbackQueue: doc.lifecycle?.routing?.fallbackQueue ?? '',
            format: doc.lifecycle?.routing?.format ?? 'json',
          },
          sso: { enabled: doc.sso?.enabled ?? false },
        }
      : null;
    remember(id, { at: Date.now(), view });
    return view;
  }

  function invalidate(id: string | Types.ObjectId): void {
    cache.delete(String(id));
  }

  function newWebhookSecret(): { plain: string; sealed: string } {
    const plain = randomToken(24);
    return { plain, sealed: box.seal(plain) };
  }

  async function rotateWebhookSecret(id: string): Promise<string> {
    const { plain, sealed } = newWebhookSecret();
    const res = await Connector.updateOne({ _id: id }, { $set: { webhookSecret: sealed } });
    if (res.matchedCount === 0) throw notFound('Connector', id);
    invalidate(id);
    return plain;
  }

  /** Generates (or rotates) the extra authentication header pair; the value is shown only now. */
  async function rotateAuthHeader(id: string, name = 'X-Patchcord-Auth'): Promise<{ name: string; value: string }> {
    const value = randomToken(24);
    const res = await Connector.updateOne({ _id: id }, { $set: { authHeader: { name, value: box.seal(value) } } });
    if (res.matchedCount === 0) throw notFound('Connector', id);
    invalidate(id);
    return { name, value };
  }

  async function disableAuthHeader(id: string): Promise<void> {
    const res = await Connector.updateOne({ _id: id }, { $set: { authHeader: null } });
    if (res.matchedCount === 0) throw notFound('Connector', id);
    invalidate(id);
  }

  /** Turns the signature check on (or changes it); the signing secret is sealed and never shown again. */
  async function setWebhookSignature(id: string, scheme: SignatureScheme, secret: string): Promise<void> {
    const res = await Connector.updateOne({ _id: id }, { $set: { webhookSignature: { scheme, secret: box.seal(secret) } } });
    if (res.matchedCount === 0) throw notFound('Connector', id);
    invalidate(id);
  }

  async function disableWebhookSignature(id: string): Promise<void> {
    const res = await Connector.updateOne({ _id: id }, { $set: { webhookSignature: null } });
    if (res.matchedCount === 0) throw notFound('Connector', id);
    invalidate(id);
  }

  /** The connector's preset and signature scheme (without its secret; null when the check is off). */
  async function webhookSignatureOf(id: string): Promise<{ presetId: string; scheme: SignatureScheme | null }> {
    const doc = isValidObjectId(id) ? await Connector.findById(id).select('+webhookSignature').lean() : null;
    if (!doc) throw notFound('Connector', id);
    return { presetId: doc.presetId, scheme: doc.webhookSignature ? signatureSchemeSchema.parse(doc.webhookSignature.scheme) : null };
  }

  /** The admin API's view of a connector: never a secret, only whether one is set. */
  function toPublic(doc: ConnectorDoc & { createdAt?: Date; updatedAt?: Date }, hasAuthHeader: boolean) {
    const id = String(doc._id);
    return {
      id,
      name: doc.name,
      presetId: doc.presetId,
      defaultCountry: doc.defaultCountry,
      timeZone: doc.timeZone,
      isDefault: doc.isDefault,
      teamIds: doc.teamIds.map(String),
      virtualNumbers: doc.virtualNumbers.map((v) => ({ number: v.number, tag: v.tag, source: v.source ?? 'manual' })),
      duplicatePolicy: doc.duplicatePolicy,
      createUnknownLeads: doc.createUnknownLeads,
      sso: { enabled: doc.sso?.enabled ?? false },
      mappings: {
        callLog: {
          expression: doc.mappings.callLog.expression,
          version: doc.mappings.callLog.version,
          updatedAt: doc.mappings.callLog.updatedAt,
        },
      },
      authHeaderEnabled: hasAuthHeader,
      webhookUrls: webhookUrls(id, null),
      createdAt: doc.createdAt,
      updatedAt: doc.updatedAt,
    };
  }

  /** Every connector's stored DID-sync settings, for declaring the schedules at boot. */
  async function didSyncSettings(): Promise<StoredDidSync[]> {
    const rows = await models.Connector.find({}, { providerApi: 1 }).lean();
    return rows.map((c) => {
      const s = c.providerApi?.didSync;
      return {
        connectorId: String(c._id),
        settings: s ? { enabled: !!s.enabled, intervalMinutes: s.intervalMinutes ?? 240, firstRunAt: s.firstRunAt ?? null } : null,
      };
    });
  }

  return {
    webhookView,
    invalidate,
    didSyncSettings,
    setWebhookSignature,
    disableWebhookSignature,
    webhookSignatureOf,
    newWebhookSecret,
    rotateWebhookSecret,
    rotateAuthHeader,
    disableAuthHeader,
    webhookUrls,
    publicUrl,
    toPublic,
  };
}

export type ConnectorService = ReturnType<typeof makeConnectorService>;
