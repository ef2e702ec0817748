/**
 * The call route webhook (seed 000 section 6): a provider's IVR asks, with HTTP GET, who should take
 * this caller, and waits for the answer before it transfers the call. So the answer comes from the
 * database alone; the decision is recorded on the call's workflow after the answer is sent, without
 * waiting for Temporal, and a failure to record it is logged, never surfaced to the provider.
 *
 * Answer formats (the connector's `lifecycle.routing.format`):
 * - `json`: `{"Status":"Success","AgentPhone","AgentId","AgentEmail","Queue","LeadId","OpportunityId","Reason"}`,
 *   null for what does not apply;
 * - `agent-phone`, `agent-id`, `agent-email`: `text/plain` with that one value of the chosen agent,
 *   or the queue name when the fallback is a queue, or an empty body (still 200) when there is
 *   neither, which IVRs read as "use your own routing". The reason is in the `X-Route-Reason` header (and
 *   `X-Route-Fallback-Cause`: no-lead, no-owner, owner-ineligible) in every format.
 * Errors (wrong secret, no caller number) answer the webhooks' JSON failure shape in every format.
 */
import crypto from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { normalizePhone, toCountryCode } from '../call/phone';
import { AppError, isAppError } from '../errors';
import type { Logger } from '../logger';
import type { Models } from '../db/models';
import type { ConnectorService, WebhookView } from '../services/connectors';
import { redactHeaders, REDACTED, type RequestLog } from '../services/request-log';
import { makeRouter, ROUTE_REASONS, type RouteDecision } from '../services/routing';
import { callKeyOf, callWorkflowId } from '../temporal/call-ids';
import { callLifecycle, routeDecisionSignal, type RouteDecisionSignal } from '../../workflows';
import { route } from './routes';
import { authenticateProvider, webhookParams } from './webhooks';

export interface RouteWebhookDeps {
  models: Models;
  connectors: ConnectorService;
  temporal: Client;
  taskQueue: string;
  requestLog: RequestLog;
  logger: Logger;
}

/** The names providers use for each input, first match wins. */
const CALLER = ['SourceNumber', 'callerNumber', 'caller', 'phone', 'CallFrom'] as const;
const DID = ['DisplayNumber', 'did', 'virtualNumber', 'CallTo'] as const;
const SESSION = ['CallSessionId', 'sessionId', 'CallSid'] as const;

/** A repeated query parameter counts once (the first), rather than failing the IVR's request. */
const param = (description: string) => z.preprocess((v) => (Array.isArray(v) ? (v[0] as unknown) : v), z.string().optional()).describe(description);

const routeQuery = z.looseObject({
  ...Object.fromEntries(CALLER.map((n) => [n, param(`The caller's number ("%2b91…", "+91…" or national); one of ${CALLER.join(', ')}`)])),
  ...Object.fromEntries(DID.map((n) => [n, param(`The virtual number dialled; one of ${DID.join(', ')}`)])),
  ...Object.fromEntries(SESSION.map((n) => [n, param(`The provider's call session id; one of ${SESSION.join(', ')}`)])),
}) as z.ZodType<Record<string, string | undefined>>;

const routeAnswer = z.object({
  Status: z.literal('Success'),
  AgentPhone: z.string().nullable(),
  AgentId: z.string().nullable(),
  AgentEmail: z.string().nullable(),
  Queue: z.string().nullable(),
  LeadId: z.string().nullable(),
  OpportunityId: z.string().nullable(),
  Reason: z.enum(ROUTE_REASONS),
});

function pick(query: Record<string, string | undefined>, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = query[name];
    if (value !== undefined && value.trim() !== '') return value;
  }
  return undefined;
}

/** A "+" the provider did not encode arrives as a space; before digits it can only be that plus. */
function restorePlus(raw: string): string {
  return raw.replace(/^\s+(?=\d)/, '+');
}

function rawQuery(req: Request): string {
  const at = req.originalUrl.indexOf('?');
  return at >= 0 ? req.originalUrl.slice(at + 1) : '';
}

interface Reply {
  status: number;
  contentType: 'json' | 'text';
  body: string;
  /** Sent as headers: the reason and, for a fallback, why (no-lead, no-owner, owner-ineligible). */
  decision: RouteDecision | null;
  code: string | null;
}

function toReply(view: WebhookView, d: RouteDecision): Reply {
  const a = d.agent;
  if (view.routing.format === 'json') {
    const answer: z.infer<typeof routeAnswer> = {
      Status: 'Success', AgentPhone: a?.phone ?? null, AgentId: a?.agentId ?? null, AgentEmail: a?.email ?? null,
      Queue: d.queue, LeadId: d.leadId, OpportunityId: d.opportunityId, Reason: d.reason,
    };
    return { status: 200, contentType: 'json', body: JSON.stringify(answer), decision: d, code: null };
  }
  const value = { 'agent-phone': a?.phone, 'agent-id': a?.agentId, 'agent-email': a?.email }[view.routing.format];
  return { status: 200, contentType: 'text', body: value ?? d.queue ?? '', decision: d, code: null };
}

