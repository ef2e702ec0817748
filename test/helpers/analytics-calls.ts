/**
 * The calls the analytics tests count, created through the real call-log webhooks of two
 * connectors: answered, missed and voicemail calls of two agents in two teams and one without an
 * agent, two of them just outside 2024-03-01..2024-03-02 in Asia/Kolkata. The connectors map the
 * seed's call log plus `RingSeconds`.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createConnector, postJson, seedCallLog, waitFor, type CreatedConnector, type Harness } from './harness';

const GENERIC_CALL_LOG = fs.readFileSync(path.join(__dirname, '../../src/providers/generic/call-log.jsonata'), 'utf8');

/** The generic preset's call-log mapping, also reading the ring time. */
export const CALL_LOG_WITH_RING = GENERIC_CALL_LOG.replace(
  "'AgentId', 'LeadId', 'Custom'",
  "'AgentId', 'LeadId', 'Custom', 'RingSeconds'",
).replace("'status': Status,", "'status': Status,\n    'ringSeconds': RingSeconds,");

export interface AnalyticsScenario {
  north: CreatedConnector;
  south: CreatedConnector;
  asha: string;
  bala: string;
  sales: string;
  support: string;
}

interface Call {
  on: 'north' | 'south';
  agent?: 'A1' | 'B1';
  status: 'Answered' | 'Missed' | 'Voicemail';
  /** UTC. */
  start: string;
  talk: number;
  ring?: number;
}

/** In Asia/Kolkata (UTC+05:30): the local time is in each comment. */
export const SCENARIO_CALLS: Call[] = [
  // 03-01 10:00
  { on: 'north', agent: 'A1', status: 'Answered', start: '2024-03-01T04:30:00Z', talk: 120, ring: 10 },
  // 03-02 05:00 (23:30 UTC the day before)
  { on: 'north', agent: 'A1', status: 'Missed', start: '2024-03-01T23:30:00Z', talk: 0, ring: 20 },
  // 03-02 10:30; the voicemail's length is not talk time
  { on: 'north', agent: 'B1', status: 'Voicemail', start: '2024-03-02T05:00:00Z', talk: 45, ring: 30 },
  // 03-02 15:45
  { on: 'south', agent: 'B1', status: 'Answered', start: '2024-03-02T10:15:00Z', talk: 300, ring: 6 },
  // 03-01 23:59, no agent, no ring time
  { on: 'south', status: 'Missed', start: '2024-03-01T18:29:00Z', talk: 0 },
  // 03-03 00:00: outside the range in Kolkata, inside it in UTC
  { on: 'south', agent: 'A1', status: 'Answered', start: '2024-03-02T18:30:00Z', talk: 60, ring: 4 },
  // 02-29 23:59:59: outside in both
  { on: 'north', agent: 'B1', status: 'Answered', start: '2024-02-29T18:29:59Z', talk: 90, ring: 2 },
];

export async function createAnalyticsScenario(h: Harness, tag = crypto.randomBytes(3).toString('hex')): Promise<AnalyticsScenario> {
  const team = async (name: string) => (await h.admin('POST', '/api/admin/teams', { name })).body.id as string;
  const sales = await team(`Sales ${tag}`);
  const support = await team(`Support ${tag}`);
  const user = async (name: string, agentId: string, teamId: string) => {
    const res = await h.admin('POST', '/api/admin/users', {
      email: `${agentId.toLowerCase()}-${tag}@patchcord.test`,
      name,
      role: 'agent',
      password: 'analytics-password-1',
      agentIds: [{ agentId, connectorId: null }],
      teamIds: [teamId],
    });
    if (res.status !== 201) throw new Error(`user create failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const asha = await user('Asha Rao', 'A1', sales);
  const bala = await user('Bala Iyer', 'B1', support);
  const north = await createConnector(h, { name: `North desk ${tag}`, timeZone: 'Asia/Kolkata', callLogMapping: CALL_LOG_WITH_RING });
  const south = await createConnector(h, { name: `South desk ${tag}`, timeZone: 'UTC', callLogMapping: CALL_LOG_WITH_RING });
  const connectors = { north, south };

  for (const [i, c] of SCENARIO_CALLS.entries()) {
    const end = new Date(Date.parse(c.start) + (c.ring ?? 0) * 1000 + c.talk * 1000);
    const log = seedCallLog({
      CallSessionId: `analytics-${tag}-${i}`,
      StartTime: c.start,
      EndTime: end.toISOString().replace('.000Z', 'Z'),
      CallDuration: String(c.talk),
      Status: c.status,
      ...(c.agent ? { AgentId: c.agent } : {}),
      ...(c.ring !== undefined ? { RingSeconds: c.ring } : {}),
    });
    // A 503 asks the provider to send again (the workflow engine may still be warming up).
    const res = await waitFor(
      async () => {
        const sent = await postJson(connectors[c.on].callLogUrl, log);
        return sent.status === 503 ? null : sent;
      },
      30_000,
      `call log ${i} accepted`,
    );
    if (res.status !== 200) throw new Error(`call log ${i} refused: ${res.status} ${JSON.stringify(res.body)}`);
  }
  // Every call's activity, with its agent resolved.
  await waitFor(
    async () => {
      const counts = await Promise.all(
        [north, south].map(async (c) => {
          const res = await h.admin('GET', `/api/admin/activities?connectorId=${c.id}&limit=50`);
          return (res.body.items as { agentId: string | null }[]).length;
        }),
      );
      return counts[0] === 4 && counts[1] === 3;
    },
    30_000,
    'the scenario calls',
  );
  return { north, south, asha, bala, sales, support };
}
