/**
 * The simulator's request plumbing: read a request the way these providers accept it (query string,
 * form body or JSON body, all at once), find the operation by exact path, apply injected faults, and
 * record every request with its answer in the journal (when the answer is sent, so a late answer is
 * journaled late; `state.calls` and `state.dispositions` hold what was done at once). The request and route shapes are in
 * `provider-types.ts`.
 */
import http from 'node:http';
import type { Logger } from '../logger';
import type { SimReply, SimRequest, SimRoute } from './provider-types';
import { takeFault } from './state';
import type { JournalEntry, SimulatorState } from './types';

export const json = (value: unknown, status = 200): SimReply => ({ status, contentType: 'application/json', body: JSON.stringify(value) });
export const text = (body: string, status = 200, contentType = 'text/plain; charset=utf-8'): SimReply => ({ status, contentType, body });

const MAX_BODY_BYTES = 1024 * 1024;
/** Kept bounded: a long CLI run must not grow memory without end. */
export const MAX_JOURNAL = 10_000;

function flatten(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === null || v === undefined) continue;
    out[k] = typeof v === 'object' ? JSON.stringify(v) : String(v as string | number | boolean);
  }
  return out;
}

function bodyParams(body: string, contentType: string | undefined): Record<string, string> {
  if (body.trim() === '') return {};
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type.includes('json') || (type === '' && /^\s*\{/.test(body))) {
    try {
      return flatten(JSON.parse(body));
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(body));
}

/** Cookie header → name/value pairs. */
export function cookies(headers: http.IncomingHttpHeaders): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of (headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) map.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return map;
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY_BYTES) chunks.push(c);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The provider whose prefix a path starts with (`/<id>/…`), for requests no route matched. */
function providerOf(path: string, providerIds: readonly string[]): string {
  const first = path.split('/')[1] ?? '';
  return providerIds.includes(first) ? first : 'unknown';
}

export interface DispatchDeps {
  routes: readonly SimRoute[];
  providerIds: readonly string[];
  state: SimulatorState;
  journal: JournalEntry[];
  sleep: (ms: number) => Promise<void>;
  logger: Logger;
}

export function makeRequestHandler({ routes, providerIds, state, journal, sleep, logger }: DispatchDeps) {
  const byPath = new Map(routes.map((r) => [r.path, r]));

  async function answer(sreq: SimRequest, route: SimRoute | undefined): Promise<{ reply: SimReply; fault: boolean }> {
    if (!route) return { reply: text('Not found', 404), fault: false };
    if (!(route.methods ?? ['GET', 'POST']).includes(sreq.method)) return { reply: text('Method not allowed', 405), fault: false };
    const fault = takeFault(state, route.provider, route.ops);
    if (fault) {
      if (fault.delayMs > 0) await sleep(fault.delayMs);
      if (fault.status !== undefined)
        return { reply: text(http.STATUS_CODES[fault.status] ?? 'Simulated fault', fault.status), fault: true };
    }
    const reply = await route.handle(sreq);
    // Done, and only the answer is late: the caller that gave up cannot tell it was done.
    if (fault && fault.lateAnswerMs > 0) await sleep(fault.lateAnswerMs);
    return { reply, fault: fault !== undefined };
  }

  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://simulator.invalid');
    const body = await readBody(req).catch(() => '');
    const query = Object.fromEntries(url.searchParams);
    const sreq: SimRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query,
      headers: req.headers,
      body: body ?? '',
      params: { ...query, ...bodyParams(body ?? '', req.headers['content-type']) },
    };
    const route = byPath.get(url.pathname);
    let result: { reply: SimReply; fault: boolean };
    try {
      result = body === null ? { reply: text('Payload too large', 413), fault: false } : await answer(sreq, route);
    } catch (err) {
      logger.error({ err, path: url.pathname }, 'simulator handler failed');
      result = { reply: text('Internal error', 500), fault: false };
    }
    const { reply, fault } = result;
    journal.push({
      provider: route?.provider ?? providerOf(url.pathname, providerIds),
      op: route?.ops[0] ?? '',
      method: sreq.method,
      path: sreq.path,
      query,
      headers: req.headers,
      body: sreq.body,
      params: sreq.params,
      status: reply.status,
      response: reply.body,
      ...(fault ? { fault: true } : {}),
      at: new Date(),
    });
    if (journal.length > MAX_JOURNAL) journal.splice(0, journal.length - MAX_JOURNAL);
    if (res.destroyed || res.headersSent) return;
    res.writeHead(reply.status, { 'content-type': reply.contentType, 'content-length': Buffer.byteLength(reply.body) }).end(reply.body);
  };
}
