/**
 * Provider-facing event webhooks (call-log, events, popup, call-event), one pipeline for all:
 * authenticate (the connector's URL secret, and header pair when enabled) → decode (JSON, a form
 * urlencoded or multipart, raw JSON as a form, XML, or a GET's query string) → request log → map (the connector's live mapping of that
 * kind) → validate (events are partial: only malformed values and an event that names no call are
 * refused) → hand each event to its call's workflow through the call client. A delivery is
 * acknowledged only once Temporal has it; nothing but the request log is written on error.
 */
import crypto from 'node:crypto';
import type { Request, Response } from 'express';
import getRawBody from 'raw-body';
import { z } from 'zod';
import { type CallContext } from '../call/canonical';
import { MAPPING_SEGMENTS, toDelivery, validateMapped, type MappingKind } from '../call/mapped-events';
import { toCountryCode } from '../call/phone';
import { AppError, isAppError, type ErrorDetail } from '../errors';
import type { Logger } from '../logger';
import type { MappingEngine } from '../mapping/engine';
import type { ConnectorService, WebhookView } from '../services/connectors';
import { redactHeaders, REDACTED, type RequestLog } from '../services/request-log';
import { safeEqual } from '../security/secrets';
import { callActivityId, callKeyOf } from '../temporal/call-ids';
import type { CallClient } from '../temporal/call-client';
import { readPayload } from '../webhooks/payload';
import { route } from './routes';

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
type Params = z.infer<typeof webhookParams>;

export const webhookSuccessSchema = z.object({
  Status: z.literal('Success'),
  Message: z.string(),
  /** The phone-call activity this event's call is (or will be) logged as. */
  ActivityId: z.string().optional(),
  CallSessionId: z.string().nullable(),
  /** Fields of the default complete set this delivery left to other events of the call. */
  Missing: z.array(z.string()).optional(),
  /** On the events URL: one entry per event the delivery carried. */
  Events: z.array(z.object({ Kind: z.string(), ActivityId: z.string(), CallSessionId: z.string().nullable(), Fields: z.array(z.string()), Missing: z.array(z.string()) })).optional(),
});

export interface Answer {
  status: number;
  body: Record<string, unknown>;
  workflowId: string | null;
  /** What the request log keeps instead of `body`, when the answer carries a secret. */
  logBody?: Record<string, unknown>;
}

function failure(err: AppError): Answer {
  return { status: err.status, body: { Status: 'Failure', Message: err.message, Code: err.code, Details: err.details }, workflowId: null };
}

async function readBody(req: Request, limit: number): Promise<Buffer> {
  try {
    return await getRawBody(req, { limit });
  } catch (err) {
    const type = (err as { type?: string }).type;
    if (type === 'entity.too.large') throw new AppError('PAYLOAD_TOO_LARGE', `The body is larger than ${limit} bytes.`);
    throw new AppError('PAYLOAD_UNREADABLE', 'The request body could not be read.', [], { cause: err });
  }
}

/** Checks the URL secret and, when enabled, the extra header pair. Throws 401 otherwise. */
export function authenticateProvider(view: WebhookView | null, secret: string, req: Request): asserts view is WebhookView {
  if (!view || !safeEqual(view.webhookSecret, secret)) throw new AppError('WEBHOOK_AUTH_FAILED', 'Unknown connector or wrong webhook secret.');
  if (view.authHeader) {
    const sent = req.get(view.authHeader.name);
    if (!sent || !safeEqual(view.authHeader.value, sent)) {
      throw new AppError('WEBHOOK_AUTH_FAILED', `The ${view.authHeader.name} header is missing or wrong.`);
    }
  }
}

function rawQuery(req: Request): string {
  const at = req.originalUrl.indexOf('?');
  return at >= 0 ? req.originalUrl.slice(at + 1) : '';
}

function invalid(kind: string, problems: { field: string; code: string; message: string }[]): AppError {
  const details: ErrorDetail[] = problems.map((p) => ({ field: p.field, code: p.code, message: p.message }));
  return new AppError('CALL_EVENT_INVALID', `The ${kind} is invalid: ${problems.map((p) => p.message).join('; ')}`, details);
}

/** What one kind of webhook does once the request is authenticated and decoded. */
type Accept = (input: { view: WebhookView; payload: Record<string, unknown>; ctx: CallContext; body: Buffer; req: Request }) => Promise<Answer>;

export function makeWebhookRunner(deps: WebhookDeps) {
  const { connectors, requestLog, logger } = deps;

  /** Runs one webhook request: authenticate, decode, accept; answer; log request and answer. */
  async function run(kind: string, req: Request, res: Response, params: Params, accept: Accept): Promise<void> {
    const started = performance.now();
    let body: Buffer = Buffer.alloc(0);
    let answer: Answer;
    try {
      body = await readBody(req, deps.maxBodyBytes);
      const view = await connectors.webhookView(params.connectorId);
      authenticateProvider(view, params.secret, req);
      const ctx: CallContext = { defaultCountry: toCountryCode(view.defaultCountry) ?? 'IN', timeZone: view.timeZone };
      const payload = await readPayload({ body, contentType: req.get('content-type'), query: rawQuery(req), maxBytes: deps.maxBodyBytes });
      answer = await accept({ view, payload, ctx, body, req });
    } catch (err) {
      if (!isAppError(err)) logger.error({ err, kind }, 'webhook failed');
      answer = failure(isAppError(err) ? err : new AppError('INTERNAL', undefined, [], { cause: err }));
    }
    res.status(answer.status).json(answer.body);

    const view = await connectors.webhookView(params.connectorId).catch(() => null);
    requestLog.record({
      connectorId: view?.id ?? null,
      kind,
      method: req.method,
      path: `/webhooks/${params.connectorId}/${REDACTED}/${kind}`,
      query: rawQuery(req),
      headers: redactHeaders(req.headers, view?.authHeader ? [view.authHeader.name] : []),
      contentType: req.get('content-type'),
      body: body.toString('utf8'),
      bodyBytes: body.length,
      status: answer.status,
      outcome: answer.status < 300 ? 'accepted' : answer.status >= 500 ? 'error' : 'rejected',
      errorCode: typeof answer.body.Code === 'string' ? answer.body.Code : null,
      response: JSON.stringify(answer.logBody ?? answer.body),
      durationMs: Math.round(performance.now() - started),
      workflowId: answer.workflowId,
    });
  }

  return { run };
}

