/**
 * Provider-facing webhooks. Each is authenticated by the connector's URL secret (and header pair
 * when enabled), decoded, mapped by the connector's JSONata mapping for that event, validated, and
 * handed to the call's Temporal workflow with signalWithStart. It is acknowledged only once Temporal
 * has it. Every request and its answer goes to the request log; nothing else is written on error.
 */
import crypto from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Request, Response } from 'express';
import getRawBody from 'raw-body';
import { z } from 'zod';
import { validateCallEvent, type CallContext } from '../call/canonical';
import { validatePopup, validateProgress } from '../call/lifecycle-events';
import { toCountryCode } from '../call/phone';
import { toWire } from '../call/wire';
import { AppError, isAppError, type ErrorDetail } from '../errors';
import type { Logger } from '../logger';
import type { MappingEngine } from '../mapping/engine';
import type { ConnectorService, WebhookView } from '../services/connectors';
import { redactHeaders, REDACTED, type RequestLog } from '../services/request-log';
import { safeEqual } from '../security/secrets';
import { callActivityId, callKeyOf, callWorkflowId } from '../temporal/call-ids';
import { decodePayload } from '../webhooks/payload';
import { callLifecycle, callLogSignal, callProgressSignal, popupSignal } from '../../workflows';
import { route } from './routes';

export interface WebhookDeps {
  connectors: ConnectorService;
  engine: MappingEngine;
  temporal: Client;
  taskQueue: string;
  requestLog: RequestLog;
  logger: Logger;
  maxBodyBytes: number;
}

export const webhookParams = z.object({ connectorId: z.string(), secret: z.string() });
type Params = z.infer<typeof webhookParams>;

export const webhookSuccessSchema = z.object({
  Status: z.literal('Success'),
  Message: z.string(),
  ActivityId: z.string().optional(),
  CallSessionId: z.string().nullable(),
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
      const payload = decodePayload({ body, contentType: req.get('content-type'), query: rawQuery(req), maxBytes: deps.maxBodyBytes });
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

  /** Hands an event to the call's workflow, starting it if needed. */
  async function signal<T>(connectorId: string, callKey: string, def: Parameters<Client['workflow']['signalWithStart']>[1]['signal'], payload: T): Promise<string> {
    const workflowId = callWorkflowId(connectorId, callKey);
    try {
      await deps.temporal.workflow.signalWithStart(callLifecycle, {
        workflowId,
        taskQueue: deps.taskQueue,
        args: [{ connectorId, callKey }],
        signal: def as typeof callLogSignal,
        signalArgs: [payload as never],
      });
    } catch (err) {
      logger.error({ err, workflowId }, 'signalWithStart failed');
      throw new AppError('WORKFLOW_UNAVAILABLE', undefined, [], { cause: err });
    }
    return workflowId;
  }

  return { run, signal };
}

/** The same delivery sent twice has the same id, so the workflow can drop the second. */
function eventIdOf(kind: string, body: Buffer, query: string): string {
  return crypto.createHash('sha256').update(kind).update('\0').update(body).update('\0').update(query).digest('hex').slice(0, 32);
}

const ERRORS = {
  400: 'The mapped event is invalid (each problem named) or the body cannot be decoded',
  401: 'Wrong webhook secret or authentication header',
  413: 'Body over the size cap',
  415: 'Unsupported content type',
  422: 'The mapping failed (JSONata code and position)',
  503: 'Temporal did not take the event; retry',
};

export function makeWebhookRoutes(deps: WebhookDeps) {
  const { engine } = deps;
  const runner = makeWebhookRunner(deps);

  const acceptCallLog: Accept = async ({ view, payload, ctx, body, req }) => {
    const output = await engine.evaluate(view.mappings.callLog.expression, payload, ctx);
    const { event, problems } = validateCallEvent(output, ctx);
    if (!event) throw invalid('call log', problems);
    const callKey = callKeyOf(event);
    const workflowId = await runner.signal(view.id, callKey, callLogSignal, {
      event: toWire(event), mappingVersion: view.mappings.callLog.version, receivedAt: new Date().toISOString(), eventId: eventIdOf('call-log', body, rawQuery(req)),
    });
    return {
      status: 200,
      workflowId,
      body: { Status: 'Success', Message: 'Call log accepted', ActivityId: callActivityId(view.id, callKey), CallSessionId: event.sessionId ?? null },
    };
  };

  const acceptPopup: Accept = async ({ view, payload, ctx, body, req }) => {
    const output = await engine.evaluate(view.mappings.popup.expression, payload, ctx);
    const { event, problems } = validatePopup(output, ctx);
    if (!event) throw invalid('popup', problems);
    const callKey = callKeyOf({ sessionId: event.sessionId, sourceNumber: '', destinationNumber: '', displayNumber: '', startTime: new Date(0) });
    const workflowId = await runner.signal(view.id, callKey, popupSignal, {
      ...event, eventId: eventIdOf('popup', body, rawQuery(req)), receivedAt: new Date().toISOString(),
    });
    return { status: 200, workflowId, body: { Status: 'Success', Message: 'Popup accepted', CallSessionId: event.sessionId } };
  };

  const acceptProgress: Accept = async ({ view, payload, ctx, body, req }) => {
    const output = await engine.evaluate(view.mappings.callEvent.expression, payload, ctx);
    const { event, problems } = validateProgress(output, ctx, new Date());
    if (!event) throw invalid('call event', problems);
    const callKey = callKeyOf({ sessionId: event.sessionId, sourceNumber: '', destinationNumber: '', displayNumber: '', startTime: new Date(0) });
    const workflowId = await runner.signal(view.id, callKey, callProgressSignal, {
      kind: event.kind, at: event.at, answered: event.answered, eventId: eventIdOf('call-event', body, rawQuery(req)), receivedAt: new Date().toISOString(),
    });
    return { status: 200, workflowId, body: { Status: 'Success', Message: `Call ${event.kind} accepted`, CallSessionId: event.sessionId } };
  };

  const webhook = (method: 'post' | 'get', kind: string, summary: string, accept: Accept) =>
    route({
      method,
      path: `/webhooks/:connectorId/:secret/${kind}`,
      summary,
      tag: 'Provider webhooks',
      access: 'provider',
      params: webhookParams,
      rawBody: true,
      ...(method === 'post'
        ? {
            body: z.record(z.string(), z.unknown()).describe(`The provider payload, mapped by the connector's ${kind} mapping.`),
            bodyContentTypes: ['application/json', 'application/x-www-form-urlencoded', 'text/plain'],
          }
        : {}),
      response: webhookSuccessSchema,
      errors: ERRORS,
      handler: async ({ req, res, params }) => {
        await runner.run(kind, req, res, params, accept);
        return undefined;
      },
    });

  return [
    webhook('post', 'call-log', 'Provider posts a call log', acceptCallLog),
    webhook('get', 'call-log', 'Provider sends a call log as query parameters', acceptCallLog),
    webhook('post', 'popup', 'Provider asks for an agent popup (incoming call)', acceptPopup),
    webhook('post', 'call-event', 'Provider reports call progress (answered, hangup)', acceptProgress),
  ];
}
