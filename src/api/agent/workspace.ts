/**
 * The agent console's workspace: the agent's presence (available or away; routing skips an agent
 * who is away), recent calls with whether each still takes a disposition, a connector's disposition
 * choices, and the agent panels the agent may see (in and out of calls, by the connectors' teams; the
 * current call's connector first, with the call's values). Admins set a connector's agent panel here too.
 */
import { z } from 'zod';
import { AGENT_PANEL_PERMISSIONS } from '../../domain/connector';
import { AGENT_PRESENCES } from '../../domain/people';
import { AppError } from '../../errors';
import type { AgentService } from '../../services/agents';
import type { AgentWorkspace } from '../../services/agent-workspace';
import { required } from '../../services/required';
import { sessionIdOfKey } from '../../temporal/call-ids';
import { providerSessionIdOf, type CallClient } from '../../temporal/call-client';
import { endpoint } from '../http/endpoint';
import { idParams, objectId } from '../http/schemas';

const AGENTS = ['agent', 'admin'] as const;
const ADMIN = ['admin'] as const;
/** Calls older than this have finished their workflows' disposition wait: no need to ask them. */
const DISPOSABLE_FOR_MS = 24 * 3_600_000;

const panelBody = z.strictObject({
  enabled: z.boolean().default(false),
  url: z
    .string()
    .trim()
    .max(4000)
    .default('')
    .describe('The iframe URL; mail-merge fields (@customerNumber, @{Lead:FirstName,}…) are URL-encoded'),
  title: z.string().trim().min(1).max(100).default('Agent panel'),
  width: z.number().int().min(200).max(4000).default(400).describe('pixels'),
  height: z.number().int().min(150).max(4000).default(500).describe('pixels'),
  permissions: z.array(z.enum(AGENT_PANEL_PERMISSIONS)).max(AGENT_PANEL_PERMISSIONS.length).default([]),
  showOnTop: z.boolean().default(false).describe('Shown above the call popup rather than beside it'),
  hideScaleButtons: z.boolean().default(false).describe('No maximise/minimise buttons'),
});

const agentPanelSchema = z.object({
  title: z.string(),
  url: z.string().describe('The panel URL with its mail-merge values filled in, each URL-encoded'),
  width: z.number(),
  height: z.number(),
  permissions: z.array(z.string()),
  showOnTop: z.boolean(),
  hideScaleButtons: z.boolean(),
});

const recentCallSchema = z.object({
  id: z.string(),
  workflowId: z.string(),
  connectorId: z.string(),
  direction: z.string().nullable(),
  status: z.string().nullable(),
  customerNumber: z.string().nullable(),
  virtualNumber: z.string().nullable(),
  leadId: z.string().nullable(),
  startTime: z.string().nullable(),
  durationSeconds: z.number().nullable(),
  disposition: z.enum(['needed', 'given', 'none']).describe('needed: the call still takes a disposition; given: it has one'),
});

