/**
 * Throttles guessing at webhook URLs: each source address may fail webhook authentication (answer
 * 401) a limited number of times per window; after that every webhook request from it answers 429
 * with Retry-After until the window ends. Only failures count, so a provider's busy, correctly
 * authenticated traffic (however concurrent) is never throttled. The count is per process.
 */
import type { RequestHandler } from 'express';
import { ipKeyGenerator, MemoryStore, type Options } from 'express-rate-limit';
import { AppError } from '../../errors';

export function makeWebhookAuthFailureLimiter({ limit, windowMs }: { limit: number; windowMs: number }): RequestHandler {
  const store = new MemoryStore();
  // The memory store reads only the window from the options.
  store.init({ windowMs } as Options);

  return (req, res, next) => {
    const key = ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? '');
    store.get(key).then((info) => {
      if (info && info.totalHits >= limit) {
        const resetAt = info.resetTime?.getTime() ?? Date.now() + windowMs;
        const retryAfterSeconds = Math.max(1, Math.ceil((resetAt - Date.now()) / 1000));
        const err = new AppError(
          'RATE_LIMITED',
          `Too many failed webhook authentications from your address; retry in ${retryAfterSeconds} s.`,
        );
        res.set('Retry-After', String(retryAfterSeconds));
        res.status(err.status).json({ Status: 'Failure', Message: err.message, Code: err.code, Details: err.details });
        return;
      }
      res.on('finish', () => {
        if (res.statusCode === 401) void store.increment(key);
      });
      next();
    }, next);
  };
}
