/**
 * Teams: agents belong to teams, and a connector's teams decide who may call through it. Membership
 * is stored on the user (`User.teamIds`), so routing and single sign-on read it with the user.
 */
import { AppError, type ErrorDetail } from '../errors';
import { type Models, Types } from '../db/models';
import type { ConnectorService } from './connectors';
import { notFound, required } from './required';

export interface TeamMember {
  id: string;
  name: string;
  email: string;
  active: boolean;
}

export interface TeamView {
  id: string;
  name: string;
  members: TeamMember[];
}

const MEMBER_FIELDS = { name: 1, email: 1, active: 1, role: 1, teamIds: 1 } as const;

export function makeTeamService({ models, connectors }: { models: Models; connectors: Pick<ConnectorService, 'invalidate'> }) {
  const { Team, User, Connector } = models;

  const memberOf = (u: { _id: unknown; name: string; email: string; active: boolean }): TeamMember => ({
    id: String(u._id),
    name: u.name,
    email: u.email,
    active: u.active,
  });

  /** Every team with its members, sorted by name; one query for the teams and one for their members. */
  async function list(): Promise<TeamView[]> {
    const teams = await Team.find().sort({ name: 1 }).lean();
    const users = teams.length
      ? await User.find({ teamIds: { $in: teams.map((t) => t._id) } }, MEMBER_FIELDS)
          .sort({ name: 1 })
          .lean()
      : [];
    return teams.map((t) => ({
      id: String(t._id),
      name: t.name,
      members: users.filter((u) => u.teamIds.some((id) => String(id) === String(t._id))).map(memberOf),
    }));
  }

  async function get(id: string): Promise<TeamView> {
    const team = required(await Team.findById(id).lean(), 'Team', id);
    const users = await User.find({ teamIds: team._id }, MEMBER_FIELDS).sort({ name: 1 }).lean();
    return { id: String(team._id), name: team.name, members: users.map(memberOf) };
  }

  async function create(name: string): Promise<TeamView> {
    if (await Team.exists({ name })) throw new AppError('CONFLICT', `A team named "${name}" already exists.`);
    const t = await Team.create({ name });
    return { id: String(t._id), name: t.name, members: [] };
  }

  /**
   * The users that may join: each must exist and be an agent (teams decide which agents a
   * connector's calls reach). Problems name the position of each refused id under `field`.
   */
  async function checkAgents(userIds: string[], field: (i: number) => string): Promise<void> {
    const users = await User.find({ _id: { $in: userIds } }, { role: 1 }).lean();
    const problems: ErrorDetail[] = [];
    userIds.forEach((id, i) => {
      const user = users.find((u) => String(u._id) === id);
      if (userIds.indexOf(id) !== i) problems.push({ field: field(i), code: 'duplicate', message: `user ${id} is listed twice` });
      else if (!user) problems.push({ field: field(i), code: 'not_found', message: `user ${id} does not exist` });
      else if (user.role !== 'agent')
        problems.push({
          field: field(i),
          code: 'not_agent',
          message: `user ${id} is an ${user.role}, not an agent; only agents join teams`,
        });
    });
    if (problems.length) throw new AppError('VALIDATION_FAILED', problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
  }

  /** Makes exactly these agents the team's members. */
  async function setMembers(id: string, userIds: string[]): Promise<TeamView> {
    const team = required(await Team.findById(id, { _id: 1 }).lean(), 'Team', id);
    await checkAgents(userIds, (i) => `body.userIds.${i}`);
    const ids = userIds.map((u) => new Types.ObjectId(u));
    await User.updateMany({ teamIds: team._id, _id: { $nin: ids } }, { $pull: { teamIds: team._id } });
    if (ids.length) await User.updateMany({ _id: { $in: ids } }, { $addToSet: { teamIds: team._id } });
    return get(id);
  }

  /** Adds one agent; adding a member again changes nothing. */
  async function addMember(id: string, userId: string): Promise<TeamView> {
    const team = required(await Team.findById(id, { _id: 1 }).lean(), 'Team', id);
    await checkAgents([userId], () => 'body.userId');
    await User.updateOne({ _id: userId }, { $addToSet: { teamIds: team._id } });
    return get(id);
  }

  /** Removes one user from the team; a user who is not a member is a 404 naming both. */
  async function removeMember(id: string, userId: string): Promise<TeamView> {
    const team = required(await Team.findById(id, { name: 1 }).lean(), 'Team', id);
    const user = required(await User.findById(userId, { teamIds: 1 }).lean(), 'User', userId);
    if (!user.teamIds.some((t) => String(t) === id))
      throw new AppError('NOT_FOUND', `User ${userId} is not a member of team ${team.name}.`, [
        { field: 'params.userId', code: 'not_member', message: `not a member of team ${team.name}` },
      ]);
    await User.updateOne({ _id: userId }, { $pull: { teamIds: team._id } });
    return get(id);
  }

  /** Deletes a team and removes it from its users and connectors. */
  async function remove(id: string): Promise<void> {
    const res = await Team.deleteOne({ _id: id });
    if (res.deletedCount === 0) throw notFound('Team', id);
    const teamId = new Types.ObjectId(id);
    await User.updateMany({ teamIds: teamId }, { $pull: { teamIds: teamId } });
    const affected = await Connector.find({ teamIds: teamId }, { _id: 1 }).lean();
    await Connector.updateMany({ teamIds: teamId }, { $pull: { teamIds: teamId } });
    // The webhook's cached view carries the connector's teams (routing eligibility).
    for (const c of affected) connectors.invalidate(c._id);
  }

  return { list, get, create, setMembers, addMember, removeMember, remove };
}

export type TeamService = ReturnType<typeof makeTeamService>;
