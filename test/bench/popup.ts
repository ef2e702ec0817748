/**
 * Provider popup POST → SSE frame at the agent, at fixed rates (10 calls/s for 5 s, 50 calls/s for
 * 2 s). The baseline is the database's own cost for the same popup: the same lookups and writes
 * (settings, lead by number, agent by number, agent state, the lead summary, one outbox entry) and
 * one outbox poll, run directly at the same rate. Goal: p99 less than 100 ms beyond the database's p99.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import { hashPassword } from '../../src/security/passwords';
import { openSse, type SseClient } from '../helpers/sse';
import { cpuMs, percentile, round, startBenchSystem, type BenchSystem, type Result } from './system';

const AGENTS = 5;
const LEADS = 200;
const RATES = [
  { perSecond: 10, seconds: 5 },
  { perSecond: 50, seconds: 2 },
];

function leadPhone(i: number): string {
  return `+9198451${String(i).padStart(5, '0')}`;
}

function agentPhone(i: number): string {
  return `+9196117${String(i).padStart(5, '0')}`;
}

async function seed(sys: BenchSystem): Promise<string[]> {
  const passwordHash = await hashPassword('bench-password');
  const agents = await sys.models.User.insertMany(
    Array.from({ length: AGENTS }, (_, i) => ({
      email: `agent${i}@bench.local`,
      name: `Agent ${i}`,
      role: 'agent',
      passwordHash,
      phones: [agentPhone(i)],
    })),
  );
  await sys.models.Lead.insertMany(
    Array.from({ length: LEADS }, (_, i) => ({ firstName: `Lead ${i}`, phone: leadPhone(i), ownerId: agents[i % AGENTS]?._id })),
  );
  return agents.map((a) => String(a._id));
}

async function tokenFor(sys: BenchSystem, i: number): Promise<string> {
  const res = await fetch(`${sys.api.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `agent${i}@bench.local`, password: 'bench-password' }),
  });
  return ((await res.json()) as { token: string }).token;
}

/** Fires `task(i)` at a fixed rate without waiting for the previous one; resolves when all finished. */
async function atRate(perSecond: number, seconds: number, task: (i: number) => Promise<number>): Promise<number[]> {
  const count = perSecond * seconds;
  const started = performance.now();
  const runs: Promise<number>[] = [];
  for (let i = 0; i < count; i++) {
    const due = started + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    runs.push(task(i));
  }
  return Promise.all(runs);
}

export async function benchPopup(): Promise<Result[]> {
  const sys = await startBenchSystem({ taskQueue: 'bench-popup', worker: true });
  const clients: SseClient[] = [];
  try {
    const agentIds = await seed(sys);
    for (let i = 0; i < AGENTS; i++) {
      const client = await openSse(`${sys.api.url}/api/agent/events`, await tokenFor(sys, i));
      await client.next('call-state');
      clients.push(client);
    }
    const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });
    const post = (body: string) =>
      new Promise<void>((resolve, reject) => {
        const req = http.request(
          `${sys.webhookBase}/popup`,
          { method: 'POST', agent: httpAgent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
          (res) => {
            res.resume();
            res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`popup answered ${res.statusCode}`))));
          },
        );
        req.on('error', reject);
        req.end(body);
      });

    const popup = async (i: number): Promise<number> => {
      const agent = i % AGENTS;
      const sessionId = `bench-${i}-${crypto.randomBytes(4).toString('hex')}`;
      const started = performance.now();
      await post(
        JSON.stringify({
          CallSessionId: sessionId,
          SourceNumber: leadPhone(i % LEADS),
          DestinationNumber: agentPhone(agent),
          DisplayNumber: '+919020897874',
        }),
      );
      await clients[agent]?.next('popup', (d: { call: { sessionId: string } }) => d.call.sessionId === sessionId, 30_000);
      return performance.now() - started;
    };

    const { models } = sys;
    const dbOnly = async (i: number): Promise<number> => {
      // The same reads and writes as the popup's steps: settings, lead, agent, agent state, lead
      // summary, one outbox entry, and one outbox poll.
      const started = performance.now();
      await models.Connector.findById(sys.connectorId, { lifecycle: 1 }).lean();
      const lead = await models.Lead.findOne({ phone: leadPhone(i % LEADS) }, { _id: 1 })
        .sort({ createdAt: 1 })
        .lean();
      const user = await models.User.findOne({ active: true, phones: agentPhone(i % AGENTS) }, { _id: 1 }).lean();
      await models.AgentState.updateOne(
        { _id: user?._id },
        { $set: { status: 'ringing', currentCall: { leadId: String(lead?._id) } }, $inc: { seq: 1 } },
        { upsert: true },
      );
      await models.Lead.findById(lead?._id).lean();
      await models.Notification.create({ userId: `db-${agentIds[i % AGENTS]}`, event: { type: 'popup' }, createdAt: new Date() });
      await models.Notification.find({ userId: { $in: [`db-${agentIds[i % AGENTS]}`] }, createdAt: { $gte: new Date(Date.now() - 5000) } })
        .limit(5000)
        .lean();
      return performance.now() - started;
    };

    await atRate(10, 2, popup); // warm-up
    const results: Result[] = [];
    for (const { perSecond, seconds } of RATES) {
      const baseline = await atRate(perSecond, seconds, dbOnly);
      const before = sys.pids.map(cpuMs);
      const measured = await atRate(perSecond, seconds, popup);
      const cpu = sys.pids.map((pid, k) => round((cpuMs(pid) - (before[k] ?? 0)) / measured.length, 2));
      const p99 = percentile(measured, 0.99);
      const dbP99 = percentile(baseline, 0.99);
      results.push({
        name: `popup.${perSecond}_per_second.p99_ms`,
        value: round(p99, 1),
        baseline: round(dbP99, 1),
        ratio: round(p99 - dbP99, 1),
        unit: "ms from popup POST to the SSE frame (ratio = p99 beyond the database's own p99, in ms)",
        goal: 'p99 - database p99 < 100 ms',
        extra: {
          p50Ms: round(percentile(measured, 0.5), 1),
          databaseP50Ms: round(percentile(baseline, 0.5), 1),
          popups: measured.length,
          patchcordCpuMsPerPopup: cpu[0] ?? 0,
          ferretdbCpuMsPerPopup: cpu[1] ?? 0,
          temporalCpuMsPerPopup: cpu[2] ?? 0,
        },
      });
    }
    httpAgent.destroy();
    return results;
  } finally {
    for (const c of clients) c.close();
    await sys.close();
  }
}
