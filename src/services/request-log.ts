/**
 * The telephony request log: every provider webhook request and Patchcord's answer, with secrets
 * redacted and bodies capped. Entries are buffered and written in small batches off the hot path,
 * flushed on shutdown, and pruned by age. A write that fails (the database is away) keeps its
 * entries for a retry, up to a bound; entries given up are counted in
 * `patchcord_request_log_dropped_total` and logged, never dropped silently.
 */
import type { Logger } from '../logger';
import type { Models } from '../db/models';
import { Types } from '../db/models';
import { requestLogDroppedTotal } from '../metrics';

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
  /** The call events this request delivered (their ids on the call's timeline). */
  eventIds?: string[];
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

/**
 * The documents a failed `insertMany` settled, by id: those already stored (a duplicate of the same
 * `_id`: an earlier attempt wrote them) and those the database refused for good. Any other document
 * may or may not have been written (the connection can fail part way), so it is sent again; the
 * `_id` makes that safe.
 */
function settledIds(err: unknown): { stored: Set<string>; refused: Set<string> } {
  const stored = new Set<string>();
  const refused = new Set<string>();
  const writeErrors = (err as { writeErrors?: unknown }).writeErrors;
  if (!Array.isArray(writeErrors)) return { stored, refused };
  for (const writeError of writeErrors as { code?: number; getOperation?: () => { _id?: unknown } }[]) {
    const id = writeError.getOperation?.()._id;
    if (id instanceof Types.ObjectId) (writeError.code === 11000 ? stored : refused).add(id.toHexString());
  }
  return { stored, refused };
}

export function makeRequestLog({
  models,
  logger,
  bodyCapBytes,
  flushMs = 200,
  batchSize = 100,
  retryMs = 5_000,
  maxBuffered = 10_000,
}: {
  models: Models;
  logger: Logger;
  bodyCapBytes: number;
  flushMs?: number;
  batchSize?: number;
  /** After a failed write, how long until the entries are written again. */
  retryMs?: number;
  /** Entries kept in memory while the database cannot be written; beyond it the oldest are dropped. */
  maxBuffered?: number;
}) {
  /** Entries not written yet, oldest first: new ones and those kept from a failed write. */
  let buffer: Record<string, unknown>[] = [];
  let timer: NodeJS.Timeout | null = null;
  let inflight: Promise<void> = Promise.resolve();
  /** While writes fail, full batches wait for the retry instead of each trying the database again. */
  let failing = false;
  let droppedUnreported = 0;
  let closed = false;

  function schedule(ms: number): void {
    timer ??= setTimeout(() => void flush(), ms);
  }

  function drop(count: number): void {
    requestLogDroppedTotal.inc(count);
    droppedUnreported += count;
  }

  /** One warning per write attempt, not one per dropped entry while the database is away. */
  function reportDropped(): void {
    if (droppedUnreported === 0) return;
    logger.warn({ dropped: droppedUnreported, kept: buffer.length }, 'request log entries dropped: the database could not be written');
    droppedUnreported = 0;
  }

  function keepWithinBound(): void {
    const excess = buffer.length - maxBuffered;
    if (excess <= 0) return;
    buffer.splice(0, excess);
    drop(excess);
  }

  function record(entry: RequestLogEntry): void {
    // A request cut off by shutdown may finish after the last flush: nothing is left to write it.
    if (closed) {
      drop(1);
      return reportDropped();
    }
    const body = capText(entry.body, bodyCapBytes);
    buffer.push({
      ...entry,
      // Assigned here, so a retry of an entry an earlier attempt did write is a duplicate, not a second copy.
      _id: new Types.ObjectId(),
      connectorId: entry.connectorId && Types.ObjectId.isValid(entry.connectorId) ? new Types.ObjectId(entry.connectorId) : null,
      body: body.text,
      bodyTruncated: body.truncated,
      response: capText(entry.response, bodyCapBytes).text,
      createdAt: new Date(),
    });
    keepWithinBound();
    if (buffer.length >= batchSize && !failing) void flush();
    else schedule(failing ? retryMs : flushMs);
  }

  async function write(batch: Record<string, unknown>[]): Promise<void> {
    try {
      await models.RequestLog.insertMany(batch, { ordered: false });
      failing = false;
    } catch (err) {
      logger.error({ err, entries: batch.length }, 'request log write failed');
      const { stored, refused } = settledIds(err);
      const id = (doc: Record<string, unknown>) => (doc._id as Types.ObjectId).toHexString();
      drop(batch.filter((doc) => refused.has(id(doc))).length);
      const kept = batch.filter((doc) => !stored.has(id(doc)) && !refused.has(id(doc)));
      if (kept.length > 0) {
        failing = true;
        buffer = [...kept, ...buffer];
        keepWithinBound();
        schedule(retryMs);
      }
    }
    reportDropped();
  }

  /** Writes what is buffered; entries whose write fails stay buffered for a retry. Never throws. */
  async function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    const batch = buffer;
    buffer = [];
    if (batch.length > 0) inflight = inflight.then(() => write(batch));
    await inflight;
  }

  /**
   * The last flush, on shutdown: what still cannot be written is dropped, counted and logged, and so
   * is anything recorded afterwards.
   */
  async function close(): Promise<void> {
    closed = true;
    await flush();
    if (timer) clearTimeout(timer);
    timer = null;
    drop(buffer.length);
    buffer = [];
    reportDropped();
  }

  async function prune(retentionDays: number): Promise<number> {
    const cutoff = new Date(Date.now() - retentionDays * 86_400_000);
    const res = await models.RequestLog.deleteMany({ createdAt: { $lt: cutoff } });
    return res.deletedCount;
  }

  /** Entries waiting to be written, including those kept from failed writes. */
  const pending = () => buffer.length;

  return { record, flush, close, prune, pending };
}

export type RequestLog = ReturnType<typeof makeRequestLog>;

export interface RequestLogQuery {
  skip: number;
  limit: number;
  connectorId?: string;
  outcome?: string;
  direction?: 'inbound' | 'outbound';
  kind?: string;
  /** Part of the path (the endpoint called), matched literally. */
  endpoint?: string;
  status?: number;
  workflowId?: string;
  eventId?: string;
  from?: Date;
  to?: Date;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function shape({ _id, connectorId, ...rest }: { _id: Types.ObjectId; connectorId?: Types.ObjectId | null }): Record<string, unknown> {
  return { id: String(_id), connectorId: connectorId ? connectorId.toHexString() : null, ...rest };
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
    if (query.endpoint) filter.path = { $regex: escapeRegExp(query.endpoint) };
    if (query.status !== undefined) filter.status = query.status;
    if (query.workflowId) filter.workflowId = query.workflowId;
    if (query.eventId) filter.eventIds = query.eventId;
    if (query.from || query.to) filter.createdAt = { ...(query.from ? { $gte: query.from } : {}), ...(query.to ? { $lte: query.to } : {}) };
    const docs = await models.RequestLog.find(filter).sort({ createdAt: -1 }).skip(query.skip).limit(query.limit).lean();
    return docs.map((doc) => shape(doc));
  }

  /** One entry as stored: headers (secrets already redacted), body, answer. */
  async function get(id: string): Promise<Record<string, unknown> | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    const doc = await models.RequestLog.findById(id).lean();
    return doc ? shape(doc) : null;
  }

  return { list, get };
}

export type RequestLogReader = ReturnType<typeof makeRequestLogReader>;
