/**
 * The providers' network path to Patchcord: a loopback HTTP relay that Patchcord's PUBLIC_URL points
 * at, so every webhook URL a connector hands out, 8x8's callback URL included, passes through it.
 * It records each delivery with the call it belongs to and Patchcord's answer, which tells a call
 * Patchcord accepted and then lost from one it refused. Like a real provider, it sends a call log
 * that was refused with a 5xx, a 429 or no answer again later (backing off), unless told not to.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Delivery {
  /** The last path segment: route, popup, call-event, call-log, ... */
  kind: string;
  connectorId: string;
  /** `<provider>:<session id>` of the simulated call it carried, when one was recognised. */
  callKey: string | null;
  status: number;
  attempt: number;
  at: number;
}

const RETRY_DELAYS_MS = [2000, 4000, 8000, 16_000, 32_000];
const TIMEOUT_MS = 30_000;
const retryable = (status: number): boolean => status === 0 || status === 429 || status >= 500;

/** Words long enough to be a call id, from a body or query as the provider wrote it (form-encoded or JSON). */
export function tokensOf(raw: string): string[] {
  let text = raw.replace(/\+/g, ' ');
  try {
    text = decodeURIComponent(text);
  } catch {
    // Not percent-encoded throughout; the raw text still holds the ids.
  }
  return [...new Set(text.match(/[A-Za-z0-9][A-Za-z0-9_.-]{5,}/g) ?? [])];
}

interface Forwarded {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function forward(target: string, method: string, path: string, headers: http.OutgoingHttpHeaders, body: Buffer, agent: http.Agent) {
  return new Promise<Forwarded>((resolve) => {
    const req = http.request(`${target}${path}`, { method, headers, agent, timeout: TIMEOUT_MS }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', () => resolve({ status: 0, headers: {}, body: Buffer.alloc(0) }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, headers: {}, body: Buffer.from('no answer') }));
    req.end(body);
  });
}

export async function startRelay(opts: {
  /** Patchcord's API, e.g. http://127.0.0.1:8080; may change when the API restarts. */
  target: () => string;
  /** The simulated call a request carries, from the words in it. */
  identify: (tokens: string[]) => string | null;
  retryCallLogs: boolean;
}) {
  const deliveries: Delivery[] = [];
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;

  function record(kind: string, connectorId: string, callKey: string | null, status: number, attempt: number): void {
    deliveries.push({ kind, connectorId, callKey, status, attempt, at: Date.now() });
  }

  function retryLater(
    method: string,
    path: string,
    headers: http.OutgoingHttpHeaders,
    body: Buffer,
    meta: Omit<Delivery, 'status' | 'at'>,
  ) {
    const delay = RETRY_DELAYS_MS[meta.attempt - 1];
    if (delay === undefined || stopped) return;
    const t = setTimeout(() => {
      timers.delete(t);
      if (stopped) return;
      void forward(opts.target(), method, path, headers, body, agent).then((r) => {
        record(meta.kind, meta.connectorId, meta.callKey, r.status, meta.attempt + 1);
        if (retryable(r.status)) retryLater(method, path, headers, body, { ...meta, attempt: meta.attempt + 1 });
      });
    }, delay);
    timers.add(t);
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://relay.invalid');
      const segments = url.pathname.split('/').filter(Boolean);
      const isWebhook = segments[0] === 'webhooks';
      const kind = isWebhook ? (segments.at(-1) ?? '') : 'other';
      const connectorId = isWebhook ? (segments[1] ?? '') : '';
      const callKey = isWebhook ? opts.identify(tokensOf(`${url.search} ${body.toString('utf8')}`)) : null;
      const headers: http.OutgoingHttpHeaders = { ...req.headers, host: new URL(opts.target()).host };
      delete headers.connection;
      void forward(opts.target(), req.method ?? 'GET', req.url ?? '/', headers, body, agent).then((r) => {
        if (isWebhook) {
          record(kind, connectorId, callKey, r.status, 1);
          if (opts.retryCallLogs && kind === 'call-log' && retryable(r.status))
            retryLater(req.method ?? 'POST', req.url ?? '/', headers, body, { kind, connectorId, callKey, attempt: 1 });
        }
        const out: http.OutgoingHttpHeaders = {};
        if (r.headers['content-type']) out['content-type'] = r.headers['content-type'];
        res.writeHead(r.status || 502, out).end(r.status ? r.body : 'Patchcord did not answer');
      });
    });
  });
  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server.address() as AddressInfo));
  });

  return {
    url: `http://127.0.0.1:${address.port}`,
    deliveries,
    /** Call logs waiting to be sent again. */
    pendingRetries: () => timers.size,
    async stop(): Promise<void> {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}

export type Relay = Awaited<ReturnType<typeof startRelay>>;
