/**
 * Ops API: failed workflow steps across calls, retry or skip (one by one or in bulk, as Temporal
 * updates the workflow validates).
 */
import { z } from 'zod';
import { FAILED_STEP_STATUSES } from '../../domain/lifecycle';
import type { FailedStepService } from '../../services/failed-steps';
import type { CallClient } from '../../temporal/call-client';
import type { AuthedUser } from '../http/auth';
import { endpoint } from '../http/endpoint';
import { objectId, paging } from '../http/schemas';
import type { WorkflowLink } from './temporal-ui';

const OPS = ['admin', 'ops'] as const;
const ACTIONS = ['retry', 'skip'] as const;

export function makeFailedStepEndpoints({
  failedSteps,
  calls,
  workflowLink,
}: {
  failedSteps: FailedStepService;
  calls: CallClient;
  workflowLink: WorkflowLink;
}) {
  async function decide(id: string, action: (typeof ACTIONS)[number], user: AuthedUser) {
    const workflowId = await failedSteps.workflowOf(id);
    return calls.decideStep(workflowId, { stepId: id, action, by: user.email }, `call of step ${id}`);
  }

  return [
    endpoint({
      method: 'get',
      path: '/api/ops/failed-steps',
      summary: 'Failed steps across calls',
      tag: 'Ops',
      access: OPS,
      query: paging.extend({
        status: z.enum(FAILED_STEP_STATUSES).default('failed'),
        connectorId: objectId.optional(),
        step: z.string().max(100).optional(),
        olderThanMinutes: z.coerce.number().int().min(0).max(525_600).optional(),
      }),
      response: z.object({
        items: z.array(
          z.looseObject({
            id: z.string(),
            workflowId: z.string(),
            connectorId: z.string().nullable(),
            step: z.string(),
            error: z.string(),
            errorType: z.string().nullable(),
            attempts: z.number(),
            input: z.unknown(),
            status: z.enum(FAILED_STEP_STATUSES),
            decidedBy: z.string().nullable(),
            createdAt: z.date(),
            updatedAt: z.date().optional(),
            temporalUiUrl: z.string().nullable().describe('The workflow in the Temporal UI, when its address is configured'),
          }),
        ),
      }),
      handler: async ({ query }) => ({
        items: (await failedSteps.list(query)).map((s) => ({ ...s, temporalUiUrl: workflowLink(s.workflowId) })),
      }),
    }),
    endpoint({
      method: 'post',
      path: '/api/ops/failed-steps/:id/decision',
      summary: 'Retry or skip one failed step',
      tag: 'Ops',
      access: OPS,
      params: z.object({ id: z.string().min(1).max(100) }),
      body: z.strictObject({ action: z.enum(ACTIONS) }),
      response: z.object({ stepId: z.string(), status: z.string() }),
      errors: { 404: 'No such step or call', 409: 'The step is not failed (already decided)' },
      handler: async ({ params, body, user }) => decide(params.id, body.action, user as AuthedUser),
    }),
    endpoint({
      method: 'post',
      path: '/api/ops/failed-steps/decisions',
      summary: 'Retry or skip several failed steps',
      tag: 'Ops',
      access: OPS,
      body: z.strictObject({ ids: z.array(z.string().min(1).max(100)).min(1).max(500), action: z.enum(ACTIONS) }),
      response: z.object({
        results: z.array(z.object({ id: z.string(), ok: z.boolean(), status: z.string().optional(), error: z.string().optional() })),
      }),
      handler: async ({ body, user }) => {
        const results = [];
        for (const id of body.ids) {
          try {
            const r = await decide(id, body.action, user as AuthedUser);
            results.push({ id, ok: true, status: r.status });
          } catch (err) {
            results.push({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
          }
        }
        return { results };
      },
    }),
  ];
}
