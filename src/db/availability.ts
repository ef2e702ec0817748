/**
 * Whether an error means the database could not be reached or could not take the operation right
 * now (a restart, a failover, a network break) rather than that the operation itself is wrong. Such
 * an error is worth retrying for as long as a restart or failover takes.
 *
 * Errors are recognised by name, label and code rather than by class: the MongoDB driver Mongoose
 * loads may be another copy than one imported here, and a wrapped error keeps its `cause`.
 */

/** The driver's (and Mongoose's) errors for a server that cannot be reached or selected. */
const UNAVAILABLE_NAMES: ReadonlySet<string> = new Set([
  'MongoServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoServerClosedError',
  'MongoPoolClearedError',
  'PoolClearedError',
  'PoolClearedOnNetworkError',
  'MongoWaitQueueTimeoutError',
  'MongoOperationTimeoutError',
]);

/** Labels the server or driver put on errors that a retry on a reachable primary may not repeat. */
const UNAVAILABLE_LABELS = ['RetryableWriteError', 'ResetPool'];

/**
 * Server codes for "not the primary (any more)", "shutting down" and network trouble between
 * members: NotWritablePrimary, NotPrimaryNoSecondaryOk, NotPrimaryOrSecondary, PrimarySteppedDown,
 * InterruptedAtShutdown, InterruptedDueToReplStateChange, ShutdownInProgress, HostUnreachable,
 * HostNotFound, NetworkTimeout, SocketException.
 */
const UNAVAILABLE_CODES: ReadonlySet<number> = new Set([10107, 13435, 13436, 189, 11600, 11602, 91, 6, 7, 89, 9001]);

function hasLabel(err: Record<string, unknown>): boolean {
  const labels = err.errorLabels ?? err.errorLabelSet;
  const list = labels instanceof Set ? [...(labels as Set<unknown>)] : Array.isArray(labels) ? labels : [];
  return list.some((l) => typeof l === 'string' && UNAVAILABLE_LABELS.includes(l));
}

function isUnavailable(err: Record<string, unknown>): boolean {
  const name = typeof err.name === 'string' ? err.name : '';
  if (UNAVAILABLE_NAMES.has(name)) return true;
  // Mongoose's own: commands queued while disconnected, given up after `bufferTimeoutMS`.
  if (name === 'MongooseError' && typeof err.message === 'string' && /buffering timed out/i.test(err.message)) return true;
  if (hasLabel(err)) return true;
  return typeof err.code === 'number' && UNAVAILABLE_CODES.has(err.code) && name.startsWith('Mongo');
}

export function isDatabaseUnavailable(err: unknown): boolean {
  // Follows `cause` (a few levels: an error wrapping a driver error still says what happened).
  let current: unknown = err;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const record = current as Record<string, unknown>;
    if (isUnavailable(record)) return true;
    current = record.cause;
  }
  return false;
}