function failure(err: AppError): Reply {
  return { status: err.status, contentType: 'json', body: JSON.stringify({ Status: 'Failure', Message: err.message, Code: err.code, Details: err.details }), decision: null, code: err.code };
}

export function makeRouteWebhookRoutes(deps: RouteWebhookDeps) {
  const { connectors, requestLog, logger } = deps;
  const router = makeRouter(deps.models);

  /** Records the decision on the call's workflow, starting it if needed; never awaited by the answer. */
  function recordDecision(view: WebhookView, sessionId: string, signal: RouteDecisionSignal): string {
    const callKey = callKeyOf({ sessionId, sourceNumber: '', destinationNumber: '', displayNumber: '', startTime: new Date(0) });
    const workflowId = callWorkflowId(view.id, callKey);
    void deps.temporal.workflow
      .signalWithStart(callLifecycle, { workflowId, taskQueue: deps.taskQueue, args: [{ connectorId: view.id, callKey }], signal: routeDecisionSignal, signalArgs: [signal] })
      .catch((err: unknown) => logger.error({ err, workflowId }, 'route decision not recorded on the workflow'));
    return workflowId;
  }

  async function answer(req: Request, res: Response, params: z.infer<typeof webhookParams>, query: Record<string, string | undefined>): Promise<void> {
    const started = performance.now();
    let reply: Reply;
    let view: WebhookView | null = null;
    let workflowId: string | null = null;
    try {
      view = await connectors.webhookView(params.connectorId);
      authenticateProvider(view, params.secret, req);
      const caller = pick(query, CALLER);
      if (caller === undefined) {
        const message = `The caller's number is missing: send one of ${CALLER.join(', ')}.`;
        throw new AppError('VALIDATION_FAILED', message, [{ field: 'query.SourceNumber', code: 'missing', message }]);
      }
      const country = toCountryCode(view.defaultCountry) ?? 'IN';
      const callerRaw = restorePlus(caller);
      // A withheld or malformed number matches no lead: the fallback answers, as for a stranger.
      const callerNumber = normalizePhone(callerRaw, country);
      const decision = await router.decide(view, callerNumber);
      reply = toReply(view, decision);
      const sessionId = pick(query, SESSION)?.trim();
      if (sessionId) {
        const did = pick(query, DID);
        const signal: RouteDecisionSignal = {
          eventId: crypto.createHash('sha256').update(`route\0${rawQuery(req)}`).digest('hex').slice(0, 32),
          receivedAt: new Date().toISOString(),
          callerNumber: callerNumber ?? caller.trim(),
          virtualNumber: did ? (normalizePhone(restorePlus(did), country) ?? did.trim()) : null,
          agentUserId: decision.agent?.userId ?? null,
          leadId: decision.leadId,
          opportunityId: decision.opportunityId,
          queue: decision.queue,
          reason: decision.reason,
        };
        // Answer first: the signal's serialisation and gRPC work never delay the IVR.
        send(res, reply);
        workflowId = recordDecision(view, sessionId, signal);
      }
    } catch (err) {
      if (!isAppError(err)) logger.error({ err }, 'route webhook failed');
      reply = failure(isAppError(err) ? err : new AppError('INTERNAL', undefined, [], { cause: err }));
    }
    if (!res.headersSent) send(res, reply);

    requestLog.record({
      connectorId: view?.id ?? null,
      kind: 'route',
      method: req.method,
      path: `/webhooks/${params.connectorId}/${REDACTED}/route`,
      query: rawQuery(req),
      headers: redactHeaders(req.headers, view?.authHeader ? [view.authHeader.name] : []),
      contentType: req.get('content-type'),
      body: '',
      bodyBytes: 0,
      status: reply.status,
      outcome: reply.status < 300 ? 'accepted' : reply.status >= 500 ? 'error' : 'rejected',
      errorCode: reply.code,
      response: reply.body,
      durationMs: Math.round(performance.now() - started),
      workflowId,
    });
  }

  return [
    route({
      method: 'get',
      path: '/webhooks/:connectorId/:secret/route',
      summary: 'Provider asks who should take this caller (call routing)',
      tag: 'Provider webhooks',
      access: 'provider',
      params: webhookParams,
      query: routeQuery,
      response: routeAnswer.describe('In the json format; the agent-phone, agent-id and agent-email formats answer text/plain with that value, the queue name, or nothing.'),
      errors: { 400: "The caller's number is missing", 401: 'Wrong webhook secret or authentication header' },
      handler: async ({ req, res, params, query }) => {
        await answer(req, res, params, query);
        return undefined;
      },
    }),
  ];
}

function send(res: Response, reply: Reply): void {
  res.status(reply.status).set('Cache-Control', 'no-store');
  if (reply.decision) res.set('X-Route-Reason', reply.decision.reason);
  if (reply.decision?.fallbackCause) res.set('X-Route-Fallback-Cause', reply.decision.fallbackCause);
  res.type(reply.contentType === 'json' ? 'application/json' : 'text/plain').send(reply.body);
}
