/**
 * Requests from the simulator to Patchcord: webhooks and callbacks, timed, over one keep-alive pool
 * per simulator so a burst of calls reuses connections instead of exhausting ephemeral ports.
 */
import http from 'node:http';
import https from 'node:https';
import type { SendResult, Sender } from './provider-types';
import type { Outgoing, RequestStats, SimulationFailure } from './types';

const TIMEOUT_MS = 30_000;
const MAX_ANSWER_BYTES = 64 * 1024;

export function makeSender(): Sender {
  const agents = { http: new http.Agent({ keepAlive: true, maxSockets: 64 }), https: new https.Agent({ keepAlive: true, maxSockets: 64 }) };
  let stopped = false;

  function send(out: Outgoing): Promise<SendResult> {
    const started = performance.now();
    const done = (status: number, body: string): SendResult => ({ status, body, ms: performance.now() - started });
    if (stopped) return Promise.resolve(done(0, 'simulator stopped'));
    return new Promise((resolve) => {
      let url: URL;
      try {
        url = new URL(out.url);
      } catch {
        resolve(done(0, 'invalid URL'));
        return;
      }
      const lib = url.protocol === 'https:' ? https : http;
      const headers: Record<string, string | number> = { 'user-agent': 'patchcord-simulator' };
      if (out.body !== undefined) {
        headers['content-type'] = out.contentType ?? 'application/octet-stream';
        headers['content-length'] = Buffer.byteLength(out.body);
      }
      const req = lib.request(
        url,
        { method: out.method, headers, agent: url.protocol === 'https:' ? agents.https : agents.http, timeout: TIMEOUT_MS },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (c: Buffer) => {
            size += c.length;
            if (size <= MAX_ANSWER_BYTES) chunks.push(c);
          });
          res.on('end', () => resolve(done(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'))));
          res.on('error', (err) => resolve(done(0, err.message)));
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
      req.on('error', (err) => resolve(done(0, err.message)));
      req.end(out.body);
    });
  }

  function stop(): void {
    stopped = true;
    agents.http.destroy();
    agents.https.destroy();
  }

  return { send, stop };
}

export const isOk = (status: number): boolean => status >= 200 && status < 300;

/**
 * Patchcord's webhook URLs carry the connector's secret in the path: what gets printed or logged
 * keeps only the origin, the connector id and the endpoint (`https://pc.example/webhooks/<id>/…/call-log`).
 */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    const m = /^\/webhooks\/([^/]+)\/[^/]+(\/[^/?#]+)?/.exec(url.pathname);
    return m ? `${url.origin}/webhooks/${m[1]}/…${m[2] ?? ''}` : `${url.origin}/…`;
  } catch {
    return '(invalid URL)';
  }
}

const percentile = (sorted: number[], p: number): number =>
  sorted.length === 0 ? 0 : Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0);

/** Per-kind counts and latencies, and the first failures, of one placeCalls run. */
export function makeStats(maxFailures = 20) {
  const kinds = new Map<string, { sent: number; ok: number; failed: number; ms: number[] }>();
  const failures: SimulationFailure[] = [];
  return {
    record(kind: string, r: SendResult): boolean {
      const k = kinds.get(kind) ?? { sent: 0, ok: 0, failed: 0, ms: [] };
      kinds.set(kind, k);
      k.sent += 1;
      k.ms.push(r.ms);
      const ok = isOk(r.status);
      if (ok) k.ok += 1;
      else {
        k.failed += 1;
        if (failures.length < maxFailures) failures.push({ kind, status: r.status, body: r.body.slice(0, 500) });
      }
      return ok;
    },
    totals: () => [...kinds.values()].reduce((t, k) => ({ sent: t.sent + k.sent, failed: t.failed + k.failed }), { sent: 0, failed: 0 }),
    summary(): { requests: Record<string, RequestStats>; failures: SimulationFailure[] } {
      const requests: Record<string, RequestStats> = {};
      for (const [kind, k] of kinds) {
        const sorted = [...k.ms].sort((a, b) => a - b);
        requests[kind] = { sent: k.sent, ok: k.ok, failed: k.failed, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99) };
      }
      return { requests, failures: [...failures] };
    },
  };
}
