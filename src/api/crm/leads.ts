/** Admin and ops API: leads. */
import { z } from 'zod';
import type { LeadService } from '../../services/leads';
import { endpoint } from '../http/endpoint';
import { idParams, objectId, paging, phoneIn } from '../http/schemas';

const ADMIN = ['admin'] as const;
const ADMIN_OPS = ['admin', 'ops'] as const;

const leadResponse = z.object({
  id: z.string(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  email: z.string().optional(),
  phone: z.string(),
  secondaryPhones: z.array(z.string()),
  ownerId: z.string().nullable(),
  source: z.string().optional(),
});

export function makeLeadEndpoints({ leads, defaultCountry }: { leads: LeadService; defaultCountry: string }) {
  const phone = phoneIn(defaultCountry);
  const leadFields = {
    firstName: z.string().trim().max(100),
    lastName: z.string().trim().max(100),
    email: z.email().max(254),
    phone,
    secondaryPhones: z.array(phone).max(10),
    ownerId: objectId.nullable(),
  };

  return [
    endpoint({
      method: 'get',
      path: '/api/admin/leads',
      summary: 'List leads, optionally by phone number',
      tag: 'Leads',
      access: ADMIN_OPS,
      query: paging.extend({ phone: z.string().optional() }),
      response: z.object({ items: z.array(leadResponse) }),
      handler: async ({ query }) => ({ items: await leads.list(query) }),
    }),
    endpoint({
      method: 'post',
      path: '/api/admin/leads',
      summary: 'Create a lead',
      tag: 'Leads',
      access: ADMIN,
      body: z.strictObject({
        ...leadFields,
        firstName: leadFields.firstName.optional(),
        lastName: leadFields.lastName.optional(),
        email: leadFields.email.optional(),
        secondaryPhones: leadFields.secondaryPhones.default([]),
        ownerId: leadFields.ownerId.default(null),
      }),
      status: 201,
      response: leadResponse,
      errors: { 400: 'Invalid body' },
      handler: async ({ body }) => leads.create(body),
    }),
    endpoint({
      method: 'get',
      path: '/api/admin/leads/:id',
      summary: 'Get a lead',
      tag: 'Leads',
      access: ADMIN_OPS,
      params: idParams,
      response: leadResponse,
      errors: { 404: 'Not found' },
      handler: async ({ params }) => leads.get(params.id),
    }),
    endpoint({
      method: 'patch',
      path: '/api/admin/leads/:id',
      summary: 'Update a lead',
      tag: 'Leads',
      access: ADMIN,
      params: idParams,
      body: z.strictObject(leadFields).partial(),
      response: leadResponse,
      errors: { 400: 'Invalid body', 404: 'Not found' },
      handler: async ({ params, body }) => leads.update(params.id, body),
    }),
  ];
}
