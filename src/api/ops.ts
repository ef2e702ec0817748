/**
 * Ops API: failed workflow steps across calls, retry or skip (one by one or in bulk, as Temporal
 * updates the workflow validates), and a call's timeline.
 */
import { z } from 'zod';
import { FAILED_STEP_STATUSES } from '../domain/lifecycle';
import type { Models } from '../db/models';
import { Types } from '../db/models';
import { AppError } from '../errors';
import type { CallClient } from '../temporal/call-client';
import type { AuthedUser } from './auth';
import { route } from './routes';
import { objectId, paging } from './schemas';

const OPS = ['admin', 'ops'] as const;
const ACTIONS = ['retry', 'skip'] as const;

export function makeOpsRoutes({ models, calls, namespace, temporalUiUrl }: { models: Models; calls: CallClient; namespace: string; temporalUiUrl: string | undefined }) {
  const { FailedStep } = models;

  function workflowLink(workflowId: string): string | null {
    return temporalUiUrl ? `${temporalUiUrl.replace(/\/$/, '')}/namespaces/${encodeURIComponent(namespace)}/workflows/${encodeURIComponent(workflowId)}` : null;
  }

  async function decide(id: string, action: (typeof ACTIONS)[number], user: AuthedUser) {
    const step = await FailedStep.findById(id).lean();
    if (!step) throw new AppError('NOT_FOUND', `Failed step ${id} not found.`);
    return calls.decideStep(step.workflowId, { stepId: id, action, by: user.email }, `call of step ${id}`);
  }

  return [
    route({
      method: 'get', path: '/api/ops/failed-steps', summary: 'Failed steps across calls', tag: 'Ops', access: OPS,
      query: paging.extend({
        status: z.enum(FAILED_STEP_STATUSES).default('failed'),
        connectorId: objectId.optional(),
        step: z.string().max(100).optional(),
        olderThanMinutes: z.coerce.number().int().min(0).max(525_600).optional(),
      }),
      response: z.object({ items: z.array(z.record(z.string(), z.unknown())) }),
      handler: async ({ query }) => {
        const filter: Record<string, unknown> = { status: query.status };
        if (query.connectorId) filter.connectorId = new Types.ObjectId(query.connectorId);
        if (query.step) filter.step = query.step;
        if (query.olderThanMinutes !== undefined) filter.createdAt = { $lte: new Date(Date.now() - query.olderThanMinutes * 60_000) };
        const docs = await FailedStep.find(filter).sort({ createdAt: -1 }).skip(query.skip).limit(query.limit).lean();
        return {
          items: docs.map(({ _id, connectorId, ...rest }) => ({ id: _id, connectorId: connectorId ? String(connectorId) : null, ...rest, temporalUiUrl: workflowLink(rest.workflowId) })),
        };
      },
    }),
    route({
      method: 'post', path: '/api/ops/failed-steps/:id/decision', summary: 'Retry or skip one failed step', tag: 'Ops', access: OPS,
      params: z.object({ id: z.string().min(1).max(100) }), body: z.strictObject({ action: z.enum(ACTIONS) }),
      response: z.object({ stepId: z.string(), status: z.string() }), errors: { 404: 'No such step or call', 409: 'The step is not failed (already decided)' },
      handler: async ({ params, body, user }) => decide(params.id, body.action, user as AuthedUser),
    }),
    route({
      method: 'post', path: '/api/ops/failed-steps/decisions', summary: 'Retry or skip several failed steps', tag: 'Ops', access: OPS,
      body: z.strictObject({ ids: z.array(z.string().min(1).max(100)).min(1).max(500), action: z.enum(ACTIONS) }),
      response: z.object({ results: z.array(z.object({ id: z.string(), ok: z.boolean(), status: z.string().optional(), error: z.string().optional() })) }),
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
    route({
      method: 'get', path: '/api/ops/calls/:workflowId', summary: 'A call\'s state and timeline: every event, decision and side effect in order', tag: 'Ops', access: OPS,
      params: z.object({ workflowId: z.string().min(1).max(300) }),
      response: z.object({
        state: z.looseObject({
          timeline: z.array(z.object({ at: z.string(), kind: z.enum(['event', 'decision', 'effect', 'failure', 'ops']), what: z.string(), detail: z.record(z.string(), z.unknown()).optional() })),
        }),
        temporalUiUrl: z.string().nullable(),
      }), errors: { 404: 'No such call' },
      handler: async ({ params }) => {
        const state = await calls.state(params.workflowId);
        if (!state) throw new AppError('NOT_FOUND', `Call ${params.workflowId} not found.`);
        return { state: state as unknown as Record<string, unknown>, temporalUiUrl: workflowLink(params.workflowId) };
      },
    }),
  ];
}
