/** Users: roles, phone numbers, provider agent ids (per connector or for all) and teams. */
import { AppError } from '../errors';
import { type Models, Types } from '../db/models';
import type { Role } from '../domain/people';
import { hashPassword } from '../security/passwords';
import { findUserByAgentId } from './agents';
import { required } from './required';

interface AgentIdInput {
  agentId: string;
  connectorId: string | null;
}

export interface UserInput {
  email: string;
  name: string;
  role: Role;
  password: string;
  phones: string[];
  agentIds: AgentIdInput[];
  teamIds: string[];
  active: boolean;
}

/** A user as the admin API shows it (never the password hash). */
export interface PublicUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  phones: string[];
  agentIds: { agentId: string; connectorId: string | null }[];
  teamIds: string[];
  active: boolean;
}

interface UserLike {
  _id: unknown;
  email: string;
  name: string;
  role: Role;
  phones: string[];
  agentIds: { agentId: string; connectorId?: Types.ObjectId | null }[];
  teamIds: unknown[];
  active: boolean;
}

function toPublicUser(u: UserLike): PublicUser {
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

export function makeUserService({ models }: { models: Models }) {
  const { User, Team, AuthSession } = models;

  async function checkUnique(body: { email?: string; agentIds?: AgentIdInput[] }, exceptId?: string) {
    const not = exceptId ? { _id: { $ne: new Types.ObjectId(exceptId) } } : {};
    if (body.email && (await User.exists({ email: body.email.toLowerCase(), ...not }))) {
      throw new AppError('CONFLICT', `A user with email ${body.email} already exists.`, [
        { field: 'body.email', code: 'duplicate', message: 'email is taken' },
      ]);
    }
    for (const a of body.agentIds ?? []) {
      const clash = await findUserByAgentId(models, a.agentId, a.connectorId, exceptId ? { exceptUserId: exceptId } : {});
      if (clash)
        throw new AppError('CONFLICT', `Agent id ${a.agentId} is already mapped to another user.`, [
          { field: 'body.agentIds', code: 'duplicate', message: `${a.agentId} is taken` },
        ]);
    }
  }

  async function teamsExist(ids: string[] | undefined) {
    if (!ids?.length) return;
    const found = await Team.countDocuments({ _id: { $in: ids } });
    if (found !== new Set(ids).size)
      throw new AppError('VALIDATION_FAILED', 'One or more teamIds do not exist.', [
        { field: 'body.teamIds', code: 'not_found', message: 'unknown team' },
      ]);
  }

  async function list(): Promise<PublicUser[]> {
    return (await User.find().sort({ createdAt: 1 }).limit(1000).lean()).map(toPublicUser);
  }

  async function create(body: UserInput): Promise<PublicUser> {
    await checkUnique(body);
    await teamsExist(body.teamIds);
    const { password, ...rest } = body;
    const doc = await User.create({ ...rest, passwordHash: await hashPassword(password) });
    return toPublicUser(doc.toObject());
  }

  async function get(id: string): Promise<PublicUser> {
    return toPublicUser(required(await User.findById(id).lean(), 'User', id));
  }

  async function update(id: string, body: Partial<UserInput>): Promise<PublicUser> {
    const before = await get(id);
    await checkUnique(body, id);
    await teamsExist(body.teamIds);
    const { password, ...rest } = body;
    const set: Record<string, unknown> = { ...rest };
    if (password) set.passwordHash = await hashPassword(password);
    // updateOne + findById: FerretDB v1 cannot project inside findAndModify (User hides passwordHash).
    await User.updateOne({ _id: id }, { $set: set });
    // A new password, another role or deactivation ends every session the user has: a session
    // started under the old password or role must not outlive it.
    const endsSessions =
      Boolean(password) ||
      (body.role !== undefined && body.role !== before.role) ||
      (body.active !== undefined && body.active !== before.active);
    if (endsSessions) await AuthSession.deleteMany({ userId: new Types.ObjectId(id) });
    return get(id);
  }

  return { list, create, get, update };
}

export type UserService = ReturnType<typeof makeUserService>;
