/**
 * The agent's side: the real-time event stream (SSE), the current call after a reload, lead details
 * with lead sharing, the disposition, and single sign-on for a provider's own agent application.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { phoneLookupKeys, toCountryCode } from '../call/phone';
import type { Models } from '../db/models';
import { AppError } from '../errors';
import type { Hub } from '../realtime/hub';
import type { CallSummary, LeadSummary } from '../realtime/types';
import { randomToken, sha256 } from '../security/secrets';
import { findLeadSummary } from '../services/leads';
import { REDACTED } from '../services/request-log';
import type { CallClient, CallState } from '../temporal/call-client';
import type { AuthedUser } from './auth';
import { route } from './routes';
import { objectId, phoneIn } from './schemas';
import { makeWebhookRunner, webhookParams, type WebhookDeps } from './webhooks';

const AGENTS = ['agent', 'admin'] as const;
const SSO_TTL_MINUTES = 15;
const HEARTBEAT_MS = 15_000;

const leadSchema = z.object({ id: z.string(), firstName: z.string().optional(), lastName: z.string().optional(), email: z.string().optional(), phone: z.string(), secondaryPhones: z.array(z.string()), ownerId: z.string().nullable(), fields: z.record(z.string(), z.unknown()) });

export interface AgentDeps {
  models: Models;
  hub: Hub;
  calls: CallClient;
  defaultCountry: string;
  webhook: WebhookDeps;
}

/** The updated call state after a failed update, as a clear 4xx. */
export function makeAgentRoutes(deps: AgentDeps) {
  const { models, hub, calls } = deps;
  const { AgentState, Connector, Lead } = models;

  async function stateOf(userId: string): Promise<{ status: string; call: CallSummary | null }> {
    const s = await AgentState.findById(userId).lean();
    return { status: s?.status ?? 'free', call: (s?.currentCall as CallSummary | null | undefined) ?? null };
  }

  /** Owners read their leads; during a call an agent also reads the calling lead, when the connector shares it. */
  async function readableLead(user: AuthedUser, leadId: string): Promise<LeadSummary> {
    const lead = await findLeadSummary(models, leadId);
    if (!lead) throw new AppError('NOT_FOUND', `Lead ${leadId} not found.`);
    if (user.role === 'admin' || lead.ownerId === user.id) return lead;
    const { status, call } = await stateOf(user.id);
    if (status !== 'free' && call?.leadId === leadId) {
      const connector = await Connector.findById(call.connectorId, { lifecycle: 1 }).lean();
      if (connector?.lifecycle?.leadSharing ?? true) return lead;
    }
    throw new AppError('FORBIDDEN', 'This lead is not yours, and it is not on a call with you now.');
  }

  async function callStateOf(workflowId: string): Promise<CallState> {
    const state = await calls.state(workflowId);
    if (!state) throw new AppError('NOT_FOUND', `Call ${workflowId} not found.`);
    return state;
  }

  const runner = makeWebhookRunner(deps.webhook);

  const consolePage = fs.readFileSync(path.join(__dirname, '..', 'realtime', 'console.html'), 'utf8');
  const phone = phoneIn(deps.defaultCountry);

  return [
    route({
      method: 'get', path: '/console', summary: 'The agent console page (HTML): popups, current call, disposition', tag: 'Agent', access: 'public',
      handler: async ({ res }) => {
        res.type('html').set('cache-control', 'no-store').send(consolePage);
        return undefined;
      },
    }),
    route({
      method: 'post', path: '/api/agent/leads', summary: 'Create a lead from the popup\'s new-lead form (owned by the agent)', tag: 'Agent', access: AGENTS,
      body: z.strictObject({ firstName: z.string().trim().max(100).optional(), lastName: z.string().trim().max(100).optional(), email: z.email().max(254).optional(), phone }),
      status: 201, response: leadSchema, errors: { 400: 'Invalid body' },
      handler: async ({ body, user }) => {
        const lead = await Lead.create({ ...body, ownerId: user?.id, source: 'agent console' });
        return findLeadSummary(models, String(lead._id));
      },
    }),
    route({
      method: 'get', path: '/api/agent/events', summary: 'Server-Sent Events: popups and call state for the signed-in agent', tag: 'Agent', access: AGENTS,
      handler: async ({ req, res, user }) => {
        if (!user) throw new AppError('UNAUTHENTICATED');
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' });
        res.write('retry: 2000\n\n');
        const { status, call } = await stateOf(user.id);
        hub.send(res, { type: 'call-state', status: status as 'free', call });
        const detach = hub.attach(user.id, res);
        const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
        req.on('close', () => {
          clearInterval(heartbeat);
          detach();
        });
        return undefined;
      },
    }),
    route({
      method: 'get', path: '/api/agent/state', summary: 'The agent\'s state and current call (survives a reload)', tag: 'Agent', access: AGENTS,
      response: z.object({ status: z.string(), call: z.unknown().nullable() }),
      handler: async ({ user }) => stateOf(user?.id ?? ''),
    }),
    route({
      method: 'get', path: '/api/agent/leads/:id', summary: 'Lead details, for its owner or (lead sharing) the agent on a call with it', tag: 'Agent', access: AGENTS,
      params: z.object({ id: objectId }), response: leadSchema, errors: { 403: 'Not your lead and not on a call with you', 404: 'Not found' },
      handler: async ({ params, user }) => readableLead(user as AuthedUser, params.id),
    }),
    route({
      method: 'get', path: '/api/agent/lead-details', summary: 'Lead details by phone number or lead id (single sign-on clients)', tag: 'Agent', access: AGENTS,
      query: z.object({ phone: z.string().min(3).optional(), leadId: objectId.optional() }).refine((q) => q.phone || q.leadId, 'give phone or leadId'),
      response: leadSchema, errors: { 403: 'Not your lead and not on a call with you', 404: 'Not found' },
      handler: async ({ query, user }) => {
        if (query.leadId) return readableLead(user as AuthedUser, query.leadId);
        const keys = phoneLookupKeys(query.phone ?? '', toCountryCode(deps.defaultCountry) ?? 'IN');
        const candidates = await Lead.find({ $or: [{ phone: { $in: keys } }, { secondaryPhones: { $in: keys } }] }, { _id: 1 }).sort({ createdAt: 1 }).limit(20).lean();
        if (candidates.length === 0) throw new AppError('NOT_FOUND', 'No lead has that number.');
        // Several leads may share a number: the first one this agent may read.
        for (const c of candidates) {
          try {
            return await readableLead(user as AuthedUser, String(c._id));
          } catch (err) {
            if (!(err instanceof AppError) || err.code !== 'FORBIDDEN') throw err;
          }
        }
        throw new AppError('FORBIDDEN', 'No lead with that number is yours or on a call with you now.');
      },
    }),
    route({
      method: 'post', path: '/api/agent/disposition', summary: 'Dispose of a call: value, notes, comments, and the connector\'s follow-ups', tag: 'Agent', access: AGENTS,
      body: z.strictObject({
        workflowId: z.string().min(1).max(300),
        value: z.string().trim().min(1).max(200),
        notes: z.string().max(4000).optional(),
        comments: z.string().max(4000).optional(),
        task: z.strictObject({ title: z.string().trim().min(1).max(200), dueAt: z.iso.datetime({ offset: true }).optional() }).optional(),
        customActivity: z.strictObject({ note: z.string().max(4000) }).optional(),
      }),
      response: z.object({ accepted: z.literal(true) }), errors: { 403: 'Not your call', 404: 'No such call', 409: 'Refused by the call (already disposed, missing mandatory follow-up, unknown value)' },
      handler: async ({ body, user }) => {
        const u = user as AuthedUser;
        const { workflowId, ...input } = body;
        const state = await callStateOf(workflowId);
        if (u.role !== 'admin' && state.agentUserId !== u.id) throw new AppError('FORBIDDEN', 'This call is not yours.');
        return calls.submitDisposition(workflowId, { ...input, byUserId: u.id });
      },
    }),
    route({
      method: 'post', path: '/webhooks/:connectorId/:secret/sso', summary: 'Single sign-on: a short-lived session for an agent of this connector', tag: 'Provider webhooks', access: 'provider',
      params: webhookParams, rawBody: true,
      body: z.object({ AgentId: z.string().optional(), AgentEmail: z.string().optional(), AgentPhone: z.string().optional() }),
      response: z.object({ Status: z.literal('Success'), Token: z.string(), ExpiresAt: z.string() }),
      errors: { 400: 'No agent given', 401: 'Wrong webhook secret or header', 404: 'No such agent' },
      handler: async ({ req, res, params }) => {
        await runner.run('sso', req, res, params, async ({ view, payload, ctx }) => {
          const p = payload as { AgentId?: unknown; AgentEmail?: unknown; AgentPhone?: unknown };
          const filter = typeof p.AgentEmail === 'string' ? { email: p.AgentEmail.toLowerCase() }
            : typeof p.AgentPhone === 'string' ? { phones: { $in: phoneLookupKeys(p.AgentPhone, ctx.defaultCountry) } }
            : typeof p.AgentId === 'string' ? { 'agentIds.agentId': p.AgentId }
            : null;
          if (!filter) throw new AppError('VALIDATION_FAILED', 'Give AgentId, AgentEmail or AgentPhone.');
          const candidates = await models.User.find({ ...filter, active: true, role: 'agent' }, { _id: 1, agentIds: 1 }).lean();
          const agent = candidates.find((u) => !('agentIds.agentId' in filter) || u.agentIds.some((a) => a.agentId === p.AgentId && (!a.connectorId || String(a.connectorId) === view.id)));
          if (!agent) throw new AppError('NOT_FOUND', 'No active agent matches.');
          const token = randomToken();
          const expiresAt = new Date(Date.now() + SSO_TTL_MINUTES * 60_000);
          await models.AuthSession.create({ tokenHash: sha256(token), userId: agent._id, expiresAt });
          const body = { Status: 'Success', Token: token, ExpiresAt: expiresAt.toISOString() };
          return { status: 200, workflowId: null, body, logBody: { ...body, Token: REDACTED } };
        });
        return undefined;
      },
    }),
  ];
}
