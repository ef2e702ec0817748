/** Ops API: a call's state and timeline, from its workflow. */
import { z } from 'zod';
import { required } from '../../services/required';
import type { CallClient } from '../../temporal/call-client';
import { endpoint } from '../http/endpoint';
import type { WorkflowLink } from './temporal-ui';

const OPS = ['admin', 'ops'] as const;

export function makeCallTimelineEndpoints({ calls, workflowLink }: { calls: CallClient; workflowLink: WorkflowLink }) {
  return [
    endpoint({
      method: 'get',
      path: '/api/ops/calls/:workflowId',
      summary: "A call's state and timeline: every event, decision and side effect in order",
      tag: 'Ops',
      access: OPS,
      params: z.object({ workflowId: z.string().min(1).max(300) }),
      response: z.object({
        state: z.looseObject({
          timeline: z.array(
            z.object({
              at: z.string(),
              kind: z.enum(['event', 'decision', 'effect', 'failure', 'ops']),
              what: z.string(),
              detail: z.record(z.string(), z.unknown()).optional(),
            }),
          ),
        }),
        temporalUiUrl: z.string().nullable(),
      }),
      errors: { 404: 'No such call' },
      handler: async ({ params }) => {
        const state = required(await calls.state(params.workflowId), 'Call', params.workflowId);
        return { state: state as unknown as Record<string, unknown>, temporalUiUrl: workflowLink(params.workflowId) };
      },
    }),
  ];
}
