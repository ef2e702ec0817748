/**
 * The API's last middleware: every error becomes the catalogue's answer. Errors thrown by Express
 * itself and its body parsers (a path with malformed percent-encoding, an unsupported charset or
 * Content-Encoding, a body that does not inflate) are the client's fault and answer 4xx; anything
 * else is logged and answers 500. A retryable 503 (a dependency unreachable) carries Retry-After.
 */
import type { ErrorRequestHandler } from 'express';
import { AppError, isAppError } from '../../errors';
import type { Logger } from '../../logger';
import { REDACTED } from '../../services/request-log';

/** A webhook path with its secret segment blanked: `/webhooks/<id>/<secret>/…` → `/webhooks/<id>/[redacted]/…`. */
export function redactWebhookPath(path: string): string {
  return path.replace(/^(\/webhooks\/[^/]*\/)[^/]+/, `$1${REDACTED}`);
}

interface HttpErrorLike {
  type?: unknown;
  status?: unknown;
  charset?: unknown;
  encoding?: unknown;
}

/** The catalogue's error for what Express or body-parser threw, or null when it is not the client's fault. */
export function clientErrorOf(err: unknown): AppError | null {
  if (isAppError(err)) return err;
  // The router throws a URIError (status 400) when a path parameter does not percent-decode.
  if (err instanceof URIError) return new AppError('VALIDATION_FAILED', 'The path has malformed percent-encoding.', [], { cause: err });
  if (!err || typeof err !== 'object') return null;
  const e = err as HttpErrorLike;
  switch (e.type) {
    case 'entity.too.large':
      return new AppError('PAYLOAD_TOO_LARGE');
    case 'entity.parse.failed':
      return new AppError('VALIDATION_FAILED', 'The body is not valid JSON.');
    case 'charset.unsupported':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', `The charset "${String(e.charset)}" is not supported; send UTF-8.`, [], { cause: err });
    case 'encoding.unsupported':
      return new AppError(
        'UNSUPPORTED_MEDIA_TYPE',
        `The Content-Encoding "${String(e.encoding)}" is not supported; send gzip, deflate, br or no encoding.`,
        [],
        { cause: err },
      );
    default:
  }
  // body-parser answers 400 for a body that does not decompress (zlib's error) or arrives incomplete.
  if (e.status === 400)
    return new AppError('PAYLOAD_UNREADABLE', 'The request body could not be read or decompressed.', [], { cause: err });
  return null;
}

/** Retry-After for a 503 whose error does not say how long: the dependency is usually back by then. */
export const DEFAULT_RETRY_AFTER_SECONDS = 5;

/** The Retry-After an error's answer carries: its own, or the default for a retryable 503; else none. */
export function retryAfterOf(err: AppError): number | undefined {
  if (err.retryAfterSeconds !== undefined) return err.retryAfterSeconds;
  return err.status === 503 && err.retryable ? DEFAULT_RETRY_AFTER_SECONDS : undefined;
}

/**
 * `dependencyErrorOf` names a dependency's own errors that mean it is unavailable (the database
 * unreachable: 503 with Retry-After, not 500); the runtime passes it, as the API may not know the
 * database's errors itself.
 */
export function makeErrorHandler(logger: Logger, dependencyErrorOf: (err: unknown) => AppError | null = () => null): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    let appErr = clientErrorOf(err) ?? dependencyErrorOf(err);
    if (appErr?.code === 'DATABASE_UNAVAILABLE') logger.warn({ err, method: req.method }, 'database unavailable');
    if (!appErr) {
      logger.error({ err, method: req.method, path: redactWebhookPath(req.path) }, 'unhandled error');
      appErr = new AppError('INTERNAL');
    }
    const retryAfter = retryAfterOf(appErr);
    if (retryAfter !== undefined) res.set('Retry-After', String(retryAfter));
    res.status(appErr.status).json(appErr.toJSON());
  };
}
