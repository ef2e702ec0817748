/**
 * `npm run soak`: a fault soak of a whole Patchcord. Its API and worker run as separate child
 * processes against a FerretDB and a Temporal dev server the soak starts itself (free loopback ports,
 * a fresh temporary data folder); the provider simulator places calls in four providers' formats and
 * agents click to call, while the soak breaks things one after another (./soak/faults.ts). Then it
 * lets the calls settle, retries every failed step once through the ops API, settles again and
 * checks every call (./soak/check.ts). Writes bench-results/soak.json; exit code 0 only when no call
 * was lost, duplicated or dialled twice and no failed step is left. Not part of CI: bounded in calls
 * and time, loopback only, stopped by a hard deadline.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connectDb } from '../../src/db/connect';
import { makeModels } from '../../src/db/models';
import { freePort } from '../../src/embedded/services';
import { startSimulator } from '../../src/simulator/server';
import { check, type ActivityView } from './soak/check';
import { makeFaults, runFaults } from './soak/faults';
import { parseOptions, USAGE, type SoakOptions } from './soak/options';
import { call, seed, type Seeded } from './soak/patchcord';
import {
  apiReady,
  makeLogSink,
  makePatchcordProcess,
  makeService,
  rssKb,
  type PatchcordProcess,
  type Service,
  type UnexpectedExit,
} from './soak/processes';
import { startRelay, type Relay } from './soak/proxy';
import { passed, summaryTable, type SoakReport } from './soak/report';
import { makeTap } from './soak/tap';
import { makeTraffic, type Traffic } from './soak/traffic';

const ROOT = path.resolve(__dirname, '..', '..');
const RESULTS = path.join(ROOT, 'bench-results');
const ADMIN = { email: 'admin@soak.local', password: 'soak-admin-password' };
/** Time to start a worker (it bundles the workflows first) on a loaded machine. */
const RESTART_ALLOWANCE_MS = 35_000;
const started = Date.now();
const say = (line: string) => process.stdout.write(`[soak ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Everything the run started, so the deadline, a signal or an error can stop it all by pid. */
interface Running {
  services: Service[];
  patchcord: PatchcordProcess[];
  relay?: Relay;
  traffic?: Traffic;
  stopSim?: () => Promise<void>;
  closeDb?: () => Promise<void>;
  tmp: string;
}

function report(o: SoakOptions, partial: Partial<SoakReport>): SoakReport {
  const r: SoakReport = {
    at: new Date(started).toISOString(),
    ok: false,
    options: { ...o },
    durationMs: Date.now() - started,
    load: { start: [], end: os.loadavg() },
    cpus: os.cpus().length,
    rss: { api: { before: null, after: null }, worker: { before: null, after: null } },
    unexpectedExits: [],
    retryAll: null,
    phases: {},
    ...partial,
  };
  if (r.load.end.length === 0) r.load.end = os.loadavg();
  r.ok = !r.aborted && passed(r);
  return r;
}

function write(r: SoakReport): string {
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, 'soak.json');
  fs.writeFileSync(file, `${JSON.stringify(r, null, 2)}\n`);
  return file;
}

/** Last resort: every child SIGKILLed by its pid. */
function killAll(run: Running): void {
  for (const pid of [...run.patchcord.map((p) => p.pid), ...run.services.map((s) => s.pid)]) {
    if (pid === null) continue;
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

async function stopAll(run: Running, keep: boolean): Promise<void> {
  run.traffic?.stop();
  await Promise.allSettled(run.patchcord.map((p) => p.stop()));
  await run.relay?.stop().catch(() => undefined);
  await run.stopSim?.().catch(() => undefined);
  await run.closeDb?.().catch(() => undefined);
  for (const s of [...run.services].reverse()) await s.stop().catch(() => undefined);
  if (!keep) fs.rmSync(run.tmp, { recursive: true, force: true });
}

/** Waits until nothing moves: no call log waiting to be sent again, no disposition pending, counts unchanged. */
async function settle(what: string, maxMs: number, probe: () => Promise<string>, busy: () => boolean, minMs = 10_000): Promise<number> {
  const from = Date.now();
  let last = '';
  let stableSince = Date.now();
  while (Date.now() - from < maxMs) {
    await sleep(3000);
    const now = await probe().catch((err: unknown) => `error ${String(err)}`);
    if (now !== last || busy()) {
      last = now;
      stableSince = Date.now();
    }
    if (Date.now() - from >= minMs && Date.now() - stableSince >= 9000) break;
  }
  say(`${what}: settled after ${((Date.now() - from) / 1000).toFixed(0)} s (${last})`);
  return Date.now() - from;
}

async function main(o: SoakOptions, run: Running, partial: Partial<SoakReport>): Promise<SoakReport> {
  const phases: Record<string, number> = (partial.phases = {});
  const unexpectedExits: UnexpectedExit[] = (partial.unexpectedExits = []);
  partial.load = { start: os.loadavg(), end: [] };
  const logDir = path.join(RESULTS, 'soak-logs');
  fs.rmSync(logDir, { recursive: true, force: true });
  const sink = (name: string) => makeLogSink(path.join(logDir, `${name}.log`)).line;

  const [dbPort, temporalPort, apiPort] = [await freePort(), await freePort(), await freePort()];
  const ferretdb = makeService('ferretdb', dbPort, path.join(run.tmp, 'ferretdb'), sink('ferretdb'));
  const temporal = makeService('temporal', temporalPort, path.join(run.tmp, 'temporal'), sink('temporal'));
  run.services.push(ferretdb, temporal);
  await Promise.all([ferretdb.start(), temporal.start()]);
  say(`FerretDB on ${dbPort}, Temporal on ${temporalPort}, data in ${run.tmp}`);

  const sim = await startSimulator({ speed: 1, ...(o.seed === undefined ? {} : { seed: o.seed }) });
  run.stopSim = () => sim.stop();
  const tap = makeTap(sim);
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const relay = await startRelay({ target: () => apiUrl, identify: tap.identify, retryCallLogs: o.providerRetry });
  run.relay = relay;
  say(`simulator on ${sim.url} (seed ${sim.seed}); providers reach Patchcord through ${relay.url}`);

  const mongoUrl = `mongodb://127.0.0.1:${dbPort}/patchcord_soak`;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HTTP_HOST: '127.0.0.1',
    HTTP_PORT: String(apiPort),
    // Providers, 8x8's callbacks included, reach Patchcord through the relay.
    PUBLIC_URL: relay.url,
    MONGO_URL: mongoUrl,
    TEMPORAL_ADDRESS: `127.0.0.1:${temporalPort}`,
    TEMPORAL_TASK_QUEUE: 'patchcord-soak',
    PATCHCORD_SECRET_KEY: crypto.randomBytes(32).toString('base64'),
    PATCHCORD_ADMIN_EMAIL: ADMIN.email,
    PATCHCORD_ADMIN_PASSWORD: ADMIN.password,
    PATCHCORD_DATA_DIR: path.join(run.tmp, 'patchcord'),
    OUTBOUND_ALLOW_LIST: '127.0.0.1',
    OUTBOUND_TIMEOUT_MS: String(o.outboundTimeoutMs),
  };
  const onUnexpectedExit = (e: UnexpectedExit) => {
    unexpectedExits.push(e);
    say(`${e.process} exited on its own (code ${e.code}, signal ${e.signal}); starting it again`);
  };
  const api = makePatchcordProcess({
    name: 'api',
    entry: 'src/cli/api.ts',
    env,
    log: sink('api'),
    ready: (child) => apiReady(apiPort, child, 120_000),
    onUnexpectedExit,
  });
  const worker = makePatchcordProcess({
    name: 'worker',
    entry: 'src/cli/worker.ts',
    // Info, for its "worker running" line; the rest is quiet.
    env: { ...env, LOG_LEVEL: 'info' },
    log: sink('worker'),
    ready: (_child, lines) => lines.waitFor(/worker running/, 180_000),
    onUnexpectedExit,
  });
  run.patchcord.push(api, worker);
  await Promise.all([api.start(), worker.start()]);
  say(`API (pid ${api.pid}) on ${apiUrl}, worker (pid ${worker.pid}) running`);

  const seeded: Seeded = await seed(apiUrl, sim, ADMIN);
  say(`seeded ${seeded.agents.length} agents and connectors for ${seeded.connectors.map((c) => c.provider).join(', ')}`);
  phases.setupMs = Date.now() - started;
  partial.rss = { api: { before: rssKb(api.pid), after: null }, worker: { before: rssKb(worker.pid), after: null } };

  let share = 0.2;
  const faultDeps = {
    sim,
    worker,
    ferretdb,
    temporal,
    durations: o.faults,
    outboundTimeoutMs: o.outboundTimeoutMs,
    setClickToCallShare: (s: number) => (share = s),
    log: say,
  };
  const { schedule, done } = await runFaults(makeFaults(faultDeps, RESTART_ALLOWANCE_MS), {
    warmupMs: o.warmupMs,
    gapMs: o.gapMs,
    log: say,
  });
  const traffic = makeTraffic({
    sim,
    api: () => apiUrl,
    seeded,
    tap,
    total: o.calls,
    maxRate: o.maxRate,
    endsAt: schedule.endsAt,
    clickToCallShare: () => share,
    log: say,
  });
  run.traffic = traffic;
  say(`placing ${o.calls} calls while the faults run`);
  const trafficStart = Date.now();
  const [faults] = await Promise.all([done, traffic.run()]);
  await traffic.drain();
  phases.trafficMs = Date.now() - trafficStart;
  say(`all ${traffic.placed()} calls placed and sent`);

  const conn = await connectDb(mongoUrl);
  run.closeDb = () => conn.close();
  const models = makeModels(conn);
  const failedSteps = async (): Promise<{ id: string; step: string; error?: string }[]> => {
    const items: { id: string; step: string; error?: string }[] = [];
    for (let skip = 0; ; skip += 200) {
      const r = await call(apiUrl, seeded.adminToken, 'GET', `/api/ops/failed-steps?limit=200&skip=${skip}`);
      if (r.status !== 200) throw new Error(`failed steps: HTTP ${r.status}`);
      items.push(...(r.body.items as { id: string; step: string; error?: string }[]));
      if (r.body.items.length < 200) return items;
    }
  };
  const probe = async () => `${await models.CallActivity.countDocuments({})} activities, ${(await failedSteps()).length} failed steps`;
  const busy = () => relay.pendingRetries() > 0 || traffic.pendingDispositions() > 0;
  phases.settle1Ms = await settle('settle', o.settleMs, probe, busy);

  // One "retry all": every failed step listed, retried through the ops API's bulk decision.
  const listed = await failedSteps();
  const retryAll = { listed: listed.length, accepted: 0, refused: 0, errors: [] as string[] };
  for (let i = 0; i < listed.length; i += 500) {
    const ids = listed.slice(i, i + 500).map((s) => s.id);
    const r = await call(apiUrl, seeded.adminToken, 'POST', '/api/ops/failed-steps/decisions', { ids, action: 'retry' });
    if (r.status !== 200) {
      retryAll.errors.push(`HTTP ${r.status}: ${JSON.stringify(r.body).slice(0, 200)}`);
      continue;
    }
    for (const x of r.body.results as { ok: boolean; error?: string }[]) {
      if (x.ok) retryAll.accepted += 1;
      else {
        retryAll.refused += 1;
        if (retryAll.errors.length < 10 && x.error) retryAll.errors.push(x.error);
      }
    }
  }
  partial.retryAll = retryAll;
  say(`retry all: ${listed.length} failed steps, ${retryAll.accepted} retried, ${retryAll.refused} refused`);
  // Long enough for a late click-to-call's call to ring, end and send its log.
  phases.settle2Ms = await settle('settle after retry', o.settleMs, probe, busy, 20_000);
  traffic.stop();
  tap.stop();

  const activities = (await models.CallActivity.find(
    {},
    { connectorId: 1, workflowId: 1, sessionId: 1, sourceNumber: 1, destinationNumber: 1, status: 1, durationSeconds: 1, agentId: 1 },
  ).lean()) as unknown as ActivityView[];
  const left = await failedSteps();
  const result = check({
    calls: [...tap.calls.values()],
    journal: tap.journal,
    deliveries: relay.deliveries,
    clickToCalls: traffic.clickToCalls,
    dispositions: [...traffic.dispositions.values()],
    activities,
    connectors: seeded.connectors,
    agents: seeded.agents,
    faults,
    failedStepsLeft: left,
  });
  partial.rss.api.after = rssKb(api.pid);
  partial.rss.worker.after = rssKb(worker.pid);
  partial.placeCallsFailures = traffic.placeCallsFailures;
  partial.load.end = os.loadavg();
  return report(o, { ...partial, ...result });
}

