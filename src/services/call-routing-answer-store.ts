/** Connectors' own route answer templates (`lifecycle.routing.answer`), read on the call-routing webhook's path and saved by the admin. */
import type { Models } from '../db/models';
import type { RouteAnswer } from './call-routing-answer';

function fromStored(stored: unknown): RouteAnswer | null {
  const a = stored as
    | { contentType?: string; body?: string; noAgent?: { status?: number; contentType?: string | null; body?: string } | null }
    | null
    | undefined;
  if (!a?.contentType || !a.body) return null;
  const n = a.noAgent;
  return {
    contentType: a.contentType,
    body: a.body,
    noAgent: n ? { status: n.status ?? 200, contentType: n.contentType ?? null, body: n.body ?? '' } : null,
  };
}

const CACHE_MS = 5_000;

/** Connectors' stored templates, cached briefly like the connector itself, so the answer path stays one lookup. */
export function makeRouteAnswerStore(models: Models) {
  const { Connector } = models;
  const cache = new Map<string, { at: number; answer: RouteAnswer | null }>();

  async function own(connectorId: string): Promise<RouteAnswer | null> {
    const hit = cache.get(connectorId);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.answer;
    const doc = await Connector.findById(connectorId, { 'lifecycle.routing.answer': 1 }).lean();
    const answer = fromStored(doc?.lifecycle?.routing?.answer);
    cache.set(connectorId, { at: Date.now(), answer });
    if (cache.size > 1000) cache.delete(cache.keys().next().value as string);
    return answer;
  }

  async function save(connectorId: string, answer: RouteAnswer | null): Promise<boolean> {
    const res = await Connector.updateOne({ _id: connectorId }, { $set: { 'lifecycle.routing.answer': answer } });
    cache.delete(connectorId);
    return res.matchedCount > 0;
  }

  return { own, save };
}

export type RouteAnswerStore = ReturnType<typeof makeRouteAnswerStore>;
