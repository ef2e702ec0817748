/**
 * Whether a database error means "the database cannot be reached or cannot serve right now" (a retry
 * later may succeed) rather than "this operation is wrong" (a retry never helps). Webhooks answer the
 * first with 503 and Retry-After, and retry classification treats it as transient.
 *
 * Recognised: the driver's server-selection, network, not-connected, closed-client and pool-cleared
 * errors; Mongoose's server-selection error, its buffering timeout and its refusal to run before the
 * connection is open; server errors whose code says the node is not (or no longer) the primary, is
 * shutting down or recovering, or cannot reach a host; errors labelled by the driver as retryable
 * writes, pool resets or server overload; an `AppError` with code DATABASE_UNAVAILABLE; and any of
 * these as the `cause` of another error (or, for a bulk write, the driver error it wraps).
 * Not recognised: validation, duplicate keys, write conflicts, authentication, a query over its own
 * maxTimeMS, and any other error.
 */
import { AppError, isAppError } from '../errors';

/** Seconds a provider is asked to wait before retrying a webhook the database could not serve. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

const UNAVAILABLE_NAMES = new Set([
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoClientClosedError',
  'MongoServerClosedError',
  'MongoPoolClearedError',
  'PoolClearedError',
  'PoolClearedOnNetworkError',
  'MongoWaitQueueTimeoutError',
  'MongoOperationTimeoutError',
]);

/** The server's codes for a node that cannot serve now (the driver retries reads and writes on these). */
const UNAVAILABLE_CODES = new Set([
  6, // HostUnreachable
  7, // HostNotFound
  89, // NetworkTimeout
  91, // ShutdownInProgress
  134, // ReadConcernMajorityNotAvailableYet
  189, // PrimarySteppedDown
  262, // ExceededTimeLimit (a router could not reach a shard in time)
  9001, // SocketException
  10058, // LegacyNotPrimary
  10107, // NotWritablePrimary
  11600, // InterruptedAtShutdown
  11602, // InterruptedDueToReplStateChange
  13435, // NotPrimaryNoSecondaryOk
  13436, // NotPrimaryOrSecondary
]);

const UNAVAILABLE_LABELS = ['RetryableWriteError', 'ResetPool', 'SystemOverloadedError', 'RetryableError'];

/** Mongoose's own errors, which carry no code: buffering timed out, or the connection is not (or no longer) open. */
const MONGOOSE_MESSAGES = [
  /buffering timed out after \d+ms/,
  /before initial connection is complete if `bufferCommands = false`/,
  /^Connection was force closed$/,
];

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  cause?: unknown;
  errorResponse?: unknown;
  hasErrorLabel?: unknown;
}

function matches(e: ErrorLike): boolean {
  if (typeof e.name === 'string' && UNAVAILABLE_NAMES.has(e.name)) return true;
  if (typeof e.code === 'number' && UNAVAILABLE_CODES.has(e.code) && typeof e.name === 'string' && e.name.startsWith('Mongo')) return true;
  if (typeof e.hasErrorLabel === 'function') {
    const has = e.hasErrorLabel as (label: string) => unknown;
    if (UNAVAILABLE_LABELS.some((label) => has.call(e, label) === true)) return true;
  }
  return e.name === 'MongooseError' && typeof e.message === 'string' && MONGOOSE_MESSAGES.some((re) => re.test(e.message as string));
}

export function isDatabaseUnavailable(err: unknown): boolean {
  let current: unknown = err;
  // A short walk down the causes: wrappers are one or two deep, and a cycle must not loop.
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    if (isAppError(current)) return current.code === 'DATABASE_UNAVAILABLE';
    const e = current as ErrorLike;
    if (matches(e)) return true;
    // A bulk write that failed for a driver reason keeps that error as its `errorResponse`.
    current = e.cause ?? (e.name === 'MongoBulkWriteError' && e.errorResponse instanceof Error ? e.errorResponse : undefined);
  }
  return false;
}

/** The catalogue's answer for an unavailable database, with the Retry-After the webhooks send. */
export function databaseUnavailable(cause: unknown, message?: string): AppError {
  return new AppError('DATABASE_UNAVAILABLE', message, [], { cause, retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS });
}

/**
 * Runs database work on a path that must answer quickly (a provider's webhook): the driver waits up
 * to serverSelectionTimeoutMS for an unreachable database, so the work is given up after `ms` and
 * DATABASE_UNAVAILABLE is thrown instead, as it is for any error `isDatabaseUnavailable` recognises.
 * Work given up still runs to its end; its outcome is ignored.
 */
export async function withinDeadline<T>(ms: number, work: () => PromiseLike<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const running = Promise.resolve().then(work);
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(databaseUnavailable(null, `The database did not answer within ${ms} ms; try again.`)), ms);
  });
  running.catch(() => undefined);
  try {
    return await Promise.race([running, expired]);
  } catch (err) {
    if (isDatabaseUnavailable(err) && !isAppError(err)) throw databaseUnavailable(err);
    throw err;
  } finally {
    clearTimeout(timer);
  }
}
