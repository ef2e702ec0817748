/**
 * The agent's side: the real-time event stream (SSE), the current call after a reload, lead details
 * with lead sharing, and the disposition. The console itself is the designer build's second entry
 * (designer/console.html), served at /console by ../http/designer-static.ts.
 */
import { z } from 'zod';
import { phoneLookupKeys, toCountryCode } from '../../call/phone';
import { AGENT_PRESENCES, AGENT_STATUSES, type AgentStatus } from '../../domain/people';
import { AppError } from '../../errors';
import type { Hub } from '../../realtime/hub';
import type { LeadSummary } from '../../realtime/types';
import type { AgentService } from '../../services/agents';
import type { LeadService } from '../../services/leads';
import { required } from '../../services/required';
import type { CallClient, CallState } from '../../temporal/call-client';
import type { AuthedUser } from '../http/auth';
import { endpoint } from '../http/endpoint';
import { objectId, phoneIn } from '../http/schemas';

const AGENTS = ['agent', 'admin'] as const;
const HEARTBEAT_MS = 15_000;

const leadSchema = z.object({
  id: z.string(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  email: z.string().optional(),
  phone: z.string(),
  secondaryPhones: z.array(z.string()),
  ownerId: z.string().nullable(),
  fields: z.record(z.string(), z.unknown()),
});

export interface AgentDeps {
  agents: AgentService;
  leads: LeadService;
  hub: Hub;
  calls: CallClient;
  defaultCountry: string;
}

export function makeAgentEndpoints(deps: AgentDeps) {
  const { agents, leads, hub, calls } = deps;
  const { stateOf } = agents;

  /** Owners read their leads; during a call an agent also reads the calling lead, when the connector shares it. */
  async function readableLead(user: AuthedUser, leadId: string): Promise<LeadSummary> {
    const lead = required(await leads.summary(leadId), 'Lead', leadId);
    if (user.role === 'admin' || lead.ownerId === user.id) return lead;
    const { status, call } = await stateOf(user.id);
    if (status !== 'free' && call?.leadId === leadId) {
      if (await agents.sharesLeads(call.connectorId)) return lead;
    }
    throw new AppError('FORBIDDEN', 'This lead is not yours, and it is not on a call with you now.');
  }

  async function callStateOf(workflowId: string): Promise<CallState> {
    return required(await calls.state(workflowId), 'Call', workflowId);
  }

  const phone = phoneIn(deps.defaultCountry);

  return [
    endpoint({
      method: 'post',
      path: '/api/agent/leads',
      summary: "Create a lead from the popup's new-lead form (owned by the agent)",
      tag: 'Agent',
      access: AGENTS,
      body: z.strictObject({
        firstName: z.string().trim().max(100).optional(),
        lastName: z.string().trim().max(100).optional(),
        email: z.email().max(254).optional(),
        phone,
      }),
      status: 201,
      response: leadSchema,
      errors: { 400: 'Invalid body' },
      handler: async ({ body, user }) => {
        return leads.createForAgent(body, user?.id);
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/agent/events',
      summary: 'Server-Sent Events: popups and call state for the signed-in agent',
      tag: 'Agent',
      access: AGENTS,
      handler: async ({ req, res, user }) => {
        if (!user) throw new AppError('UNAUTHENTICATED');
        res.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-store',
          connection: 'keep-alive',
          'x-accel-buffering': 'no',
        });
        res.write('retry: 2000\n\n');
        const { status, call } = await stateOf(user.id);
        hub.send(res, { type: 'call-state', status: status as AgentStatus, call });
        const detach = hub.attach(user.id, res);
        const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
        req.on('close', () => {
          clearInterval(heartbeat);
          detach();
        });
        return undefined;
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/agent/state',
      summary: "The agent's state, presence (available or away) and current call (survives a reload)",
      tag: 'Agent',
      access: AGENTS,
      response: z.object({ status: z.enum(AGENT_STATUSES), presence: z.enum(AGENT_PRESENCES), call: z.unknown().nullable() }),
      handler: async ({ user }) => {
        const state = await stateOf(user?.id ?? '');
        return { ...state, status: state.status as AgentStatus };
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/agent/leads/:id',
      summary: 'Lead details, for its owner or (lead sharing) the agent on a call with it',
      tag: 'Agent',
      access: AGENTS,
      params: z.object({ id: objectId }),
      response: leadSchema,
      errors: { 403: 'Not your lead and not on a call with you', 404: 'Not found' },
      handler: async ({ params, user }) => readableLead(user as AuthedUser, params.id),
    }),
    endpoint({
      method: 'get',
      path: '/api/agent/lead-details',
      summary: 'Lead details by phone number or lead id (single sign-on clients)',
      tag: 'Agent',
      access: AGENTS,
      query: z
        .object({ phone: z.string().min(3).optional(), leadId: objectId.optional() })
        .refine((q) => q.phone || q.leadId, 'give phone or leadId'),
      response: leadSchema,
      errors: { 403: 'Not your lead and not on a call with you', 404: 'Not found' },
      handler: async ({ query, user }) => {
        if (query.leadId) return readableLead(user as AuthedUser, query.leadId);
        const keys = phoneLookupKeys(query.phone ?? '', toCountryCode(deps.defaultCountry) ?? 'IN');
        const candidates = await leads.idsWithPhone(keys, 20);
        if (candidates.length === 0) throw new AppError('NOT_FOUND', 'No lead has that number.');
        // Several leads may share a number: the first one this agent may read.
        for (const id of candidates) {
          try {
            return await readableLead(user as AuthedUser, id);
          } catch (err) {
            if (!(err instanceof AppError) || err.code !== 'FORBIDDEN') throw err;
          }
        }
        throw new AppError('FORBIDDEN', 'No lead with that number is yours or on a call with you now.');
      },
    }),
    endpoint({
      method: 'post',
      path: '/api/agent/disposition',
      summary: "Dispose of a call: value, notes, comments, and the connector's follow-ups",
      tag: 'Agent',
      access: AGENTS,
      body: z.strictObject({
        workflowId: z.string().min(1).max(300),
        value: z.string().trim().min(1).max(200),
        notes: z.string().max(4000).optional(),
        comments: z.string().max(4000).optional(),
        task: z.strictObject({ title: z.string().trim().min(1).max(200), dueAt: z.iso.datetime({ offset: true }).optional() }).optional(),
        customActivity: z.strictObject({ note: z.string().max(4000) }).optional(),
      }),
      response: z.object({ accepted: z.literal(true) }),
      errors: {
        403: 'Not your call',
        400: 'Refused by the connector’s disposition settings (a value not in its list, a missing mandatory follow-up)',
        404: 'No such call',
        409: 'The call already has a disposition, or is still starting',
      },
      handler: async ({ body, user }) => {
        const u = user as AuthedUser;
        const { workflowId, ...input } = body;
        const state = await callStateOf(workflowId);
        if (u.role !== 'admin' && state.agentUserId !== u.id) throw new AppError('FORBIDDEN', 'This call is not yours.');
        return calls.submitDisposition(workflowId, { ...input, byUserId: u.id });
      },
    }),
  ];
}
