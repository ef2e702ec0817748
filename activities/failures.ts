/**
 * The one way an activity's error becomes a Temporal failure. Every activity is wrapped with it
 * (`withFailures`), so a workflow sees one vocabulary: the failure's type is a code of the error
 * catalogue (`src/errors.ts`), and whether Temporal retries it follows the catalogue's `retryable`.
 */
import { ApplicationFailure } from '@temporalio/activity';
import { isAppError, type ErrorCode } from '../src/errors';

/** The type given to an error the catalogue does not describe (a bug, or a dependency's own error): retried. */
const UNCLASSIFIED: ErrorCode = 'INTERNAL';

export function toTemporalFailure(err: unknown): ApplicationFailure {
  if (err instanceof ApplicationFailure) return err;
  if (isAppError(err))
    return ApplicationFailure.create({
      type: err.code,
      message: err.message,
      nonRetryable: !err.retryable,
      details: err.details.length ? [err.details] : undefined,
      cause: err.cause instanceof Error ? err.cause : undefined,
    });
  const error = err instanceof Error ? err : new Error(String(err));
  return ApplicationFailure.create({ type: UNCLASSIFIED, message: error.message, nonRetryable: false, cause: error });
}

/** The same activities, each throwing only what `toTemporalFailure` makes of its errors. */
export function withFailures<T extends Record<string, (...args: never[]) => Promise<unknown>>>(activities: T): T {
  const wrapped: Record<string, (...args: never[]) => Promise<unknown>> = {};
  for (const [name, fn] of Object.entries(activities)) {
    wrapped[name] = async (...args) => {
      try {
        return await fn(...args);
      } catch (err) {
        throw toTemporalFailure(err);
      }
    };
  }
  return wrapped as T;
}
