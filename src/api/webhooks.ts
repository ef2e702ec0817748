/**
 * Provider-facing webhooks. A call log is authenticated by the connector's URL secret (and header
 * pair when enabled), decoded, mapped by the connector's JSONata mapping, validated, and handed to
 * the call's Temporal workflow with signalWithStart. It is acknowledged only once Temporal has it.
 * Every request and its answer goes to the request log; nothing else is written on error.
 */
import type { Client } from '@temporalio/client';
import type { Request, Response } from 'express';
import getRawBody from 'raw-body';
import { z } from 'zod';
import { validateCallEvent, type CallContext } from '../call/canonical';
import { toCountryCode } from '../call/phone';
import { toWire } from '../call/wire';
import { AppError, isAppError } from '../errors';
import type { Logger } from '../logger';
import type { MappingEngine } from '../mapping/engine';
import type { ConnectorService, WebhookView } from '../services/connectors';
import { redactHeaders, REDACTED, type RequestLog } from '../services/request-log';
import { safeEqual } from '../security/secrets';
import { callActivityId, callKeyOf, callWorkflowId } from '../temporal/call-ids';
import { decodePayload } from '../webhooks/payload';
import { callLifecycle, callLogSignal } from '../../workflows';
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

const paramsSchema = z.object({ connectorId: z.string(), secret: z.string() });

export const webhookSuccessSchema = z.object({
  Status: z.literal('Success'),
  Message: z.string(),
  ActivityId: z.string(),
  CallSessionId: z.string().nullable(),
});

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

function failure(err: AppError): Answer {
  return { status: err.status, body: { Status: 'Failure', Message: err.message, Code: err.code, Details: err.details } };
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

function authenticate(view: WebhookView | null, secret: string, req: Request): asserts view is WebhookView {
  if (!view || !safeEqual(view.webhookSecret, secret)) throw new AppError('WEBHOOK_AUTH_FAILED', 'Unknown connector or wrong webhook secret.');
  if (view.authHeader) {
    const sent = req.get(view.authHeader.name);
    if (!sent || !safeEqual(view.authHeader.value, sent)) {
      throw new AppError('WEBHOOK_AUTH_FAILED', `The ${view.authHeader.name} header is missing or wrong.`);
    }
  }
}

export function makeWebhookRoutes(deps: WebhookDeps) {
  const { connectors, engine, temporal, taskQueue, requestLog, logger } = deps;

  async function acceptCallLog(req: Request, params: z.infer<typeof paramsSchema>, body: Buffer): Promise<Answer & { workflowId: string | null }> {
    const view = await connectors.webhookView(params.connectorId);
    authenticate(view, params.secret, req);
    const ctx: CallContext = { defaultCountry: toCountryCode(view.defaultCountry) ?? 'IN', timeZone: view.timeZone };
    const queryAt = req.originalUrl.indexOf('?');
    const payload = decodePayload({
      body,
      contentType: req.get('content-type'),
      query: queryAt >= 0 ? req.originalUrl.slice(queryAt + 1) : '',
      maxBytes: deps.maxBodyBytes,
    });
    const output = await engine.evaluate(view.callLogMapping.expression, payload, ctx);
    const { event, problems } = validateCallEvent(output, ctx);
    if (!event) {
      const summary = problems.map((p) => p.message).join('; ');
      throw new AppError('CALL_EVENT_INVALID', `The call log is invalid: ${summary}`, problems.map((p) => ({ field: p.field, code: p.code, message: p.message })));
    }
    const callKey = callKeyOf(event);
    const workflowId = callWorkflowId(view.id, callKey);
    try {
      await temporal.workflow.signalWithStart(callLifecycle, {
        workflowId,
        taskQueue,
        args: [{ connectorId: view.id, callKey }],
        signal: callLogSignal,
        signalArgs: [{ event: toWire(event), mappingVersion: view.callLogMapping.version, receivedAt: new Date().toISOString() }],
      });
    } catch (err) {
      logger.error({ err, workflowId }, 'signalWithStart failed');
      throw new AppError('WORKFLOW_UNAVAILABLE', undefined, [], { cause: err });
    }
    return {
      status: 200,
      workflowId,
      body: { Status: 'Success', Message: 'Call log accepted', ActivityId: callActivityId(view.id, callKey), CallSessionId: event.sessionId ?? null },
    };
  }

  async function handleCallLog(req: Request, res: Response, params: z.infer<typeof paramsSchema>): Promise<void> {
    const started = performance.now();
    let body: Buffer = Buffer.alloc(0);
    let answer: Answer & { workflowId: string | null };
    try {
      body = await readBody(req, deps.maxBodyBytes);
      answer = await acceptCallLog(req, params, body);
    } catch (err) {
      const appErr = isAppError(err) ? err : new AppError('INTERNAL', undefined, [], { cause: err });
      if (!isAppError(err)) logger.error({ err }, 'call log webhook failed');
      answer = { ...failure(appErr), workflowId: null };
    }
    res.status(answer.status).json(answer.body);

    const view = await connectors.webhookView(params.connectorId).catch(() => null);
    const errorCode = typeof answer.body.Code === 'string' ? answer.body.Code : null;
    const queryAt = req.originalUrl.indexOf('?');
    requestLog.record({
      connectorId: view?.id ?? null,
      kind: 'call-log',
      method: req.method,
      path: `/webhooks/${params.connectorId}/${REDACTED}/call-log`,
      query: queryAt >= 0 ? req.originalUrl.slice(queryAt + 1) : '',
      headers: redactHeaders(req.headers, view?.authHeader ? [view.authHeader.name] : []),
      contentType: req.get('content-type'),
      body: body.toString('utf8'),
      bodyBytes: body.length,
      status: answer.status,
      outcome: answer.status < 300 ? 'accepted' : answer.status >= 500 ? 'error' : 'rejected',
      errorCode,
      response: JSON.stringify(answer.body),
      durationMs: Math.round(performance.now() - started),
      workflowId: answer.workflowId,
    });
  }

  const callLogRoute = (method: 'post' | 'get') =>
    route({
      method,
      path: '/webhooks/:connectorId/:secret/call-log',
      summary: method === 'post' ? 'Provider posts a call log' : 'Provider sends a call log as query parameters',
      tag: 'Provider webhooks',
      access: 'provider',
      params: paramsSchema,
      rawBody: true,
      ...(method === 'post'
        ? {
            body: z.record(z.string(), z.unknown()).describe('The provider payload, mapped by the connector\'s call-log mapping.'),
            bodyContentTypes: ['application/json', 'application/x-www-form-urlencoded', 'text/plain'],
          }
        : {}),
      response: webhookSuccessSchema,
      errors: {
        400: 'The mapped call event is invalid (each problem named) or the body cannot be decoded',
        401: 'Wrong webhook secret or authentication header',
        413: 'Body over the size cap',
        415: 'Unsupported content type',
        422: 'The mapping failed (JSONata code and position)',
        503: 'Temporal did not take the event; retry',
      },
      handler: async ({ req, res, params }) => {
        await handleCallLog(req, res, params);
        return undefined;
      },
    });

  return [callLogRoute('post'), callLogRoute('get')];
}
