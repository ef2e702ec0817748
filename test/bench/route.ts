/**
 * The route webhook at fixed rates (10 and 30 requests/s) against a bare Express handler doing the
 * same database lookups (caller's number → oldest lead by primary, then by secondary number → its
 * owner) on the same data, in the same process and on the same connection. The load comes from a
 * second process (`route-load.ts`). Goal: the route's p99 ≤ 1.2× the bare handler's.
 *
 * The route requests carry a call session id, as providers send one, so each also fires the
 * decision's signalWithStart and writes the request log: what the route costs in production. The
 * same route without a session id is reported as well. Phases alternate (bare, route, route without
 * session, twice over) so a slow moment of the machine hits each alike.
 *
 * Why these rates: the embedded FerretDB scans the 300 leads for every lookup (about 25 ms of its
 * CPU per request, sorting by age included), and each signalWithStart costs the Temporal dev server
 * about 8 ms of CPU, all on the same machine. On two cores the bare handler saturates near 60
 * requests/s and the route with its signal near 45; above that both queue without bound and the
 * ratio measures queue growth, not the handler. Raise RATES on a machine or database that allows.
 */
import { spawn } from 'node:child_process';
import type { Server } from 'node:http';
import path from 'node:path';
import express from 'express';
import { normalizePhone } from '../../src/call/phone';
import type { Models } from '../../src/db/models';
import { cpuMs, percentile, round, startBenchSystem, type BenchSystem, type Result } from './system';
import type { Phase, PhaseResult } from './route-load';

const LEADS = 300;
const AGENTS = 10;
const RATES = [
  { perSecond: 10, seconds: 5 },
  { perSecond: 30, seconds: 4 },
];
const ROUNDS = 4;
const LOAD_TIMEOUT_MS = 180_000;

const leadPhone = (i: number) => `+9198450${String(i).padStart(5, '0')}`;

/** Two teams, agents alternating between them, leads owned in turn; the connector serves one team. */
async function seed(sys: BenchSystem): Promise<void> {
  const { Team, User, Lead, Connector } = sys.models;
  const [north, south] = await Team.insertMany([{ name: 'North' }, { name: 'South' }]);
  const agents = await User.insertMany(
    Array.from({ length: AGENTS }, (_, i) => ({
      email: `agent${i}@bench.local`,
      name: `Agent ${i}`,
      role: 'agent',
      passwordHash: 'x',
      phones: [`+9196117${String(i).padStart(5, '0')}`],
      agentIds: [{ agentId: `bench-${i}` }],
      teamIds: [i % 2 === 0 ? north?._id : south?._id],
    })),
  );
  await Lead.insertMany(
    Array.from({ length: LEADS }, (_, i) => ({
      firstName: `Lead ${i}`,
      phone: leadPhone(i),
      secondaryPhones: [`+9198451${String(i).padStart(5, '0')}`],
      ownerId: agents[i % AGENTS]?._id,
    })),
  );
  await Connector.updateOne(
    { _id: sys.connectorId },
    {
      $set: { teamIds: [north?._id], 'lifecycle.routing': { mode: 'lead', fallback: 'queue', fallbackQueue: 'overflow', format: 'json' } },
    },
  );
}

