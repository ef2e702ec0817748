/** Admin API: users (roles, phone numbers, provider agent ids). */
import { z } from 'zod';
import { ROLES } from '../../domain/people';
import type { UserService } from '../../services/users';
import { endpoint } from '../http/endpoint';
import { idParams, objectId, phoneIn } from '../http/schemas';

const ADMIN = ['admin'] as const;

const agentId = z.object({ agentId: z.string().trim().min(1).max(128), connectorId: objectId.nullable().default(null) });

const userResponse = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  phones: z.array(z.string()),
  agentIds: z.array(z.object({ agentId: z.string(), connectorId: z.string().nullable() })),
  teamIds: z.array(z.string()),
  active: z.boolean(),
});

export function makeUserEndpoints({ users, defaultCountry }: { users: UserService; defaultCountry: string }) {
  const phone = phoneIn(defaultCountry);

  const userFields = {
    email: z.email().max(254),
    name: z.string().trim().min(1).max(200),
    role: z.enum(ROLES),
    password: z.string().min(8, 'must be at least 8 characters').max(200),
    phones: z.array(phone).max(10),
    agentIds: z.array(agentId).max(50),
    teamIds: z.array(objectId).max(100),
    active: z.boolean(),
  };
  const createUser = z.strictObject({
    ...userFields,
    phones: userFields.phones.default([]),
    agentIds: userFields.agentIds.default([]),
    teamIds: userFields.teamIds.default([]),
    active: userFields.active.default(true),
  });
  const updateUser = z.strictObject(userFields).partial();

  return [
    endpoint({
      method: 'get',
      path: '/api/admin/users',
      summary: 'List users',
      tag: 'Users',
      access: ADMIN,
      response: z.object({ items: z.array(userResponse) }),
      handler: async () => ({ items: await users.list() }),
    }),
    endpoint({
      method: 'post',
      path: '/api/admin/users',
      summary: 'Create a user',
      tag: 'Users',
      access: ADMIN,
      body: createUser,
      status: 201,
      response: userResponse,
      errors: { 400: 'Invalid body', 409: 'Email or agent id taken' },
      handler: async ({ body }) => users.create(body),
    }),
    endpoint({
      method: 'get',
      path: '/api/admin/users/:id',
      summary: 'Get a user',
      tag: 'Users',
      access: ADMIN,
      params: idParams,
      response: userResponse,
      errors: { 404: 'Not found' },
      handler: async ({ params }) => users.get(params.id),
    }),
    endpoint({
      method: 'patch',
      path: '/api/admin/users/:id',
      summary: 'Update a user',
      tag: 'Users',
      access: ADMIN,
      params: idParams,
      body: updateUser,
      response: userResponse,
      errors: { 400: 'Invalid body', 404: 'Not found', 409: 'Email or agent id taken' },
      handler: async ({ params, body }) => users.update(params.id, body),
    }),
  ];
}
