/**
 * The database down: a webhook for a connector this API has not seen answers 503 with Retry-After
 * within 2 s; one for a connector seen recently is served from the last known view (stale-if-error),
 * so a call log still reaches its workflow, whose activities retry their database work later. This
 * file runs its own FerretDB (its own port and data folder) so that stopping it leaves the shared one alone.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startFerretDb, type EmbeddedProcess } from '../../src/embedded/services';
import { createConnector, postJson, seedCallLog, startHarness, waitFor, type CreatedConnector, type Harness } from '../helpers/harness';

const BIN_DIR = path.resolve(__dirname, '..', '..', '.tools', 'bin');
/** The webhook view's cache lifetime (src/services/connectors.ts), waited out so the database is asked. */
const CACHE_MS = 5_000;

let h: Harness;
let ferret: EmbeddedProcess | null = null;
let port: number;
let dataDir: string;
let seen: CreatedConnector;
let unseen: CreatedConnector;

async function startPrivateFerret(): Promise<void> {
  ferret = await startFerretDb({ binDir: BIN_DIR, port, dataDir });
}

async function timed(url: string, init: RequestInit = {}) {
  const started = performance.now();
  const res = await fetch(url, init);
  const text = await res.text();
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: JSON.parse(text), ms: performance.now() - started };
}

const postLog = (url: string, payload: unknown) =>
  timed(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patchcord-db-down-'));
  port = await freePort();
  await startPrivateFerret();
  h = await startHarness('db-down', { mongoUrl: `mongodb://127.0.0.1:${port}` });
  seen = await createConnector(h);
  unseen = await createConnector(h);
  // The API reads the seen connector once, through a webhook.
  const first = await postJson(seen.callLogUrl, seedCallLog());
  expect(first.status).toBe(200);
  const lastSeen = Date.now();

  await ferret?.stop();
  ferret = null;
  // Past the cache's lifetime, every lookup goes to the (unreachable) database.
  await new Promise((r) => setTimeout(r, Math.max(0, lastSeen + CACHE_MS + 500 - Date.now())));
}, 120_000);

afterAll(async () => {
  if (!ferret) await startPrivateFerret().catch(() => undefined);
  await h?.stop();
  await ferret?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

test('a connector not seen: 503 DATABASE_UNAVAILABLE with Retry-After, within 2 s', async () => {
  const res = await postLog(unseen.callLogUrl, seedCallLog());
  expect(res.status).toBe(503);
  expect(res.body).toMatchObject({ Status: 'Failure', Code: 'DATABASE_UNAVAILABLE' });
  expect(res.retryAfter).toMatch(/^\d+$/);
  // The requirement is "within 2 s"; measured generously, end to end.
  expect(res.ms).toBeLessThan(2_000);
});

test('a connector seen recently: the call log is accepted from the last known view and reaches its workflow', async () => {
  const sessionId = `db-down-${crypto.randomBytes(4).toString('hex')}`;
  const res = await postLog(seen.callLogUrl, seedCallLog({ CallSessionId: sessionId }));
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ Status: 'Success', CallSessionId: sessionId });
  expect(res.ms).toBeLessThan(2_000);

  const handle = h.api.temporal.workflow.getHandle(`call:${seen.id}:s:${sessionId}`);
  const state = await waitFor(
    async () => {
      const s = await handle.query<any>('callState').catch(() => null);
      return s?.timeline?.some((e: any) => e.kind === 'event' && e.detail?.kind === 'log') ? s : null;
    },
    30_000,
    'the call log on the workflow',
  );
  expect(state.connectorId).toBe(seen.id);
});

test('the route webhook cannot decide without the database: 503 with Retry-After, within 2 s', async () => {
  const url = `${seen.callLogUrl.replace(/\/call-log$/, '/route')}?SourceNumber=%2b919611000001`;
  const res = await timed(url);
  expect(res.status).toBe(503);
  expect(res.body).toMatchObject({ Status: 'Failure', Code: 'DATABASE_UNAVAILABLE' });
  expect(res.retryAfter).toMatch(/^\d+$/);
  expect(res.ms).toBeLessThan(2_000);
});

test('the admin API answers 503 with Retry-After too, not 500, while the database is unreachable', async () => {
  const res = await fetch(`${h.url}/api/admin/connectors`, { headers: { authorization: `Bearer ${h.adminToken}` } });
  expect(res.status).toBe(503);
  expect(await res.json()).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
  expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
}, 60_000);
