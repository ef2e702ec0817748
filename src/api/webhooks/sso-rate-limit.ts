/**
 * Throttles the single sign-on webhook, which hands out agent sessions: each source address may
 * make a limited number of requests per window, and so may each connector. The per-connector count
 * leaves out requests that failed webhook authentication (401), so nobody without the connector's
 * secret can use up its allowance. Over a limit the answer is 429 with Retry-After, in the webhooks'
 * answer shape. The counts are per process.
 */
import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { AppError } from '../../errors';

export interface SsoRateLimits {
  perAddress: number;
  perConnector: number;
  windowMs: number;
}

function refuse(what: string, windowMs: number): RequestHandler {
  return (_req, res) => {
    // The limiter has set Retry-After to the seconds left in the window.
    const seconds = res.get('Retry-After') ?? String(Math.ceil(windowMs / 1000));
    const err = new AppError('RATE_LIMITED', `Too many single sign-on requests ${what}; retry in ${seconds} s.`);
    res.status(err.status).json({ Status: 'Failure', Message: err.message, Code: err.code, Details: err.details });
  };
}

export function makeSsoRateLimiters({ perAddress, perConnector, windowMs }: SsoRateLimits): RequestHandler[] {
  const common = { windowMs, standardHeaders: 'draft-8', legacyHeaders: false } as const;
  return [
    rateLimit({
      ...common,
      limit: perAddress,
      identifier: 'sso-address',
      keyGenerator: (req) => ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? ''),
      handler: refuse('from your address', windowMs),
    }),
    rateLimit({
      ...common,
      limit: perConnector,
      identifier: 'sso-connector',
      keyGenerator: (req) => String(req.params.connectorId ?? '').slice(0, 64),
      skipFailedRequests: true,
      requestWasSuccessful: (_req, res) => res.statusCode !== 401,
      handler: refuse('for this connector', windowMs),
    }),
  ];
}
