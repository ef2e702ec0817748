/**
 * What every provider webhook shares: the URL parameters, authentication (the connector's URL
 * secret, and header pair when enabled), reading the raw body, and the runner that decodes a
 * request, hands it to the webhook's own step, answers and writes the request log.
 */
import type { Request, Response } from 'express';
import getRawBody from 'raw-body';
import { z } from 'zod';
import { type CallContext } from '../../call/canonical';
import { toCountryCode } from '../../call/phone';
import { AppError, isAppError } from '../../errors';
import type { Logger } from '../../logger';
import type { MappingEngine } from '../../mapping/engine';
import type { ConnectorService, WebhookView } from '../../services/connectors';
import { redactHeaders, REDACTED, type RequestLog } from '../../services/request-log';
import { safeEqual } from '../../security/secrets';
import type { CallClient } from '../../temporal/call-client';
import { readPayload } from '../../webhooks/payload';
import { verifySignature } from '../../webhooks/signature';
import { retryAfterOf } from '../http/error-handler';

export interface WebhookDeps {
  connectors: ConnectorService;
  engine: MappingEngine;
  requestLog: RequestLog;
  logger: Logger;
  maxBodyBytes: number;
  /** The one way to a call's workflow. */
  calls: CallClient;
}

export const webhookParams = z.object({ connectorId: z.string(), secret: z.string() });
export type WebhookParams = z.infer<typeof webhookParams>;

export interface Answer {
  status: number;
  body: Record<string, unknown>;
  workflowId: string | null;
  /** The call events the request delivered, for the request log (the timeline links back by these). */
  eventIds?: string[];
  /** What the request log keeps instead of `body`, when the answer carries a secret. */
  logBody?: Record<string, unknown>;
  /** Sent as Retry-After: a dependency (the database, Temporal) was unreachable. */
  retryAfterSeconds?: number;
}

function failure(err: AppError): Answer {
  const answer: Answer = {
    status: err.status,
    body: { Status: 'Failure', Message: err.message, Code: err.code, Details: err.details },
    workflowId: null,
  };
  const retryAfter = retryAfterOf(err);
  if (retryAfter !== undefined) answer.retryAfterSeconds = retryAfter;
  return answer;
}

/** Reads the raw body. Webhooks take it as sent: a compressed body (any Content-Encoding) is refused with 415. */
export async function readBody(req: Request, limit: number): Promise<Buffer> {
  const encoding = (req.get('content-encoding') ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity' && encoding !== '')
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `The Content-Encoding "${encoding}" is not accepted by webhooks; send the body uncompressed.`,
    );
  try {
    return await getRawBody(req, { limit });
  } catch (err) {
    const type = (err as { type?: string }).type;
    if (type === 'entity.too.large') throw new AppError('PAYLOAD_TOO_LARGE', `The body is larger than ${limit} bytes.`);
    throw new AppError('PAYLOAD_UNREADABLE', 'The request body could not be read.', [], { cause: err });
  }
}

/** A form body's fields exactly as sent (a repeated name: its values in order), as signers see them. */
function formFields(body: Buffer, req: Request): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  if (!(req.get('content-type') ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) return fields;
  for (const [name, value] of new URLSearchParams(body.toString('utf8'))) (fields[name] ??= []).push(value);
  return fields;
}

/**
 * Checks the URL secret, the extra header pair when enabled, and the provider's signature when the
 * connector checks signatures (over `publicUrl` + the path and query the provider called). Throws 401 otherwise.
 */
export function authenticateProvider(
  view: WebhookView | null,
  secret: string,
  req: Request,
  body: Buffer,
  publicUrl: string,
): asserts view is WebhookView {
  if (!view || !safeEqual(view.webhookSecret, secret))
    throw new AppError('WEBHOOK_AUTH_FAILED', 'Unknown connector or wrong webhook secret.');
  if (view.authHeader) {
    const sent = req.get(view.authHeader.name);
    if (!sent || !safeEqual(view.authHeader.value, sent)) {
      throw new AppError('WEBHOOK_AUTH_FAILED', `The ${view.authHeader.name} header is missing or wrong.`);
    }
  }
  if (view.signature) {
    const { scheme, secret: signingSecret } = view.signature;
    verifySignature(scheme, signingSecret, {
      url: publicUrl + req.originalUrl,
      body,
      params: formFields(body, req),
      header: (name) => req.get(name),
    });
  }
}