/** The baseline: Express and the same two lookups, nothing else (no auth, log, signal or answer shaping). */
async function startBare(models: Models): Promise<{ url: string; server: Server }> {
  const app = express();
  app.set('query parser', 'simple');
  app.get('/route', async (req, res, next) => {
    try {
      const caller = req.query.SourceNumber;
      const phone = typeof caller === 'string' ? normalizePhone(caller, 'IN') : null;
      const fields = { _id: 1, ownerId: 1 } as const;
      const lead = phone
        ? ((await models.Lead.findOne({ phone }, fields).sort({ createdAt: 1, _id: 1 }).lean()) ??
          (await models.Lead.findOne({ secondaryPhones: phone }, fields).sort({ createdAt: 1, _id: 1 }).lean()))
        : null;
      const owner = lead?.ownerId
        ? await models.User.findById(lead.ownerId, { email: 1, role: 1, active: 1, phones: 1, teamIds: 1, agentIds: 1 }).lean()
        : null;
      res.json({
        AgentPhone: owner?.phones[0] ?? null,
        AgentId: owner?.agentIds[0]?.agentId ?? null,
        AgentEmail: owner?.email ?? null,
        LeadId: lead ? String(lead._id) : null,
      });
    } catch (err) {
      next(err);
    }
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/route`, server };
}

/** CPU milliseconds each measured process spent during one phase. */
type PhaseCpu = Map<string, number[]>;

/**
 * Runs the phases in the load generator process and returns its measurements, with the CPU time
 * this process, FerretDB and Temporal spent during each phase (read when the generator says a phase
 * starts and ends).
 */
function load(phases: Phase[], pids: number[]): Promise<{ results: PhaseResult[]; cpu: PhaseCpu }> {
  const script = path.join(__dirname, 'route-load.ts');
  const child = spawn(process.execPath, [require.resolve('tsx/cli'), script], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdin.end(JSON.stringify({ phases }));
  const cpu: PhaseCpu = new Map();
  const started = new Map<string, number[]>();
  let results: PhaseResult[] | null = null;
  let pending = '';
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    let at: number;
    while ((at = pending.indexOf('\n')) >= 0) {
      const line = JSON.parse(pending.slice(0, at)) as { start?: string; end?: string; phases?: PhaseResult[] };
      pending = pending.slice(at + 1);
      if (line.start) started.set(line.start, pids.map(cpuMs));
      if (line.end) {
        const before = started.get(line.end) ?? [];
        const spent = pids.map((pid, i) => cpuMs(pid) - (before[i] ?? 0));
        const sum = cpu.get(line.end) ?? pids.map(() => 0);
        cpu.set(
          line.end,
          sum.map((v, i) => v + (spent[i] ?? 0)),
        );
      }
      if (line.phases) results = line.phases;
    }
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), LOAD_TIMEOUT_MS);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0 || !results) return reject(new Error(`load generator exited with ${code}`));
      resolve({ results, cpu });
    });
  });
}

/** Callers as a provider sends them: mostly known primary numbers, some secondary, a few strangers. */
function callers(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const n = (i * 7919) % LEADS;
    if (i % 20 === 0) return `%2b9198452${String(n).padStart(5, '0')}`;
    if (i % 20 === 1) return `%2b9198451${String(n).padStart(5, '0')}`;
    return `%2b9198450${String(n).padStart(5, '0')}`;
  });
}

function cpuExtra(prefix: string, perRequest: number[]): Record<string, number> {
  const [api, ferretdb, temporal] = perRequest;
  return { [`${prefix}.apiCpuMs`]: api ?? 0, [`${prefix}.ferretdbCpuMs`]: ferretdb ?? 0, [`${prefix}.temporalCpuMs`]: temporal ?? 0 };
}

export async function benchRoute(): Promise<Result[]> {
  const sys = await startBenchSystem({ taskQueue: 'bench-route', worker: false });
  const bare = await startBare(sys.models);
  try {
    await seed(sys);
    const numbers = callers(1000);
    const routeUrls = numbers.map((n) => `${sys.webhookBase}/route?SourceNumber=${n}&DisplayNumber=%2b919020897874`);
    const bareUrls = numbers.map((n) => `${bare.url}?SourceNumber=${n}`);

    const phases: Phase[] = [
      { name: 'warm-bare', urls: bareUrls, perSecond: 100, seconds: 2 },
      { name: 'warm-route', urls: routeUrls, perSecond: 100, seconds: 2, sessionParam: 'CallSessionId' },
    ];
    for (const { perSecond, seconds } of RATES) {
      for (let r = 0; r < ROUNDS; r++) {
        phases.push(
          { name: `bare-${perSecond}`, urls: bareUrls, perSecond, seconds },
          { name: `route-${perSecond}`, urls: routeUrls, perSecond, seconds, sessionParam: 'CallSessionId' },
          { name: `nosession-${perSecond}`, urls: routeUrls, perSecond, seconds },
        );
      }
    }
    const { results: measured, cpu } = await load(phases, sys.pids);
    const of = (name: string) => {
      const runs = measured.filter((p) => p.name === name);
      const latencies = runs.flatMap((p) => p.latencies);
      // CPU per request of this process (API and bare handler), FerretDB and Temporal.
      const perRequest = (cpu.get(name) ?? []).map((ms) => round(ms / Math.max(1, latencies.length), 1));
      return { latencies, perRequest, errors: runs.reduce((n, p) => n + p.errors, 0), lagMs: Math.max(0, ...runs.map((p) => p.lagMs)) };
    };
    return RATES.map(({ perSecond }) => {
      const [b, r, n] = [of(`bare-${perSecond}`), of(`route-${perSecond}`), of(`nosession-${perSecond}`)];
      const p = (values: number[], q: number) => round(percentile(values, q), 2);
      const routeP99 = p(r.latencies, 0.99);
      const bareP99 = p(b.latencies, 0.99);
      return {
        name: `route.${perSecond}rps.p99_ms`,
        value: routeP99,
        baseline: bareP99,
        ratio: round(routeP99 / bareP99, 3),
        unit: 'ms p99 latency (ratio = route p99 / bare Express handler p99)',
        goal: 'ratio <= 1.2',
        extra: {
          requests: r.latencies.length,
          p50Ms: p(r.latencies, 0.5),
          baselineP50Ms: p(b.latencies, 0.5),
          noSessionP50Ms: p(n.latencies, 0.5),
          noSessionP99Ms: p(n.latencies, 0.99),
          errors: r.errors + b.errors + n.errors,
          maxSendLagMs: round(Math.max(r.lagMs, b.lagMs, n.lagMs), 1),
          ...cpuExtra('route', r.perRequest),
          ...cpuExtra('bare', b.perRequest),
          ...cpuExtra('noSession', n.perRequest),
        },
      };
    });
  } finally {
    bare.server.closeAllConnections();
    await new Promise((resolve) => bare.server.close(resolve));
    await sys.close();
  }
}
