/**
 * The call-routing webhook: a provider's IVR asks who should take this caller, and
 * waits for the answer before it transfers the call. So the answer comes from the database alone; the
 * decision is recorded on the call's workflow after the answer is sent, through the route outbox
 * (src/services/call-routing-outbox.ts: written and signalled at once, kept and delivered later when
 * Temporal does not take it), and a failure to record it is never surfaced to the provider. With the
 * database unreachable the answer is 503 DATABASE_UNAVAILABLE with Retry-After, within 2 s.
 *
 * Input: GET with a query string, or POST with a form-urlencoded or JSON body (query fields under the
 * body's), decoded as every webhook's and mapped by the connector's route mapping to `{ callerNumber,
 * virtualNumber, sessionId }` (`mappings.route`; by default the generic one, which reads SourceNumber,
 * callerNumber, caller, phone, CallFrom, From, from… — so From/To call-control webhooks work as is).
 *
 * Answer (src/services/call-routing-answer.ts), in the provider's dialect when the connector or its preset
 * has a route answer template (`lifecycle.routing.answer`: an XML document that dials the agent, a
 * JSON action list, a JSON object of numbers…, with its own answer when there is neither an agent
 * nor a queue); otherwise in the connector's `lifecycle.routing.format`:
 * - `json`: `{"Status":"Success","AgentPhone","AgentId","AgentEmail","Queue","LeadId","OpportunityId","Reason"}`,
 *   null for what does not apply;
 * - `agent-phone`, `agent-id`, `agent-email`: `text/plain` with that one value of the chosen agent,
 *   or the queue name when the fallback is a queue, or an empty body (still 200) when there is
 *   neither, which IVRs read as "use your own routing".
 * The reason is in the `X-Route-Reason` header (and `X-Route-Fallback-Cause`: no-lead, no-owner,
 * owner-ineligible) in every format and dialect. Errors (wrong secret, no caller number) answer the
 * webhooks' JSON failure shape whatever the format.
 */
import crypto from 'node:crypto';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { AppError, isAppError } from '../../errors';
import type { Logger } from '../../logger';
import type { ConnectorService, WebhookView } from '../../services/connectors';
import { redactHeaders, REDACTED, type RequestLog } from '../../services/request-log';
import { jsonFormatAnswer, type RouteReply } from '../../services/call-routing-answer';
import { failureReply, type CallRoutingRequests } from '../../services/call-routing-request';
import type { RouteOutbox } from '../../services/call-routing-outbox';
import type { RouteDecisionSignal } from '../../temporal/call-client';
import { sessionCallKey } from '../../temporal/call-ids';
import { endpoint } from '../http/endpoint';
import {
  authenticateProvider,
  keepSample,
  loggedInput,
  observeWebhook,
  rawQuery,
  readBody,
  webhookParams,
  type WebhookDeps,
} from './pipeline';

export interface CallRoutingWebhookDeps {
  connectors: ConnectorService;
  routeRequests: CallRoutingRequests;
  /** Keeps each decision until the call's workflow has it. */
  routeOutbox: Pick<RouteOutbox, 'record'>;
  requestLog: RequestLog;
  logger: Logger;
  maxBodyBytes: number;
  /** Keeps the latest accepted route request as the designer's sample. */
  samples?: WebhookDeps['samples'];
}

const fields = z
  .record(z.string(), z.unknown())
  .describe(
    "The provider's fields, read by the connector's route mapping (by default: SourceNumber, callerNumber, caller, phone, CallFrom, From or from for the caller; DisplayNumber, did, virtualNumber, CallTo, To or to for the number dialled; CallSessionId, sessionId, CallSid, CallUUID… for the call)",
  );

/** Documents the names the default mapping reads; any other parameter passes to the connector's mapping. */
const param = (description: string) => z.unknown().optional().describe(description);
const queryFields = z.looseObject({
  SourceNumber: param('The caller\'s number ("%2b91…", "+91…" or national); also callerNumber, caller, phone, CallFrom, From, from'),
  DisplayNumber: param('The virtual number dialled; also did, virtualNumber, CallTo, To, to'),
  CallSessionId: param("The provider's call session id; also sessionId, CallSid, CallUUID, call_id"),
});

const ANSWER_DOC = jsonFormatAnswer.describe(
  "The json format's answer. A connector (or its preset) with a route answer template answers in the provider's dialect instead (its content type: XML, a JSON action list, …); the agent-phone, agent-id and agent-email formats answer text/plain with that value, the queue name, or nothing.",
);
const ERRORS = {
  400: "The caller's number is missing (or the mapped input is invalid), each problem named",
  401: 'Wrong webhook secret or authentication header',
  413: 'Body over the size cap',
  415: 'Unsupported content type',
  422: 'The route mapping failed',
  503: 'The database is unreachable (DATABASE_UNAVAILABLE); retry after the Retry-After header',
};

/**
 * The request's database reads (the connector lookup, itself bounded, then the route's) all end this
 * long after the request arrives, so that with the database unreachable the 503 comes within 2 s.
 */
