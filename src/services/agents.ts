import type { Models, Types } from '../db/models';

/**
 * The user a provider's AgentId maps to on a connector (a mapping with no connector applies to
 * all). Filtered in code rather than with $elemMatch, which FerretDB v1 does not support; the
 * indexed `agentIds.agentId` match keeps the candidates to a handful.
 */
export async function findUserByAgentId(
  models: Models,
  agentId: string,
  connectorId: string | null,
  opts: { activeOnly?: boolean; exceptUserId?: string } = {},
): Promise<Types.ObjectId | null> {
  const candidates = await models.User.find(
    { 'agentIds.agentId': agentId, ...(opts.activeOnly ? { active: true } : {}) },
    { _id: 1, agentIds: 1 },
  ).lean();
  const match = candidates.find(
    (u) =>
      String(u._id) !== opts.exceptUserId &&
      u.agentIds.some((a) => a.agentId === agentId && (a.connectorId == null || connectorId == null || String(a.connectorId) === connectorId)),
  );
  return match ? match._id : null;
}

/** A user's provider agent id on a connector: the connector's own mapping wins over a global one. */
export function findAgentIdFor(agentIds: readonly { agentId: string; connectorId?: { toString(): string } | null }[], connectorId: string): string | null {
  const own = agentIds.find((a) => a.connectorId != null && String(a.connectorId) === connectorId);
  return (own ?? agentIds.find((a) => a.connectorId == null))?.agentId ?? null;
}
