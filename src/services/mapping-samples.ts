/**
 * The sample each mapping kind's designer opens on: the latest delivery its webhook accepted, else
 * the kind's latest fixture. A sample is a provider payload, so only authenticated, accepted
 * deliveries are kept, only their content type, body and query (never headers), only up to a size
 * cap, and nothing of it is ever logged; only admins read it, through the mapping API.
 *
 * Webhooks record without waiting: writes of one connector and kind never overlap, and a delivery
 * that arrives while one is being written replaces any other waiting, so a burst costs at most two
 * writes and the newest delivery is the one kept.
 */
import type { MappingKind } from '../call/mapped-events';
import type { MappingModels } from '../db/mapping-models';
import { Types } from '../db/models';
import type { MappingService } from './mappings';

/** The largest body (and query string) kept as a sample, in bytes; a larger delivery leaves the previous sample in place. */
export const SAMPLE_MAX_BODY_BYTES = 32 * 1024;
export const SAMPLE_MAX_QUERY_BYTES = 8 * 1024;

export interface SampleInput {
  contentType: string;
  body: Buffer | string;
  query: string;
  receivedAt: Date;
}

interface Pending {
  connectorId: string;
  kind: MappingKind;
  request: { contentType: string; body: string; query: string };
  receivedAt: Date;
}

export function makeMappingSamples({
  mappingModels,
  mappings,
  onWriteError,
}: {
  mappingModels: MappingModels;
  mappings: MappingService;
  /** Told the connector, kind and error name of a sample that could not be written (never the payload). */
  onWriteError?: (info: { connectorId: string; kind: MappingKind; error: string }) => void;
}) {
  const { MappingSample, MappingFixture } = mappingModels;
  const waiting = new Map<string, Pending>();
  const writing = new Set<string>();

  async function drain(key: string): Promise<void> {
    writing.add(key);
    try {
      for (let next = waiting.get(key); next; next = waiting.get(key)) {
        waiting.delete(key);
        try {
          await MappingSample.updateOne(
            { _id: key },
            {
              $set: {
                connectorId: new Types.ObjectId(next.connectorId),
                kind: next.kind,
                request: next.request,
                receivedAt: next.receivedAt,
              },
            },
            { upsert: true },
          );
        } catch (err) {
          onWriteError?.({ connectorId: next.connectorId, kind: next.kind, error: (err as Error)?.name ?? 'Error' });
        }
      }
    } finally {
      writing.delete(key);
    }
  }

  /**
   * Keeps an accepted, authenticated delivery as the kind's sample. Returns once this delivery (or a
   * newer one) is written, or at once when a write of the same kind is already running.
   */
  function record(connectorId: string, kind: MappingKind, input: SampleInput): Promise<void> {
    const body = typeof input.body === 'string' ? input.body : input.body.toString('utf8');
    if (Buffer.byteLength(body) > SAMPLE_MAX_BODY_BYTES || Buffer.byteLength(input.query) > SAMPLE_MAX_QUERY_BYTES)
      return Promise.resolve();
    if (!Types.ObjectId.isValid(connectorId)) return Promise.resolve();
    const key = `${connectorId}:${kind}`;
    waiting.set(key, {
      connectorId,
      kind,
      request: { contentType: input.contentType, body, query: input.query },
      receivedAt: input.receivedAt,
    });
    return writing.has(key) ? Promise.resolve() : drain(key);
  }

  /** The sample the designer opens on for a kind: the latest accepted delivery, else the latest fixture, else none. */
  async function latest(id: string, kind: MappingKind) {
    const c = await mappings.connectorOf(id);
    const kept = await MappingSample.findById(`${String(c._id)}:${kind}`).lean();
    if (kept) {
      const r = kept.request;
      return {
        source: 'delivery' as const,
        sample: { contentType: r.contentType ?? '', body: r.body ?? '', query: r.query ?? '' },
        receivedAt: kept.receivedAt,
        fixture: null,
      };
    }
    const [fixture] = await MappingFixture.find({ connectorId: c._id, kind }).sort({ updatedAt: -1, _id: -1 }).limit(1).lean();
    if (fixture) {
      const r = fixture.request;
      return {
        source: 'fixture' as const,
        sample: { contentType: r.contentType ?? '', body: r.body ?? '', query: r.query ?? '' },
        receivedAt: null,
        fixture: { id: String(fixture._id), name: fixture.name },
      };
    }
    return { source: 'none' as const, sample: null, receivedAt: null, fixture: null };
  }

  return { record, latest };
}

export type MappingSamples = ReturnType<typeof makeMappingSamples>;
