/** Admin and ops API: the phone-call activities (read-only). */
import { z } from 'zod';
import type { CallActivityService } from '../../services/call-activities';
import { endpoint } from '../http/endpoint';
import { objectId, paging } from '../http/schemas';

const ADMIN_OPS = ['admin', 'ops'] as const;

const activityResponse = z.object({
  id: z.string(),
  connectorId: z.string(),
  leadId: z.string().nullable(),
  agentId: z.string().nullable(),
  /** The call's workflow: its timeline is at GET /api/ops/calls/:workflowId. */
  workflowId: z.string(),
  /** Null when no event of the call said it. */
  direction: z.string().nullable(),
  status: z.string().nullable(),
  complete: z.boolean(),
  missingFields: z.array(z.string()),
  finalReason: z.string().nullable().describe('terminal-event or quiet-period; null while the call is not final'),
  noFinalEvent: z.boolean(),
  opportunityId: z.string().nullable().optional(),
  providerAgentId: z.string().nullable().optional(),
  /** Per field (`custom.<key>` for custom values), the kind of event its value came from. */
  fieldSources: z.record(z.string(), z.string()).optional(),
  sourceNumber: z.string().optional(),
  destinationNumber: z.string().optional(),
  displayNumber: z.string().optional(),
  agentNumber: z.string().optional(),
  unverifiedNumbers: z.array(z.string()).optional(),
  durationSeconds: z.number().optional(),
  ringSeconds: z.number().optional(),
  totalSeconds: z.number().optional(),
  startTime: z.date().optional(),
  answeredAt: z.date().optional(),
  endTime: z.date().optional(),
  providerStatus: z.string().optional(),
  hangupCause: z.string().optional(),
  ivr: z.string().optional(),
  notes: z.string().optional(),
  recordingUrl: z.string().optional(),
  sessionId: z.string().nullable(),
  caller: z
    .object({
      name: z.string().nullish(),
      city: z.string().nullish(),
      state: z.string().nullish(),
      country: z.string().nullish(),
      zipCode: z.string().nullish(),
    })
    .optional(),
  custom: z.record(z.string(), z.unknown()).optional(),
  mappingVersion: z.number(),
  updates: z.number(),
});

export function makeCallActivityEndpoints({ activities }: { activities: CallActivityService }) {
  return [
    endpoint({
      method: 'get',
      path: '/api/admin/activities',
      summary: 'List phone-call activities',
      tag: 'Activities',
      access: ADMIN_OPS,
      query: paging.extend({
        leadId: objectId.optional(),
        connectorId: objectId.optional(),
        agentId: objectId.optional(),
        complete: z.enum(['true', 'false']).optional().describe("false: calls that lack a field of their connector's complete set"),
        missing: z.string().trim().max(60).optional().describe('Calls that lack this field, e.g. destinationNumber'),
        noFinalEvent: z.enum(['true', 'false']).optional().describe('true: calls finalised after the quiet period without a final event'),
      }),
      response: z.object({ items: z.array(activityResponse) }),
      handler: async ({ query }) => ({ items: await activities.list(query) }),
    }),
    endpoint({
      method: 'get',
      path: '/api/admin/activities/:id',
      summary: 'Get a phone-call activity',
      tag: 'Activities',
      access: ADMIN_OPS,
      params: z.object({ id: z.string().min(1).max(300) }),
      response: activityResponse,
      errors: { 404: 'Not found' },
      handler: async ({ params }) => activities.get(params.id),
    }),
  ];
}
