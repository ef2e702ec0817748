/**
 * Ops API: the live board. One Server-Sent-Event stream per board: a snapshot of every active
 * agent's state and current call, then each agent's changes as the realtime hub delivers them, and a
 * fresh snapshot now and then (agents added or deactivated, an event missed while the database was
 * away). Streams are bounded per process and in lifetime (the browser's EventSource reconnects), and
 * end when the API stops.
 */
import { AppError } from '../../errors';
import type { Hub } from '../../realtime/hub';
import type { AgentEvent } from '../../realtime/types';
import type { OpsBoard } from '../../services/ops-board';
import { endpoint } from '../http/endpoint';

const OPS = ['admin', 'ops'] as const;

export interface BoardLimits {
  /** Open board streams per API process; more are refused with 429. */
  maxStreams: number;
  /** Agents in a snapshot; beyond it the snapshot says it is truncated. */
  maxAgents: number;
  /** How often a fresh snapshot is sent. */
  snapshotMs: number;
  /** How long one stream stays open before the server ends it (the browser reconnects). */
  lifetimeMs: number;
  heartbeatMs: number;
}

export const BOARD_LIMITS: BoardLimits = {
  maxStreams: 50,
  maxAgents: 500,
  snapshotMs: 30_000,
  lifetimeMs: 30 * 60_000,
  heartbeatMs: 15_000,
};

/** What a hub event says about its agent: the new state, or nothing when the state did not change. */
function agentChange(userId: string, event: AgentEvent) {
  if (event.type === 'call-state') return { id: userId, status: event.status, call: event.call };
  // A popup without a status: the agent is busy on another call, whose state stands.
  return event.status ? { id: userId, status: event.status, call: event.call } : null;
}

export function makeBoardEndpoints({ board, hub, limits = BOARD_LIMITS }: { board: OpsBoard; hub: Hub; limits?: BoardLimits }) {
  let open = 0;

  return [
    endpoint({
      method: 'get',
      path: '/api/ops/board/events',
      summary:
        "Server-Sent Events for the live board: `snapshot` (every active agent's state and current call), then `agent` (one agent's new state) as it changes",
      tag: 'Ops',
      access: OPS,
      errors: { 429: 'Too many boards are open on this server' },
      handler: async ({ req, res }) => {
        if (open >= limits.maxStreams) throw new AppError('RATE_LIMITED', `At most ${limits.maxStreams} live boards may be open at once.`);
        const first = await board.agents(limits.maxAgents);
        open++;
        res.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-store',
          connection: 'keep-alive',
          'x-accel-buffering': 'no',
        });
        res.write('retry: 2000\n\n');
        const send = (type: string, data: unknown) => {
          if (!res.writableEnded) res.write(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
        };
        send('snapshot', { ...first, at: new Date().toISOString() });
        let done = false;
        const unwatch = hub.watch({
          event(userId, event) {
            const change = agentChange(userId, event);
            if (change) send('agent', change);
          },
          end: () => finish(),
        });
        const snapshots = setInterval(() => {
          board.agents(limits.maxAgents).then(
            (next) => send('snapshot', { ...next, at: new Date().toISOString() }),
            () => undefined,
          );
        }, limits.snapshotMs);
        const heartbeat = setInterval(() => !res.writableEnded && res.write(': keep-alive\n\n'), limits.heartbeatMs);
        const lifetime = setTimeout(() => finish(), limits.lifetimeMs);
        function finish(): void {
          if (done) return;
          done = true;
          open--;
          clearInterval(snapshots);
          clearInterval(heartbeat);
          clearTimeout(lifetime);
          unwatch();
          if (!res.writableEnded) res.end();
        }
        req.on('close', finish);
        return undefined;
      },
    }),
  ];
}