/** The same delivery sent twice has the same id, so the workflow can drop the second. */
function eventIdOf(segment: string, body: Buffer, query: string, index: number): string {
  const hash = crypto.createHash('sha256').update(segment).update('\0').update(body).update('\0').update(query);
  // A delivery that carries several events gives each its own id.
  if (index > 0) hash.update(`\0${index}`);
  return hash.digest('hex').slice(0, 32);
}

const ERRORS = {
  400: 'A mapped value is malformed (each problem named with its value), the event does not say which call it belongs to, or the body cannot be decoded',
  401: 'Wrong webhook secret or authentication header',
  413: 'Body over the size cap',
  415: 'Unsupported content type',
  422: 'The mapping failed (JSONata code and position)',
  503: 'Temporal did not take the event; retry',
};

type EventMappingKind = Exclude<MappingKind, 'route'>;

const WHAT: Record<EventMappingKind, string> = { callLog: 'call log', events: 'event', popup: 'popup', callEvent: 'call event' };

export function makeWebhookRoutes(deps: WebhookDeps) {
  const { engine } = deps;
  const runner = makeWebhookRunner(deps);
  const { calls } = deps;

  /**
   * The one pipeline for every event webhook: map with the connector's live mapping of this kind,
   * validate (partial events pass; malformed values do not), and hand each event to its call.
   */
  const acceptMapped = (kind: EventMappingKind): Accept => async ({ view, payload, ctx, body, req }) => {
    const segment = MAPPING_SEGMENTS[kind];
    const mapping = view.mappings[kind];
    const now = new Date();
    const output = await engine.evaluate(mapping.expression, payload, ctx);
    const { events, problems } = validateMapped(kind, output, ctx, now);
    if (!events) throw invalid(WHAT[kind], problems);
    const query = rawQuery(req);
    const accepted = [];
    let workflowId: string | null = null;
    for (const [index, event] of events.entries()) {
      const callKey = callKeyOf(event.fields);
      // validateMapped refuses an event that identifies no call, so this only guards the types.
      if (!callKey) throw invalid(WHAT[kind], [{ field: 'sessionId', code: 'missing', message: 'The event does not say which call it belongs to.' }]);
      const delivery = toDelivery(event, { eventId: eventIdOf(segment, body, query, index), receivedAt: now.toISOString(), source: segment, mappingVersion: mapping.version });
      workflowId = await calls.deliver(view.id, callKey, delivery);
      accepted.push({ Kind: event.kind, ActivityId: callActivityId(view.id, callKey), CallSessionId: event.fields.sessionId ?? null, Fields: event.provided, Missing: event.missing });
    }
    if (accepted.length === 0) {
      return { status: 200, workflowId: null, body: { Status: 'Success', Message: 'No event in this delivery: the events mapping passed over it', CallSessionId: null, Missing: [], Events: [] } };
    }
    const first = accepted[0];
    const message = kind === 'events' ? `${accepted.length} event(s) accepted` : kind === 'callEvent' ? `Call ${first?.Kind ?? 'event'} accepted` : `${WHAT[kind][0]?.toUpperCase()}${WHAT[kind].slice(1)} accepted`;
    return {
      status: 200,
      workflowId,
      body: { Status: 'Success', Message: message, ActivityId: first?.ActivityId, CallSessionId: first?.CallSessionId ?? null, Missing: first?.Missing ?? [], ...(kind === 'events' ? { Events: accepted } : {}) },
    };
  };

  const webhook = (method: 'post' | 'get', kind: EventMappingKind, summary: string) => {
    const segment = MAPPING_SEGMENTS[kind];
    return route({
      method,
      path: `/webhooks/:connectorId/:secret/${segment}`,
      summary,
      tag: 'Provider webhooks',
      access: 'provider',
      params: webhookParams,
      rawBody: true,
      ...(method === 'post'
        ? {
            body: z.record(z.string(), z.unknown()).describe(`The provider payload, mapped by the connector's ${segment} mapping.`),
            bodyContentTypes: ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/xml', 'text/plain'],
          }
        : {}),
      response: webhookSuccessSchema,
      errors: ERRORS,
      handler: async ({ req, res, params }) => {
        await runner.run(segment, req, res, params, acceptMapped(kind));
        return undefined;
      },
    });
  };

  const SUMMARIES: Record<EventMappingKind, string> = {
    callLog: 'Provider sends a call log (complete or partial)',
    events: "Provider sends any of a call's events to one URL; the connector's events mapping names each one's kind",
    popup: 'Provider asks for an agent popup (incoming call)',
    callEvent: 'Provider reports call progress (answered, hangup, or another event kind)',
  };
  const kinds: EventMappingKind[] = ['callLog', 'events', 'popup', 'callEvent'];
  // Every event webhook takes a JSON or form POST, or a GET with the fields in the query string.
  return kinds.flatMap((kind) => [
    webhook('post', kind, `${SUMMARIES[kind]} (POST: JSON, form fields urlencoded or multipart, raw JSON as a form, or XML)`),
    webhook('get', kind, `${SUMMARIES[kind]} (GET: the fields in the query string)`),
  ]);
}
