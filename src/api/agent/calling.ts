/**
 * Calls an agent places and the mobile app's incoming popup, on the connectors the agent may use:
 * those assigned to the agent's teams, else the default connector.
 *
 * Click-to-call runs as a Temporal workflow (the provider request is a step with retries and a
 * failed-step record); the API waits on the workflow's outcome update, which answers as soon as the
 * provider accepted, refused, or kept failing. The mobile pull popup is a direct, synchronous call.
 */
import crypto from 'node:crypto';
import { z } from 'zod';
import { normalizePhone, phoneLookupKeys, toCountryCode } from '../../call/phone';
import { AppError } from '../../errors';
import type { AgentService } from '../../services/agents';
import type { CallingService } from '../../services/calling';
import type { LeadService } from '../../services/leads';
import { phoneForms } from '../../services/merge-values';
import type { ProviderApi } from '../../services/provider-api';
import { required } from '../../services/required';
import { providerSessionIdOf, type CallClient } from '../../temporal/call-client';
import type { ClickToCallClient } from '../../temporal/click-to-call-client';
import { providerFailure } from '../connectors/provider-checks';
import { endpoint } from '../http/endpoint';
import { objectId } from '../http/schemas';

const AGENTS = ['agent', 'admin'] as const;

export interface CallingDeps {
  calling: CallingService;
  agents: AgentService;
  leads: LeadService;
  calls: CallClient;
  clickToCalls: ClickToCallClient;
  providerApi: ProviderApi;
}

