/** Admin API: users (roles, phone numbers, provider agent ids) and teams. */
import { z } from 'zod';
import { AppError } from '../errors';
import { type Models, Types } from '../db/models';
import { ROLES } from '../domain/people';
import { findUserByAgentId } from '../services/agents';
import { hashPassword } from './auth';
import { route } from './routes';
import { idParams, objectId, phoneIn } from './schemas';

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

interface UserLike {
  _id: unknown;
  email: string;
  name: string;
  role: (typeof ROLES)[number];
  phones: string[];
  agentIds: { agentId: string; connectorId?: Types.ObjectId | null }[];
  teamIds: unknown[];
  active: boolean;
}

function toPublicUser(u: UserLike): z.infer<typeof userResponse> {
  return {
    id: String(u._id),
    email: u.email,
    name: u.name,
    role: u.role,
    phones: u.phones,
    agentIds: u.agentIds.map((a) => ({ agentId: a.agentId, connectorId: a.connectorId ? String(a.connectorId) : null })),
    teamIds: u.teamIds.map(String),
    active: u.active,
  };
}

export function makePeopleRoutes({ models, defaultCountry }: { models: Models; defaultCountry: string }) {
  const { User, Team } = models;
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
  const createUser = z.strictObject({ ...userFields, phones: userFields.phones.default([]), agentIds: userFields.agentIds.default([]), teamIds: userFields.teamIds.default([]), active: userFields.active.default(true) });
  const updateUser = z.strictObject(userFields).partial();

  async function checkUnique(body: { email?: string; agentIds?: { agentId: string; connectorId: string | null }[] }, exceptId?: string) {
    const not = exceptId ? { _id: { $ne: new Types.ObjectId(exceptId) } } : {};
    if (body.email && (await User.exists({ email: body.email.toLowerCase(), ...not }))) {
      throw new AppError('CONFLICT', `A user with email ${body.email} already exists.`, [{ field: 'body.email', code: 'duplicate', message: 'email is taken' }]);
    }
    for (const a of body.agentIds ?? []) {
      const clash = await findUserByAgentId(models, a.agentId, a.connectorId, exceptId ? { exceptUserId: exceptId } : {});
      if (clash) throw new AppError('CONFLICT', `Agent id ${a.agentId} is already mapped to another user.`, [{ field: 'body.agentIds', code: 'duplicate', message: `${a.agentId} is taken` }]);
    }
  }

  async function teamsExist(ids: string[] | undefined) {
    if (!ids?.length) return;
    const found = await Team.countDocuments({ _id: { $in: ids } });
    if (found !== new Set(ids).size) throw new AppError('VALIDATION_FAILED', 'One or more teamIds do not exist.', [{ field: 'body.teamIds', code: 'not_found', message: 'unknown team' }]);
  }

  return [
    route({
      method: 'get', path: '/api/admin/users', summary: 'List users', tag: 'Users', access: ADMIN,
      response: z.object({ items: z.array(userResponse) }),
      handler: async () => ({ items: (await User.find().sort({ createdAt: 1 }).limit(1000).lean()).map(toPublicUser) }),
    }),
    route({
      method: 'post', path: '/api/admin/users', summary: 'Create a user', tag: 'Users', access: ADMIN,
      body: createUser, status: 201, response: userResponse, errors: { 400: 'Invalid body', 409: 'Email or agent id taken' },
      handler: async ({ body }) => {
        await checkUnique(body);
        await teamsExist(body.teamIds);
        const { password, ...rest } = body;
        const doc = await User.create({ ...rest, passwordHash: await hashPassword(password) });
        return toPublicUser(doc.toObject());
      },
    }),
    route({
      method: 'get', path: '/api/admin/users/:id', summary: 'Get a user', tag: 'Users', access: ADMIN,
      params: idParams, response: userResponse, errors: { 404: 'Not found' },
      handler: async ({ params }) => {
        const u = await User.findById(params.id).lean();
        if (!u) throw new AppError('NOT_FOUND', `User ${params.id} not found.`);
        return toPublicUser(u);
      },
    }),
    route({
      method: 'patch', path: '/api/admin/users/:id', summary: 'Update a user', tag: 'Users', access: ADMIN,
      params: idParams, body: updateUser, response: userResponse, errors: { 400: 'Invalid body', 404: 'Not found', 409: 'Email or agent id taken' },
      handler: async ({ params, body }) => {
        await checkUnique(body, params.id);
        await teamsExist(body.teamIds);
        const { password, ...rest } = body;
        const set: Record<string, unknown> = { ...rest };
        if (password) set.passwordHash = await hashPassword(password);
        // updateOne + findById: FerretDB v1 cannot project inside findAndModify (User hides passwordHash).
        await User.updateOne({ _id: params.id }, { $set: set });
        const u = await User.findById(params.id).lean();
        if (!u) throw new AppError('NOT_FOUND', `User ${params.id} not found.`);
        return toPublicUser(u);
      },
    }),
    route({
      method: 'get', path: '/api/admin/teams', summary: 'List teams', tag: 'Teams', access: ADMIN,
      response: z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) }),
      handler: async () => ({ items: (await Team.find().sort({ name: 1 }).lean()).map((t) => ({ id: String(t._id), name: t.name })) }),
    }),
    route({
      method: 'post', path: '/api/admin/teams', summary: 'Create a team', tag: 'Teams', access: ADMIN,
      body: z.strictObject({ name: z.string().trim().min(1).max(100) }), status: 201,
      response: z.object({ id: z.string(), name: z.string() }), errors: { 409: 'Name taken' },
      handler: async ({ body }) => {
        if (await Team.exists({ name: body.name })) throw new AppError('CONFLICT', `A team named "${body.name}" already exists.`);
        const t = await Team.create(body);
        return { id: String(t._id), name: t.name };
      },
    }),
    route({
      method: 'delete', path: '/api/admin/teams/:id', summary: 'Delete a team (removed from its users and connectors)', tag: 'Teams', access: ADMIN,
      params: idParams, errors: { 404: 'Not found' },
      handler: async ({ params }) => {
        const res = await Team.deleteOne({ _id: params.id });
        if (res.deletedCount === 0) throw new AppError('NOT_FOUND', `Team ${params.id} not found.`);
        const id = new Types.ObjectId(params.id);
        await User.updateMany({ teamIds: id }, { $pull: { teamIds: id } });
        await models.Connector.updateMany({ teamIds: id }, { $pull: { teamIds: id } });
        return undefined;
      },
    }),
  ];
}