export function makeAgentWorkspaceEndpoints({
  agents,
  workspace,
  calls,
}: {
  agents: AgentService;
  workspace: AgentWorkspace;
  calls: CallClient;
}) {
  /** Whether the call still takes a disposition, from its workflow (only while it may still be waiting for one). */
  async function dispositionOf(workflowId: string, startTime: string | null): Promise<'needed' | 'given' | 'none'> {
    if (startTime && Date.now() - Date.parse(startTime) > DISPOSABLE_FOR_MS * 2) return 'none';
    const state = await calls.state(workflowId).catch(() => null);
    if (state?.disposition) return 'given';
    return state?.settings && state.endedAt ? 'needed' : 'none';
  }

  return [
    endpoint({
      method: 'put',
      path: '/api/agent/presence',
      summary: 'Available or away: call routing never picks an agent who is away',
      tag: 'Agent',
      access: AGENTS,
      body: z.strictObject({ presence: z.enum(AGENT_PRESENCES) }),
      response: z.object({ presence: z.enum(AGENT_PRESENCES) }),
      errors: { 400: 'Invalid body' },
      handler: async ({ body, user }) => {
        await agents.setPresence(user?.id ?? '', body.presence);
        return { presence: body.presence };
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/agent/calls',
      summary: "The agent's own recent calls, newest first, with whether each still takes a disposition",
      tag: 'Agent',
      access: AGENTS,
      query: z.object({ limit: z.coerce.number().int().min(1).max(50).default(15) }),
      response: z.object({ items: z.array(recentCallSchema) }),
      handler: async ({ query, user }) => {
        const items = await workspace.recentCalls(user?.id ?? '', query.limit);
        return {
          items: await Promise.all(items.map(async (c) => ({ ...c, disposition: await dispositionOf(c.workflowId, c.startTime) }))),
        };
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/agent/disposition-options',
      summary: "A connector's disposition values and the follow-ups their modes ask for (off, optional, mandatory)",
      tag: 'Agent',
      access: AGENTS,
      query: z.object({ connectorId: objectId }),
      response: z.object({
        connectorId: z.string(),
        connectorName: z.string(),
        values: z.array(z.string()),
        requiredBeforeNextCall: z.boolean(),
        task: z.object({ mode: z.string() }),
        customActivity: z.object({ mode: z.string(), type: z.string() }),
      }),
      errors: { 404: 'No such connector' },
      handler: async ({ query }) => workspace.dispositionOptions(query.connectorId),
    }),
    endpoint({
      method: 'get',
      path: '/api/agent/panels',
      // Each URL has the agent's values filled in; the current call's connector comes first, with the call's values too.
      summary:
        "The agent panels the agent may see in or out of a call (connectors without teams, or with one of the agent's teams), URLs filled in",
      tag: 'Agent',
      access: AGENTS,
      response: z.object({
        items: z.array(
          agentPanelSchema.extend({
            connectorId: z.string(),
            connectorName: z.string(),
            onCall: z.boolean().describe("Whether the URL carries the current call's values"),
          }),
        ),
      }),
      handler: async ({ user }) => {
        const userId = user?.id ?? '';
        const { status, call } = await agents.stateOf(userId);
        const current =
          status !== 'free' && call
            ? {
                connectorId: call.connectorId,
                agentUserId: userId,
                leadId: call.leadId,
                customerNumber: call.customerNumber || null,
                virtualNumber: call.virtualNumber,
                callSessionId: call.sessionId ?? sessionIdOfKey(call.callKey) ?? call.callKey,
              }
            : null;
        return { items: await workspace.panelsFor(userId, current) };
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/agent/panel',
      summary: "The agent panel of the agent's call: the connector's iframe with the call's mail-merge values filled in",
      tag: 'Agent',
      access: AGENTS,
      query: z.object({ workflowId: z.string().min(1).max(300) }),
      response: z.object({
        panel: agentPanelSchema.nullable().describe("null: the connector has no panel, or it is not for the agent's teams"),
      }),
      errors: { 403: 'Not your call', 404: 'No such call' },
      handler: async ({ query, user }) => {
        const state = required(await calls.state(query.workflowId), 'Call', query.workflowId);
        // A call whose agent is not known yet (a placed call before the provider's first event) has no panel yet.
        if (!state.agentUserId) return { panel: null };
        if (user?.role !== 'admin' && state.agentUserId !== user?.id) throw new AppError('FORBIDDEN', 'This call is not yours.');
        const panel = await workspace.panelFor({
          connectorId: state.connectorId,
          agentUserId: state.agentUserId,
          leadId: state.leadId,
          customerNumber:
            state.popup?.callerNumber ??
            (state.call?.direction === 'Outbound' ? state.call.destinationNumber : state.call?.sourceNumber) ??
            state.route?.callerNumber ??
            null,
          virtualNumber: state.popup?.virtualNumber ?? state.call?.displayNumber ?? state.route?.virtualNumber ?? null,
          callSessionId: providerSessionIdOf(state),
        });
        return { panel };
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/admin/connectors/:id/agent-panel',
      summary: "A connector's agent panel: the iframe the agent console shows during the connector's calls",
      tag: 'Connectors',
      access: ADMIN,
      params: idParams,
      response: panelBody,
      errors: { 404: 'Not found' },
      handler: async ({ params }) => workspace.panelSettings(params.id),
    }),
    endpoint({
      method: 'put',
      path: '/api/admin/connectors/:id/agent-panel',
      summary: "Replace a connector's agent panel (URL with mail-merge fields, title, size, iframe permissions)",
      tag: 'Connectors',
      access: ADMIN,
      params: idParams,
      body: panelBody,
      response: panelBody,
      errors: { 400: 'Invalid settings (an unknown mail-merge field, a URL that is not http(s))', 404: 'Not found' },
      handler: async ({ params, body }) => {
        if (body.url && !/^https?:\/\//i.test(body.url))
          throw new AppError('VALIDATION_FAILED', 'The panel URL must be an http(s) URL.', [
            { field: 'body.url', code: 'not_http', message: 'must start with http:// or https://' },
          ]);
        return workspace.savePanelSettings(params.id, body);
      },
    }),
  ];
}
