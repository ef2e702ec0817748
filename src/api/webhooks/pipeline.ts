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
import { MAPPING_KINDS, MAPPING_SEGMENTS, type MappingKind } from '../../call/mapped-events';
import type { MappingEngine } from '../../mapping/engine';
import { mappingErrorsTotal, UNKNOWN_CONNECTOR, webhookDuration } from '../../metrics';
import type { ConnectorService, WebhookView } from '../../services/connectors';
import type { MappingSamples } from '../../services/mapping-samples';
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
  /** Keeps each mapping kind's latest accepted delivery as the designer's sample. */
  samples?: Pick<MappingSamples, 'record'>;
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

/** Error codes that say the mapping failed or produced what the webhook cannot take. */
const MAPPING_ERROR_CODES: ReadonlySet<string> = new Set([
  'MAPPING_SYNTAX',
  'MAPPING_EVALUATION',
  'MAPPING_LIMIT',
  'MAPPING_MISSING',
  'CALL_EVENT_INVALID',
]);

const KIND_OF_SEGMENT = new Map<string, MappingKind>(MAPPING_KINDS.map((k) => [MAPPING_SEGMENTS[k], k]));

/**
 * Counts one webhook request once it is answered: its latency by connector, webhook and outcome,
 * and a mapping error when its mapping failed (for the route, also an input it refused).
 */
export function observeWebhook(o: {
  connectorId: string | null;
  segment: string;
  status: number;
  errorCode: string | null;
  seconds: number;
}): void {
  const connector = o.connectorId ?? UNKNOWN_CONNECTOR;
  const outcome = o.status < 300 ? 'accepted' : o.status >= 500 ? 'error' : 'rejected';
  webhookDuration.observe({ connector, kind: o.segment, outcome }, o.seconds);
  const code = o.errorCode;
  if (code && (MAPPING_ERROR_CODES.has(code) || (o.segment === MAPPING_SEGMENTS.route && code === 'VALIDATION_FAILED')))
    mappingErrorsTotal.inc({ connector, kind: o.segment, code });
}

/**
 * Keeps an accepted, authenticated delivery of a mapping kind as the designer's sample (not awaited;
 * a failed write is reported by the samples service without the payload).
 */
export function keepSample(
  samples: WebhookDeps['samples'],
  o: { connectorId: string; segment: string; req: Request; body: Buffer; receivedAt: Date },
): void {
  const kind = KIND_OF_SEGMENT.get(o.segment);
  if (!samples || !kind) return;
  void samples.record(o.connectorId, kind, {
    contentType: o.req.get('content-type') ?? '',
    body: o.body,
    query: rawQuery(o.req),
    receivedAt: o.receivedAt,
  });
}

/** What one kind of webhook does once the request is authenticated and decoded. */
export type Accept = (input: {
  view: WebhookView;
  payload: Record<string, unknown>;
  ctx: CallContext;
  body: Buffer;
  req: Request;
  /** When the request arrived: the time of receipt its events carry. */
  arrivedAt: Date;
}) => Promise<Answer>;

export function makeWebhookRunner(deps: WebhookDeps) {
  const { connectors, requestLog, logger } = deps;

  /** Runs one webhook request: authenticate, decode, accept; answer; log request and answer. */
  async function run(kind: string, req: Request, res: Response, params: WebhookParams, accept: Accept): Promise<void> {
    const started = performance.now();
    const arrivedAt = new Date();
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
      answer = await accept({ view, payload, ctx, body, req, arrivedAt });
    } catch (err) {
      if (!isAppError(err)) logger.error({ err, kind }, 'webhook failed');
      else if (err.status === 503) logger.warn({ err, kind }, 'webhook refused: a dependency is unreachable');
      answer = failure(isAppError(err) ? err : new AppError('INTERNAL', undefined, [], { cause: err }));
    }
    if (answer.retryAfterSeconds !== undefined) res.set('Retry-After', String(answer.retryAfterSeconds));
    res.status(answer.status).json(answer.body);
    const seconds = (performance.now() - started) / 1000;
    const durationMs = Math.round(seconds * 1000);

    // Served from the cache the request just filled (or, with the database down, its stale copy).
    const view = await connectors.webhookView(params.connectorId).catch(() => null);
    const errorCode = typeof answer.body.Code === 'string' ? answer.body.Code : null;
    observeWebhook({ connectorId: view?.id ?? null, segment: kind, status: answer.status, errorCode, seconds });
    if (view && authenticated && answer.status < 300)
      keepSample(deps.samples, { connectorId: view.id, segment: kind, req, body, receivedAt: arrivedAt });
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
      errorCode,
      response: JSON.stringify(answer.logBody ?? answer.body),
      durationMs,
      workflowId: answer.workflowId,
      ...(answer.eventIds?.length ? { eventIds: answer.eventIds } : {}),
    });
  }

  return { run };
}
