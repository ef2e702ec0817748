/**
 * The ops board: every active agent's state and current call, read from the agents' state records.
 * Live changes reach the board through the realtime hub; this is the picture it starts from.
 */
import type { Models } from '../db/models';
import type { AgentStatus } from '../domain/people';
import type { CallSummary } from '../realtime/types';

export interface BoardAgent {
  id: string;
  name: string;
  email: string;
  status: AgentStatus;
  call: CallSummary | null;
  /** When the agent's state last changed (null: never on a call). */
  since: string | null;
}

export function makeOpsBoard({ models }: { models: Models }) {
  const { User, AgentState } = models;

  /** Up to `limit` active agents by name, each with its state. */
  async function agents(limit: number): Promise<{ agents: BoardAgent[]; truncated: boolean }> {
    const users = await User.find({ role: 'agent', active: true }, { _id: 1, name: 1, email: 1 })
      .sort({ name: 1 })
      .limit(limit + 1)
      .lean();
    const shown = users.slice(0, limit);
    const states = await AgentState.find({ _id: { $in: shown.map((u) => u._id) } }).lean();
    const byId = new Map(states.map((s) => [String(s._id), s]));
    return {
      truncated: users.length > limit,
      agents: shown.map((u) => {
        const s = byId.get(String(u._id));
        return {
          id: String(u._id),
          name: u.name,
          email: u.email,
          status: s?.status ?? 'free',
          call: (s?.currentCall as CallSummary | null | undefined) ?? null,
          since: s?.updatedAt ? s.updatedAt.toISOString() : null,
        };
      }),
    };
  }

  return { agents };
}

export type OpsBoard = ReturnType<typeof makeOpsBoard>;
