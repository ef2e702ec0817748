/**
 * The telephony request log: every provider webhook request and Patchcord's answer, with secrets
 * redacted and bodies capped. Entries are buffered and written in small batches off the hot path,
 * flushed on shutdown, and pruned by age.
 */
import type { Logger } from '../logger';
import type { Models } from '../db/models';
import { Types } from '../db/models';

export interface RequestLogEntry {
  connectorId: string | null;
  direction?: 'inbound' | 'outbound';
  kind: string;
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  contentType: string | undefined;
  body: string;
  bodyBytes: number;
  status: number;
  outcome: 'accepted' | 'duplicate' | 'rejected' | 'error';
  errorCode: string | null;
  response: string;
  durationMs: number;
  workflowId: string | null;
}

const ALWAYS_REDACTED = new Set(['authorization', 'cookie', 'proxy-authorization', 'x-api-key']);
export const REDACTED = '[redacted]';

/** Copies headers, blanking credentials and any header named in `secretHeaders` (case-insensitive). */
export function redactHeaders(
  headers: Record<string, string | string[] | undefined>,
  secretHeaders: readonly string[] = [],
): Record<string, string> {
  const secret = new Set([...ALWAYS_REDACTED, ...secretHeaders.map((h) => h.toLowerCase())]);
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name] = secret.has(name.toLowerCase()) ? REDACTED : Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

export function capText(text: string, maxBytes: number): { text: string; truncated: boolean } {
  if (Buffer.byteLength(text) <= maxBytes) return { text, truncated: false };
  // Cut before a character that straddles the cap: a split one decodes to U+FFFD (3 bytes) and overshoots.
  const bytes = Buffer.from(text);
  let end = maxBytes;
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return { text: bytes.subarray(0, end).toString('utf8'), truncated: true };
}

export function makeRequestLog({
  models,
  logger,
  bodyCapBytes,
  flushMs = 200,
  batchSize = 100,
}: {
  models: Models;
  logger: Logger;
  bodyCapBytes: number;
  flushMs?: number;
  batchSize?: number;
}) {
  let buffer: Record<string, unknown>[] = [];
  let timer: NodeJS.Timeout | null = null;
  let inflight: Promise<void> = Promise.resolve();

  function record(entry: RequestLogEntry): void {
    const body = capText(entry.body, bodyCapBytes);
    buffer.push({
      ...entry,
      connectorId: entry.connectorId && Types.ObjectId.isValid(entry.connectorId) ? new Types.ObjectId(entry.connectorId) : null,
      body: body.text,
      bodyTruncated: body.truncated,
      response: capText(entry.response, bodyCapBytes).text,
      createdAt: new Date(),
    });
    if (buffer.length >= batchSize) void flush();
    else timer ??= setTimeout(() => void flush(), flushMs);
  }

  async function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    const batch = buffer;
    buffer = [];
    if (batch.length > 0) {
      inflight = inflight.then(async () => {
        try {
          await models.RequestLog.insertMany(batch, { ordered: false });
        } catch (err) {
          logger.error({ err, entries: batch.length }, 'request log write failed');
        }
      });
    }
    await inflight;
  }

  async function prune(retentionDays: number): Promise<number> {
    const cutoff = new Date(Date.now() - retentionDays * 86_400_000);
    const res = await models.RequestLog.deleteMany({ createdAt: { $lt: cutoff } });
    return res.deletedCount;
  }

  return { record, flush, prune };
}

export type RequestLog = ReturnType<typeof makeRequestLog>;

export interface RequestLogQuery {
  skip: number;
  limit: number;
  connectorId?: string;
  outcome?: string;
  direction?: 'inbound' | 'outbound';
  kind?: string;
  from?: Date;
  to?: Date;
}

/** Reading the request log, newest first (ops and admin). */
export function makeRequestLogReader({ models }: { models: Models }) {
  async function list(query: RequestLogQuery): Promise<Record<string, unknown>[]> {
    const filter: Record<string, unknown> = {};
    if (query.connectorId) filter.connectorId = new Types.ObjectId(query.connectorId);
    if (query.outcome) filter.outcome = query.outcome;
    // Entries written before outbound logging existed carry no direction: they are inbound.
    if (query.direction) filter.direction = query.direction === 'outbound' ? 'outbound' : { $ne: 'outbound' };
    if (query.kind) filter.kind = query.kind;
    if (query.from || query.to) filter.createdAt = { ...(query.from ? { $gte: query.from } : {}), ...(query.to ? { $lte: query.to } : {}) };
    const docs = await models.RequestLog.find(filter).sort({ createdAt: -1 }).skip(query.skip).limit(query.limit).lean();
    return docs.map(({ _id, connectorId, ...rest }) => ({
      id: String(_id),
      connectorId: connectorId ? String(connectorId) : null,
      ...rest,
    }));
  }

  return { list };
}

export type RequestLogReader = ReturnType<typeof makeRequestLogReader>;
