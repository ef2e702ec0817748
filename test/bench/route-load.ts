/**
 * The load generator of the route benchmark, run as its own process so that sending requests never
 * competes with the measured server for its event loop. Open loop: each request leaves at its
 * scheduled time whether or not earlier ones have returned, so a slow answer cannot hold back (and
 * hide) the requests behind it. Latency is from the moment a request is sent to its last byte.
 *
 * Input: `{ phases: Phase[] }` as JSON on stdin. Output, one JSON object a line: `{ start: name }` and
 * `{ end: name }` around each phase (the parent reads CPU counters then), and finally
 * `{ phases: PhaseResult[] }`.
 */
import crypto from 'node:crypto';
import http from 'node:http';

export interface Phase {
  name: string;
  /** Request URLs, used in turn. */
  urls: string[];
  perSecond: number;
  seconds: number;
  /** Appends `&<name>=<unique id>` to each request, as a provider sends its call session id. */
  sessionParam?: string;
}

export interface PhaseResult {
  name: string;
  latencies: number[];
  errors: number;
  /** How late the last request left against its schedule: the generator keeping up. */
  lagMs: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

function get(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const sent = performance.now();
    const req = http.get(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - sent) : reject(new Error(`status ${res.statusCode}`))));
    });
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}

async function run(phase: Phase): Promise<PhaseResult> {
  const count = Math.round(phase.perSecond * phase.seconds);
  const runId = crypto.randomBytes(3).toString('hex');
  const latencies: number[] = [];
  let errors = 0;
  const inflight: Promise<void>[] = [];
  const started = performance.now();
  let lagMs = 0;
  for (let i = 0; i < count; i++) {
    const due = started + (i * 1000) / phase.perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    lagMs = Math.max(0, performance.now() - due);
    const base = phase.urls[i % phase.urls.length] ?? '';
    const url = phase.sessionParam ? `${base}&${phase.sessionParam}=${phase.name}-${runId}-${i}` : base;
    inflight.push(
      get(url).then(
        (ms) => void latencies.push(ms),
        () => void errors++,
      ),
    );
  }
  await Promise.all(inflight);
  return { name: phase.name, latencies, errors, lagMs };
}

async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const { phases } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { phases: Phase[] };
  const results: PhaseResult[] = [];
  for (const phase of phases) {
    process.stdout.write(`${JSON.stringify({ start: phase.name })}\n`);
    results.push(await run(phase));
    process.stdout.write(`${JSON.stringify({ end: phase.name })}\n`);
    // A breath between phases: the server's request-log batch and stragglers settle.
    await new Promise((r) => setTimeout(r, 300));
  }
  agent.destroy();
  process.stdout.write(`${JSON.stringify({ phases: results })}\n`);
}

void main().catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
});