export function rawQuery(req: Request): string {
  const at = req.originalUrl.indexOf('?');
  return at >= 0 ? req.originalUrl.slice(at + 1) : '';
}

/**
 * What the request log keeps of a request's body and query string. A request that did not
 * authenticate keeps neither the body nor the query's values (only its parameter names), so nobody
 * without the secret can store data in the log; its status, error code and headers still are.
 */
export function loggedInput(authenticated: boolean, body: Buffer, query: string): { body: string; query: string } {
  if (authenticated) return { body: body.toString('utf8'), query };
  const names = query
    .split('&')
    .filter(Boolean)
    .map((pair) => `${pair.split('=')[0]}=`);
  return { body: '', query: names.join('&') };
}

/** What one kind of webhook does once the request is authenticated and decoded. */
export type Accept = (input: {
  view: WebhookView;
  payload: Record<string, unknown>;
  ctx: CallContext;
  body: Buffer;
  req: Request;
}) => Promise<Answer>;

export function makeWebhookRunner(deps: WebhookDeps) {
  const { connectors, requestLog, logger } = deps;

  /** Runs one webhook request: authenticate, decode, accept; answer; log request and answer. */
  async function run(kind: string, req: Request, res: Response, params: WebhookParams, accept: Accept): Promise<void> {
    const started = performance.now();
    let body: Buffer = Buffer.alloc(0);
    let authenticated = false;
    let answer: Answer;
    try {
      body = await readBody(req, deps.maxBodyBytes);
      const view = await connectors.webhookView(params.connectorId);
      authenticateProvider(view, params.secret, req, body, connectors.publicUrl());
      authenticated = true;
      const ctx: CallContext = { defaultCountry: toCountryCode(view.defaultCountry) ?? 'IN', timeZone: view.timeZone };
      const payload = await readPayload({ body, contentType: req.get('content-type'), query: rawQuery(req), maxBytes: deps.maxBodyBytes });
      answer = await accept({ view, payload, ctx, body, req });
    } catch (err) {
      if (!isAppError(err)) logger.error({ err, kind }, 'webhook failed');
      else if (err.status === 503) logger.warn({ err, kind }, 'webhook refused: a dependency is unreachable');
      answer = failure(isAppError(err) ? err : new AppError('INTERNAL', undefined, [], { cause: err }));
    }
    if (answer.retryAfterSeconds !== undefined) res.set('Retry-After', String(answer.retryAfterSeconds));
    res.status(answer.status).json(answer.body);
    const durationMs = Math.round(performance.now() - started);

    // Served from the cache the request just filled (or, with the database down, its stale copy).
    const view = await connectors.webhookView(params.connectorId).catch(() => null);
    requestLog.record({
      connectorId: view?.id ?? null,
      kind,
      method: req.method,
      path: `/webhooks/${params.connectorId}/${REDACTED}/${kind}`,
      ...loggedInput(authenticated, body, rawQuery(req)),
      headers: redactHeaders(req.headers, view?.authHeader ? [view.authHeader.name] : []),
      contentType: req.get('content-type'),
      bodyBytes: body.length,
      status: answer.status,
      outcome: answer.status < 300 ? 'accepted' : answer.status >= 500 ? 'error' : 'rejected',
      errorCode: typeof answer.body.Code === 'string' ? answer.body.Code : null,
      response: JSON.stringify(answer.logBody ?? answer.body),
      durationMs,
      workflowId: answer.workflowId,
      ...(answer.eventIds?.length ? { eventIds: answer.eventIds } : {}),
    });
  }

  return { run };
}
