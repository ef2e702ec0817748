/** Admin and ops API: opportunities, the minimal model that routing and logging against an opportunity need. */
import { z } from 'zod';
import { OPPORTUNITY_STATUSES } from '../../domain/lifecycle';
import type { OpportunityService } from '../../services/opportunities';
import { endpoint } from '../http/endpoint';
import { idParams, objectId, paging } from '../http/schemas';

const ADMIN = ['admin'] as const;
const ADMIN_OPS = ['admin', 'ops'] as const;

const opportunityResponse = z.object({
  id: z.string(),
  leadId: z.string(),
  ownerId: z.string().nullable(),
  name: z.string(),
  stage: z.string(),
  status: z.enum(OPPORTUNITY_STATUSES),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export function makeOpportunityEndpoints({ opportunities }: { opportunities: OpportunityService }) {
  const fields = {
    name: z.string().trim().min(1).max(200),
    stage: z.string().trim().min(1).max(100),
    status: z.enum(OPPORTUNITY_STATUSES),
    ownerId: objectId.nullable(),
  };

  return [
    endpoint({
      method: 'post',
      path: '/api/admin/opportunities',
      summary: 'Create an opportunity on a lead',
      tag: 'Opportunities',
      access: ADMIN,
      body: z.strictObject({
        ...fields,
        leadId: objectId,
        stage: fields.stage.default('new'),
        status: fields.status.default('open'),
        ownerId: fields.ownerId.default(null),
      }),
      status: 201,
      response: opportunityResponse,
      errors: { 400: 'Invalid body, unknown lead or owner' },
      handler: async ({ body }) => opportunities.create(body),
    }),
    endpoint({
      method: 'get',
      path: '/api/admin/opportunities',
      summary: 'List opportunities, most recently updated first',
      tag: 'Opportunities',
      access: ADMIN_OPS,
      query: paging.extend({ leadId: objectId.optional(), ownerId: objectId.optional(), status: fields.status.optional() }),
      response: z.object({ items: z.array(opportunityResponse) }),
      handler: async ({ query }) => ({ items: await opportunities.list(query) }),
    }),
    endpoint({
      method: 'get',
      path: '/api/admin/opportunities/:id',
      summary: 'Get an opportunity',
      tag: 'Opportunities',
      access: ADMIN_OPS,
      params: idParams,
      response: opportunityResponse,
      errors: { 404: 'Not found' },
      handler: async ({ params }) => opportunities.get(params.id),
    }),
    endpoint({
      method: 'patch',
      path: '/api/admin/opportunities/:id',
      summary: 'Update an opportunity (stage, status, owner, name)',
      tag: 'Opportunities',
      access: ADMIN,
      params: idParams,
      body: z.strictObject(fields).partial(),
      response: opportunityResponse,
      errors: { 400: 'Invalid body or unknown owner', 404: 'Not found' },
      handler: async ({ params, body }) => opportunities.update(params.id, body),
    }),
  ];
}