export function makeCallingEndpoints({ calling, agents, leads, calls, clickToCalls, providerApi }: CallingDeps) {
  const callBody = z
    .strictObject({
      leadId: objectId.optional(),
      phone: z.string().trim().min(3).max(40).optional().describe("The number to call; defaults to the lead's"),
      virtualNumber: z.string().trim().max(40).optional().describe("One of the agent's virtual numbers; defaults to the first"),
    })
    .refine((b) => b.leadId || b.phone, { message: 'give leadId or phone', path: ['leadId'] });

  const outcomeSchema = z.object({
    status: z.enum(['placed', 'rejected', 'failed']),
    message: z.string(),
    callSessionId: z.string(),
    providerCallId: z.string().nullable(),
    callWorkflowId: z.string().nullable(),
    connectorId: z.string(),
    virtualNumber: z.string(),
  });

  async function placeCall(userId: string, body: z.infer<typeof callBody>) {
    const lead = body.leadId ? required(await leads.phoneOf(body.leadId), 'Lead', body.leadId) : null;
    const connectors = await calling.eligible(userId, 'clickToCall');
    const wanted = body.virtualNumber;
    const choice = connectors
      .flatMap((c) => c.virtualNumbers.map((v) => ({ c, v })))
      .find(({ c, v }) => {
        if (!wanted) return true;
        const country = toCountryCode(c.defaultCountry) ?? 'IN';
        return (normalizePhone(v.number, country) ?? v.number) === (normalizePhone(wanted, country) ?? wanted);
      });
    if (!choice) {
      throw new AppError(
        'NO_VIRTUAL_NUMBER',
        wanted ? `${wanted} is not a virtual number of a connector you may call through.` : undefined,
        [{ field: 'body.virtualNumber', code: 'not_eligible', message: wanted ?? 'none available' }],
      );
    }
    const country = toCountryCode(choice.c.defaultCountry) ?? 'IN';
    const raw = body.phone ?? lead?.phone ?? '';
    const customerNumber = normalizePhone(raw, country);
    if (!customerNumber)
      throw new AppError('VALIDATION_FAILED', `"${raw}" is not a phone number.`, [
        { field: 'body.phone', code: 'not_a_phone', message: raw },
      ]);
    const callSessionId = `pc-${crypto.randomUUID()}`;
    const { workflowId, outcome } = await clickToCalls.place({
      connectorId: choice.c.id,
      agentUserId: userId,
      leadId: lead ? lead.id : null,
      customerNumber,
      virtualNumber: choice.v.number,
      callSessionId,
    });
    const answer = { ...outcome, connectorId: choice.c.id, virtualNumber: choice.v.number };
    if (outcome.status === 'rejected')
      throw new AppError('PROVIDER_REJECTED', outcome.message, [{ field: 'provider', code: 'rejected', message: outcome.message }]);
    if (outcome.status === 'unknown')
      throw new AppError('PROVIDER_OUTCOME_UNKNOWN', outcome.message, [{ field: 'workflowId', code: 'failed_step', message: workflowId }]);
    if (outcome.status === 'failed')
      throw new AppError('PROVIDER_UNAVAILABLE', `The call could not be placed: ${outcome.message}`, [
        { field: 'workflowId', code: 'failed_step', message: workflowId },
      ]);
    if (outcome.callWorkflowId) {
      const callKey = outcome.callWorkflowId.split(':').slice(2).join(':');
      await agents.markPlacedCall(userId, {
        workflowId: outcome.callWorkflowId,
        connectorId: choice.c.id,
        callKey,
        sessionId: outcome.providerCallId ?? callSessionId,
        direction: 'Outbound',
        customerNumber,
        virtualNumber: choice.v.number,
        leadId: lead ? lead.id : null,
        ivr: null,
        startedAt: new Date().toISOString(),
        answeredAt: null,
        endedAt: null,
        dispositionRequired: false,
        disposed: false,
      });
    }
    return answer;
  }

  const clickToCallEndpoint = (path: string, summary: string) =>
    endpoint({
      method: 'post',
      path,
      summary,
      tag: 'Calling',
      access: AGENTS,
      body: callBody,
      response: outcomeSchema,
      errors: {
        400: 'Invalid body',
        404: 'Lead not found',
        409: 'No virtual number available',
        422: 'The provider refused (its own message)',
        502: 'The provider could not be reached, or did not answer and may have placed the call (PROVIDER_OUTCOME_UNKNOWN); a failed step was recorded',
      },
      handler: async ({ body, user }) => placeCall(user?.id ?? '', body),
    });

  return [
    endpoint({
      method: 'post',
      path: '/api/agent/hangup',
      summary:
        "Ask the provider to hang up the agent's current call (the connector's hangup request); the call ends when the provider reports it",
      tag: 'Calling',
      access: AGENTS,
      body: z.strictObject({ workflowId: z.string().min(1).max(300) }),
      response: z.object({ requested: z.literal(true), message: z.string() }),
      errors: {
        403: 'Not your call',
        404: 'No such call',
        409: 'The call already ended, or the connector has no hangup request',
        422: 'The provider refused',
        502: 'The provider did not answer',
      },
      handler: async ({ body, user }) => {
        const state = required(await calls.state(body.workflowId), 'Call', body.workflowId);
        if (user?.role !== 'admin' && state.agentUserId !== user?.id) throw new AppError('FORBIDDEN', 'This call is not yours.');
        if (state.endedAt) throw new AppError('CONFLICT', 'The call has already ended.');
        const connector = required(await calling.placeOf(state.connectorId), 'Connector', state.connectorId);
        const values = await calling.mergeValues({
          connectorId: state.connectorId,
          defaultCountry: toCountryCode(connector.defaultCountry) ?? 'IN',
          timeZone: connector.timeZone,
          agentUserId: state.agentUserId,
          leadId: state.leadId,
          customerNumber: state.popup?.callerNumber ?? state.route?.callerNumber ?? null,
          virtualNumber: state.popup?.virtualNumber ?? state.route?.virtualNumber ?? null,
          callSessionId: providerSessionIdOf(state),
        });
        let verdict;
        try {
          ({ verdict } = await providerApi.call(state.connectorId, 'hangup', values, { workflowId: body.workflowId }));
        } catch (err) {
          throw providerFailure(err);
        }
        if (verdict.outcome === 'error') throw new AppError('PROVIDER_REJECTED', verdict.message);
        return { requested: true as const, message: verdict.message };
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/agent/virtual-numbers',
      summary:
        'The virtual numbers the agent may call from (team connectors, else the default connector), and why click-to-call is unavailable when it is',
      tag: 'Calling',
      access: AGENTS,
      response: z.object({
        items: z.array(z.object({ connectorId: z.string(), connectorName: z.string(), number: z.string(), tag: z.string() })),
        unavailable: z.string().nullable().describe('Why the agent cannot place calls now, in words; null when the agent can'),
      }),
      handler: async ({ user }) => {
        const userId = user?.id ?? '';
        const [connectors, phones] = await Promise.all([calling.eligible(userId, 'clickToCall'), calling.phonesOf(userId)]);
        const items = connectors.flatMap((c) => c.virtualNumbers.map((v) => ({ connectorId: c.id, connectorName: c.name, ...v })));
        const unavailable =
          connectors.length === 0
            ? 'No connector you may use offers click-to-call (ask an admin to enable it on your team’s connector).'
            : items.length === 0
              ? 'Your connectors have no virtual numbers to call from.'
              : !phones?.length
                ? 'Your user has no phone number for the provider to ring first (ask an admin to add one).'
                : null;
        return { items, unavailable };
      },
    }),
    clickToCallEndpoint('/api/agent/click-to-call', 'Click-to-call from the agent console: the provider rings the agent, then the lead'),
    clickToCallEndpoint('/api/mobile/click-to-call', 'Cloud call from the mobile app (mobile cloud calling)'),
    endpoint({
      method: 'get',
      path: '/api/mobile/incoming-popup',
      summary: "Who is calling the agent's phone now: asks the provider's pull API and returns the lead popup",
      tag: 'Calling',
      access: AGENTS,
      query: z.object({ agentPhone: z.string().trim().min(3).max(40).optional().describe("Defaults to the agent's first phone number") }),
      response: z.object({
        ringing: z.boolean(),
        message: z.string(),
        customerNumber: z.string().nullable(),
        providerCallId: z.string().nullable(),
        connectorId: z.string().nullable(),
        lead: z.unknown().nullable(),
      }),
      errors: {
        403: 'agentPhone is not one of your own phone numbers',
        409: 'No connector with a popup pull API',
        422: 'The provider refused',
        502: 'The provider did not answer',
      },
      handler: async ({ query, user }) => {
        const userId = user?.id ?? '';
        const connectors = await calling.eligible(userId, 'popupPull');
        const c = connectors[0];
        if (!c) throw new AppError('PROVIDER_OPERATION_DISABLED', 'No connector you may use has a popup pull API enabled.');
        const country = toCountryCode(c.defaultCountry) ?? 'IN';
        const phones = await calling.phonesOf(userId);
        // Only the agent's own numbers: asking about anyone else's phone would tell who calls them
        // and whether the caller is in the CRM. Every other number gets the same answer.
        const e164 = (n: string) => normalizePhone(n, country) ?? n;
        if (query.agentPhone !== undefined && !(phones ?? []).some((p) => e164(p) === e164(query.agentPhone ?? '')))
          throw new AppError('FORBIDDEN', 'agentPhone must be one of your own phone numbers.', [
            { field: 'query.agentPhone', code: 'not_yours', message: 'not one of your phone numbers' },
          ]);
        const agentPhone = query.agentPhone ?? phones?.[0];
        if (!agentPhone)
          throw new AppError('VALIDATION_FAILED', 'Your user has no phone number; give agentPhone.', [
            { field: 'query.agentPhone', code: 'missing', message: 'required' },
          ]);
        const values = await calling.mergeValues({ connectorId: c.id, defaultCountry: country, timeZone: c.timeZone, agentUserId: userId });
        // The phone asked about may be another of the agent's numbers than the first.
        const f = phoneForms(normalizePhone(agentPhone, country) ?? agentPhone, country);
        const forms = { agentNumber: f.e164, agentNumberNational: f.national, AssociatedPhoneNumberWithoutCountryCode: f.national };
        let verdict;
        try {
          ({ verdict } = await providerApi.call(c.id, 'popupPull', { ...values, ...forms }));
        } catch (err) {
          throw providerFailure(err);
        }
        const number =
          typeof verdict.data.customerNumber === 'string' || typeof verdict.data.customerNumber === 'number'
            ? String(verdict.data.customerNumber)
            : '';
        const providerCallId = typeof verdict.data.callId === 'string' ? verdict.data.callId : null;
        if (verdict.outcome === 'error' || !number)
          return { ringing: false, message: verdict.message, customerNumber: null, providerCallId: null, connectorId: c.id, lead: null };
        const customerNumber = normalizePhone(number, country) ?? number;
        const keys = phoneLookupKeys(number, country);
        return {
          ringing: true,
          message: verdict.message,
          customerNumber,
          providerCallId,
          connectorId: c.id,
          lead: await leads.summaryWithPhone(keys),
        };
      },
    }),
  ];
}