const DATABASE_BUDGET_MS = 1_400;

export function makeCallRoutingWebhookEndpoints(deps: CallRoutingWebhookDeps) {
  const { connectors, routeRequests, requestLog, logger } = deps;

  async function answer(req: Request, res: Response, params: z.infer<typeof webhookParams>): Promise<void> {
    const started = performance.now();
    const arrivedAt = new Date();
    let answeredMs: number | null = null;
    let reply: RouteReply;
    let view: WebhookView | null = null;
    let workflowId: string | null = null;
    let body: Buffer = Buffer.alloc(0);
    let authenticated = false;
    try {
      body = await readBody(req, deps.maxBodyBytes);
      view = await connectors.webhookView(params.connectorId);
      authenticateProvider(view, params.secret, req, body, deps.connectors.publicUrl());
      authenticated = true;
      const result = await routeRequests.evaluate(
        view,
        { method: req.method, contentType: req.get('content-type'), body, query: rawQuery(req) },
        undefined,
        { databaseMs: Math.max(100, DATABASE_BUDGET_MS - (performance.now() - started)) },
      );
      reply = result.reply;
      const { input, decision } = result;
      if (input?.sessionId && decision) {
        const signal: RouteDecisionSignal = {
          eventId: crypto.createHash('sha256').update('route\0').update(body).update('\0').update(rawQuery(req)).digest('hex').slice(0, 32),
          receivedAt: new Date().toISOString(),
          callerNumber: input.callerNumber ?? input.callerRaw,
          virtualNumber: input.virtualNumber,
          agentUserId: decision.agent?.userId ?? null,
          leadId: decision.leadId,
          opportunityId: decision.opportunityId,
          queue: decision.queue,
          reason: decision.reason,
        };
        // Answer first: the outbox write and the signal never delay the IVR. The request's work ends
        // once the decision is kept or recorded (the outbox never throws).
        send(res, reply);
        answeredMs = performance.now() - started;
        workflowId = await deps.routeOutbox.record(view.id, sessionCallKey(input.sessionId), signal);
      }
    } catch (err) {
      if (!isAppError(err)) logger.error({ err }, 'route webhook failed');
      else if (err.status === 503) logger.warn({ err }, 'route webhook refused: a dependency is unreachable');
      reply = failureReply(isAppError(err) ? err : new AppError('INTERNAL', undefined, [], { cause: err }));
    }
    if (!res.headersSent) {
      send(res, reply);
      answeredMs = performance.now() - started;
    }

    const answeredIn = answeredMs ?? performance.now() - started;
    observeWebhook({
      connectorId: view?.id ?? null,
      segment: 'route',
      status: reply.status,
      errorCode: reply.code,
      seconds: answeredIn / 1000,
    });
    if (view && authenticated && reply.status < 300)
      keepSample(deps.samples, { connectorId: view.id, segment: 'route', req, body, receivedAt: arrivedAt });
    requestLog.record({
      connectorId: view?.id ?? null,
      kind: 'route',
      method: req.method,
      path: `/webhooks/${params.connectorId}/${REDACTED}/route`,
      ...loggedInput(authenticated, body, rawQuery(req)),
      headers: redactHeaders(req.headers, view?.authHeader ? [view.authHeader.name] : []),
      contentType: req.get('content-type'),
      bodyBytes: body.length,
      status: reply.status,
      outcome: reply.status < 300 ? 'accepted' : reply.status >= 500 ? 'error' : 'rejected',
      errorCode: reply.code,
      response: reply.body,
      durationMs: Math.round(answeredIn),
      workflowId,
    });
  }

  const common = {
    path: '/webhooks/:connectorId/:secret/route',
    tag: 'Provider webhooks',
    access: 'provider',
    params: webhookParams,
    response: ANSWER_DOC,
    errors: ERRORS,
    handler: async ({ req, res, params }: { req: Request; res: Response; params: z.infer<typeof webhookParams> }) => {
      await answer(req, res, params);
      return undefined;
    },
  } as const;

  return [
    endpoint({
      ...common,
      method: 'get',
      summary: 'Provider asks who should take this caller (call routing), with query parameters',
      query: queryFields,
    }),
    endpoint({
      ...common,
      method: 'post',
      summary: 'Provider asks who should take this caller (call routing), with a form or JSON body',
      rawBody: true,
      body: fields,
      bodyContentTypes: ['application/x-www-form-urlencoded', 'application/json'],
    }),
  ];
}

/** Sends an answer with the decision's reason headers. */
function send(res: Response, reply: RouteReply): void {
  res.status(reply.status).set('Cache-Control', 'no-store');
  if (reply.retryAfterSeconds !== undefined) res.set('Retry-After', String(reply.retryAfterSeconds));
  if (reply.decision) res.set('X-Route-Reason', reply.decision.reason);
  if (reply.decision?.fallbackCause) res.set('X-Route-Fallback-Cause', reply.decision.fallbackCause);
  res.set('Content-Type', reply.contentType).send(reply.body);
}
