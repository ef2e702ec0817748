/** Single sign-on: a provider's own agent application gets a short-lived session for one of the connector's agents. */
import { z } from 'zod';
import { phoneLookupKeys } from '../../call/phone';
import { AppError } from '../../errors';
import type { AgentService, SsoAgentRef } from '../../services/agents';
import type { AuthSessions } from '../../services/auth-sessions';
import { REDACTED } from '../../services/request-log';
import { endpoint } from '../http/endpoint';
import { makeWebhookRunner, webhookParams, type WebhookDeps } from './pipeline';
import { makeSsoRateLimiters, type SsoRateLimits } from './sso-rate-limit';

const SSO_TTL_MINUTES = 15;

export function makeAgentSsoEndpoints({
  webhook,
  agents,
  sessions,
  rateLimits,
}: {
  webhook: WebhookDeps;
  agents: AgentService;
  sessions: AuthSessions;
  rateLimits: SsoRateLimits;
}) {
  const runner = makeWebhookRunner(webhook);
  const limiters = makeSsoRateLimiters(rateLimits);

  return [
    endpoint({
      method: 'post',
      path: '/webhooks/:connectorId/:secret/sso',
      summary: "Single sign-on: a short-lived session for an agent in the connector's teams or mapped to it (when the connector allows it)",
      tag: 'Provider webhooks',
      access: 'provider',
      before: limiters,
      params: webhookParams,
      rawBody: true,
      body: z.object({ AgentId: z.string().optional(), AgentEmail: z.string().optional(), AgentPhone: z.string().optional() }),
      response: z.object({ Status: z.literal('Success'), Token: z.string(), ExpiresAt: z.string() }),
      errors: {
        400: 'No agent given',
        401: 'Wrong webhook secret or header',
        403: 'Single sign-on is off for this connector',
        404: "No such agent, or not one of this connector's",
        429: 'Too many requests from this address or for this connector',
      },
      handler: async ({ req, res, params }) => {
        await runner.run('sso', req, res, params, async ({ view, payload, ctx }) => {
          if (!view.sso.enabled) throw new AppError('FORBIDDEN', 'Single sign-on is off for this connector.');
          const p = payload as { AgentId?: unknown; AgentEmail?: unknown; AgentPhone?: unknown };
          const ref: SsoAgentRef | null =
            typeof p.AgentEmail === 'string'
              ? { email: p.AgentEmail.toLowerCase() }
              : typeof p.AgentPhone === 'string'
                ? { phoneKeys: phoneLookupKeys(p.AgentPhone, ctx.defaultCountry) }
                : typeof p.AgentId === 'string'
                  ? { agentId: p.AgentId }
                  : null;
          if (!ref) throw new AppError('VALIDATION_FAILED', 'Give AgentId, AgentEmail or AgentPhone.');
          const agent = await agents.ssoAgent(ref, { id: view.id, teamIds: view.teamIds });
          if (!agent) throw new AppError('NOT_FOUND', 'No active agent matches.');
          const expiresAt = new Date(Date.now() + SSO_TTL_MINUTES * 60_000);
          const token = await sessions.start(agent, expiresAt);
          const body = { Status: 'Success', Token: token, ExpiresAt: expiresAt.toISOString() };
          return { status: 200, workflowId: null, body, logBody: { ...body, Token: REDACTED } };
        });
        return undefined;
      },
    }),
  ];
}
