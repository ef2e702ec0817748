/** Teams: agents belong to teams, and a connector's teams decide who may call through it. */
import { AppError } from '../errors';
import { type Models, Types } from '../db/models';
import type { ConnectorService } from './connectors';
import { notFound } from './required';

export function makeTeamService({ models, connectors }: { models: Models; connectors: Pick<ConnectorService, 'invalidate'> }) {
  const { Team, User, Connector } = models;

  async function list(): Promise<{ id: string; name: string }[]> {
    return (await Team.find().sort({ name: 1 }).lean()).map((t) => ({ id: String(t._id), name: t.name }));
  }

  async function create(name: string): Promise<{ id: string; name: string }> {
    if (await Team.exists({ name })) throw new AppError('CONFLICT', `A team named "${name}" already exists.`);
    const t = await Team.create({ name });
    return { id: String(t._id), name: t.name };
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

  return { list, create, remove };
}

export type TeamService = ReturnType<typeof makeTeamService>;
