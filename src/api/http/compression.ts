/**
 * Compressed answers (brotli or gzip, as the client accepts) for the designer's files and the API's
 * JSON. Left alone:
 * - Server-Sent Events (`text/event-stream`, e.g. /api/agent/events): a compressor buffers what is
 *   written until it has enough to compress, so events would sit in it instead of reaching the agent;
 * - the provider-facing webhooks' answers: small, under a time bound, and read by providers' own clients;
 * - anything compression's own filter declines (types that are not compressible, `no-transform`).
 * JSON answers may be compressed (the BREACH attack needs a page on another site to make the browser
 * send authenticated requests and measure the answers): the session cookie is SameSite=lax, so such a
 * page's requests carry no session, and the secrets shown once answer POSTs, which it cannot send with
 * the cookie either.
 */
import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';

const EVENT_STREAM = /^text\/event-stream\b/i;

export function shouldCompress(req: Request, res: Response): boolean {
  if (EVENT_STREAM.test(String(res.getHeader('Content-Type') ?? ''))) return false;
  if (EVENT_STREAM.test(req.get('accept') ?? '')) return false;
  if (req.path.startsWith('/webhooks/')) return false;
  return compression.filter(req, res);
}

export function compressAnswers(): RequestHandler {
  return compression({ filter: shouldCompress });
}
