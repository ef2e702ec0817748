/** Admin API: teams. */
import { z } from 'zod';
import type { TeamService } from '../../services/teams';
import { endpoint } from '../http/endpoint';
import { idParams } from '../http/schemas';

const ADMIN = ['admin'] as const;

export function makeTeamEndpoints({ teams }: { teams: TeamService }) {
  return [
    endpoint({
      method: 'get',
      path: '/api/admin/teams',
      summary: 'List teams',
      tag: 'Teams',
      access: ADMIN,
      response: z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) }),
      handler: async () => ({ items: await teams.list() }),
    }),
    endpoint({
      method: 'post',
      path: '/api/admin/teams',
      summary: 'Create a team',
      tag: 'Teams',
      access: ADMIN,
      body: z.strictObject({ name: z.string().trim().min(1).max(100) }),
      status: 201,
      response: z.object({ id: z.string(), name: z.string() }),
      errors: { 409: 'Name taken' },
      handler: async ({ body }) => teams.create(body.name),
    }),
    endpoint({
      method: 'delete',
      path: '/api/admin/teams/:id',
      summary: 'Delete a team (removed from its users and connectors)',
      tag: 'Teams',
      access: ADMIN,
      params: idParams,
      errors: { 404: 'Not found' },
      handler: async ({ params }) => {
        await teams.remove(params.id);
        return undefined;
      },
    }),
  ];
}