async function entry(): Promise<number> {
  const parsed = parseOptions(process.argv.slice(2));
  if (parsed.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if ('error' in parsed) {
    process.stderr.write(`${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  const o = parsed.options;
  const run: Running = { services: [], patchcord: [], tmp: fs.mkdtempSync(path.join(os.tmpdir(), 'patchcord-soak-')) };
  const partial: Partial<SoakReport> = {};
  const abort = (reason: string, code: number) => {
    say(`${reason}: stopping every child by pid`);
    killAll(run);
    const r = report(o, { ...partial, aborted: reason });
    process.stdout.write(`${summaryTable(r)}\n`);
    say(`wrote ${write(r)}`);
    if (!o.keep) fs.rmSync(run.tmp, { recursive: true, force: true });
    process.exit(code);
  };
  const deadline = setTimeout(() => abort(`deadline of ${(o.deadlineMs / 60_000).toFixed(1)} minutes reached`, 3), o.deadlineMs);
  process.once('SIGINT', () => abort('interrupted', 130));
  process.once('SIGTERM', () => abort('interrupted', 143));
  say(
    `${o.quick ? 'quick ' : ''}soak: ${o.calls} calls, faults ${JSON.stringify(o.faults)}, outbound timeout ${o.outboundTimeoutMs} ms, deadline ${(o.deadlineMs / 60_000).toFixed(1)} min`,
  );
  let r: SoakReport;
  try {
    r = await main(o, run, partial);
  } catch (err) {
    say(`error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    r = report(o, { ...partial, aborted: err instanceof Error ? err.message : String(err) });
  }
  await stopAll(run, o.keep);
  clearTimeout(deadline);
  r.durationMs = Date.now() - started;
  process.stdout.write(`\n${summaryTable(r)}\n`);
  say(`wrote ${write(r)}${o.keep ? `; data kept in ${run.tmp}` : ''}`);
  return r.ok ? 0 : 1;
}

entry().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
