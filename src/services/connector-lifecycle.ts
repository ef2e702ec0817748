/**
 * A connector's call lifecycle settings as a whole (routing, missed calls, disposition and its
 * follow-ups, lead sharing, how a call is assembled from its events). The route answer template
 * under `lifecycle.routing.answer` has its own store (call-routing-answer.ts) and is kept here.
 */
import type { Models } from '../db/models';
import type { ConnectorService } from './connectors';
import { invalidField, notFound, required } from './required';

/** The routing part of the settings, without the route answer template. */
export interface LifecycleRouting {
  mode: string;
  fallback: string;
  fallbackAgentId: string | null;
  fallbackQueue: string;
  format: string;
}

export interface LifecycleSettings {
  routing: LifecycleRouting;
  [setting: string]: unknown;
}

export function makeConnectorLifecycle({ models, connectors }: { models: Models; connectors: ConnectorService }) {
  const { Connector, User } = models;

  async function get<T extends LifecycleSettings>(id: string): Promise<T> {
    // Hydrated rather than lean, so a connector saved before these settings existed reads its defaults.
    const doc = required(await Connector.findById(id, { lifecycle: 1 }), 'Connector', id);
    const stored = doc.toObject().lifecycle as unknown as T & { routing: { fallbackAgentId: unknown; answer?: unknown } };
    // The route answer template has its own endpoint (…/route-answer), so a GET here can be PUT back as is.
    const { mode, fallback, fallbackAgentId, fallbackQueue, format } = stored.routing;
    return {
      ...stored,
      routing: { mode, fallback, fallbackAgentId: fallbackAgentId ? String(fallbackAgentId) : null, fallbackQueue, format },
    };
  }

  async function checkFallbackAgent(settings: LifecycleSettings): Promise<void> {
    const id = settings.routing.fallbackAgentId;
    if (settings.routing.fallback !== 'agent' || !id) return;
    const user = await User.findById(id, { role: 1, active: 1 }).lean();
    if (!user) throw invalidField('body.routing.fallbackAgentId', `user ${id} does not exist`);
    if (user.role !== 'agent' || !user.active) throw invalidField('body.routing.fallbackAgentId', `user ${id} is not an active agent`);
  }

  /** Replaces the settings field by field under routing, so the route answer template is kept. */
  async function replace<T extends LifecycleSettings>(id: string, settings: T): Promise<T> {
    await checkFallbackAgent(settings);
    const { routing, ...rest } = settings;
    const set: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(routing)) set[`lifecycle.routing.${k}`] = v;
    for (const [k, v] of Object.entries(rest)) set[`lifecycle.${k}`] = v;
    const res = await Connector.updateOne({ _id: id }, { $set: set });
    if (res.matchedCount === 0) throw notFound('Connector', id);
    connectors.invalidate(id);
    return get<T>(id);
  }

  return { get, replace };
}

export type ConnectorLifecycle = ReturnType<typeof makeConnectorLifecycle>;
