/** Admin API: teams and their members (agents). */
import { z } from 'zod';
import type { TeamService } from '../../services/teams';
import { endpoint } from '../http/endpoint';
import { idParams, objectId } from '../http/schemas';

const ADMIN = ['admin'] as const;

const member = z.object({ id: z.string(), name: z.string(), email: z.string(), active: z.boolean() });
const team = z.object({ id: z.string(), name: z.string(), members: z.array(member).describe('The agents in the team, by name') });
const memberParams = z.object({ id: objectId, userId: objectId });

export function makeTeamEndpoints({ teams }: { teams: TeamService }) {
  return [
    endpoint({
      method: 'get',
      path: '/api/admin/teams',
      summary: 'List teams with their members',
      tag: 'Teams',
      access: ADMIN,
      response: z.object({ items: z.array(team) }),
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
      response: team,
      errors: { 409: 'Name taken' },
      handler: async ({ body }) => teams.create(body.name),
    }),
    endpoint({
      method: 'get',
      path: '/api/admin/teams/:id',
      summary: 'Get a team with its members',
      tag: 'Teams',
      access: ADMIN,
      params: idParams,
      response: team,
      errors: { 404: 'Not found' },
      handler: async ({ params }) => teams.get(params.id),
    }),
    endpoint({
      method: 'put',
      path: '/api/admin/teams/:id/members',
      summary: "Replace a team's members (agents only; each refused id named by position)",
      tag: 'Teams',
      access: ADMIN,
      params: idParams,
      body: z.strictObject({ userIds: z.array(objectId).max(1000) }),
      response: team,
      errors: { 400: 'An id is repeated, unknown or not an agent', 404: 'Not found' },
      handler: async ({ params, body }) => teams.setMembers(params.id, body.userIds),
    }),
    endpoint({
      method: 'post',
      path: '/api/admin/teams/:id/members',
      summary: 'Add an agent to a team (adding a member again changes nothing)',
      tag: 'Teams',
      access: ADMIN,
      params: idParams,
      body: z.strictObject({ userId: objectId }),
      response: team,
      errors: { 400: 'Unknown user or not an agent', 404: 'Not found' },
      handler: async ({ params, body }) => teams.addMember(params.id, body.userId),
    }),
    endpoint({
      method: 'delete',
      path: '/api/admin/teams/:id/members/:userId',
      summary: 'Remove a user from a team',
      tag: 'Teams',
      access: ADMIN,
      params: memberParams,
      response: team,
      errors: { 404: 'Team or user not found, or the user is not a member' },
      handler: async ({ params }) => teams.removeMember(params.id, params.userId),
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
