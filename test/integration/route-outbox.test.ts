/**
 * Temporal down: the route webhook still answers at once and keeps its decision in the outbox, which
 * delivers it to the call's workflow once Temporal is back, with no new request; an event webhook
 * answers 503 with Retry-After within 2 s instead of hanging. This file runs its own Temporal dev
 * server (its own port and data folder) so that stopping it leaves the shared one alone.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startTemporal, type EmbeddedProcess } from '../../src/embedded/services';
import { makeLogger } from '../../src/logger';
import { makeRouteOutbox } from '../../src/services/call-routing-outbox';
import { makeCallClient, type RouteDecisionSignal } from '../../src/temporal/call-client';
import { createConnector, seedCallLog, startHarness, waitFor, type CreatedConnector, type Harness } from '../helpers/harness';

const BIN_DIR = path.resolve(__dirname, '..', '..', '.tools', 'bin');

let h: Harness;
let temporal: EmbeddedProcess | null = null;
let temporalPort: number;
let dataDir: string;
let connector: CreatedConnector;

async function startPrivateTemporal(): Promise<void> {
  temporal = await startTemporal({ binDir: BIN_DIR, port: temporalPort, dataDir });
}

async function stopPrivateTemporal(): Promise<void> {
  await temporal?.stop();
  temporal = null;
}

const routeUrl = (c: CreatedConnector) => c.callLogUrl.replace(/\/call-log$/, '/route');

async function askRoute(sessionId: string) {
  const started = performance.now();
  const res = await fetch(`${routeUrl(connector)}?CallSid=${sessionId}&SourceNumber=%2b919611000777&DisplayNumber=09020897874`);
  const json = (await res.json()) as Record<string, unknown>;
  return { status: res.status, json, ms: performance.now() - started };
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patchcord-route-outbox-'));
  temporalPort = await freePort();
  await startPrivateTemporal();
  h = await startHarness('route-outbox', {
    temporalAddress: `127.0.0.1:${temporalPort}`,
    worker: false,
    routeOutbox: { pollMs: 300, minBackoffMs: 300, maxBackoffMs: 2_000 },
  });
  connector = await createConnector(h);
}, 120_000);

afterAll(async () => {
  if (!temporal) await startPrivateTemporal().catch(() => undefined);
  await h?.stop();
  await stopPrivateTemporal();
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

test('with Temporal up, the decision is signalled at once and its outbox entry marked delivered', async () => {
  const sessionId = `up-${crypto.randomBytes(4).toString('hex')}`;
  const res = await askRoute(sessionId);
  expect(res.status).toBe(200);
  const workflowId = `call:${connector.id}:s:${sessionId}`;
  const entry = await waitFor(
    () => h.models.RouteOutbox.findOne({ workflowId, deliveredAt: { $ne: null } }).lean(),
    20_000,
    'the entry marked delivered',
  );
  // Delivered by the webhook's own attempt, not by a retry.
  expect(entry).toMatchObject({ attempts: 0, claimedUntil: null, lastError: null });
  const description = await h.api.temporal.workflow.getHandle(workflowId).describe();
  expect(description.workflowId).toBe(workflowId);
});

test('Temporal down: the route answer comes at once, an event answers 503 with Retry-After, and the decision reaches the workflow once Temporal is back', async () => {
  await stopPrivateTemporal();

  const sessionId = `down-${crypto.randomBytes(4).toString('hex')}`;
  const res = await askRoute(sessionId);
  expect(res.status).toBe(200);
  expect(res.json).toMatchObject({ Status: 'Success', Reason: 'no-match' });
  // The answer never waits for Temporal (generous bound: the requirement is "at once").
  expect(res.ms).toBeLessThan(2_000);

  // The decision is kept, its first delivery failed.
  const workflowId = `call:${connector.id}:s:${sessionId}`;
  const pending = await waitFor(
    () => h.models.RouteOutbox.findOne({ workflowId, deliveredAt: null, attempts: { $gte: 1 } }).lean(),
    20_000,
    'a pending outbox entry',
  );
  expect(pending.signal).toMatchObject({ reason: 'no-match', callerNumber: '+919611000777', virtualNumber: '+919020897874' });
  expect(pending.lastError).toMatch(/workflow engine/i);

  // An event webhook cannot keep its event: it answers 503 with Retry-After, within 2 s (the requirement).
  const started = performance.now();
  const log = await fetch(connector.callLogUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(seedCallLog()),
  });
  const elapsed = performance.now() - started;
  expect(log.status).toBe(503);
  expect(log.headers.get('retry-after')).toMatch(/^\d+$/);
  expect(await log.json()).toMatchObject({ Status: 'Failure', Code: 'WORKFLOW_UNAVAILABLE' });
  expect(elapsed).toBeLessThan(2_000);

  await startPrivateTemporal();
  await h.startWorker();

  // No new request: the outbox loop delivers the decision.
  const handle = h.api.temporal.workflow.getHandle(workflowId);
  const route = await waitFor(
    async () => (await handle.query<any>('callState').catch(() => null))?.route,
    90_000,
    'the route decision on the workflow',
  );
  expect(route).toMatchObject({ eventId: pending.signal.eventId, reason: 'no-match', callerNumber: '+919611000777' });
  const delivered = await waitFor(
    () => h.models.RouteOutbox.findOne({ _id: pending._id, deliveredAt: { $ne: null } }).lean(),
    20_000,
    'the entry marked delivered',
  );
  expect(delivered.attempts).toBeGreaterThanOrEqual(1);
  expect(delivered.claimedUntil).toBeNull();
}, 180_000);

function pendingEntry(claimedUntil: Date | null) {
  const now = new Date();
  const callKey = `s:lease-${crypto.randomBytes(4).toString('hex')}`;
  const workflowId = `call:${connector.id}:${callKey}`;
  const signal: RouteDecisionSignal = {
    eventId: crypto.randomBytes(16).toString('hex'),
    receivedAt: now.toISOString(),
    callerNumber: '+919611000888',
    virtualNumber: null,
    agentUserId: null,
    leadId: null,
    opportunityId: null,
    queue: null,
    reason: 'no-match',
  };
  const id = `${workflowId}/${signal.eventId}`;
  return {
    _id: id,
    connectorId: connector.id,
    callKey,
    workflowId,
    signal,
    createdAt: now,
    nextAttemptAt: now,
    claimedUntil,
    claimedBy: claimedUntil ? 'another-process' : null,
  };
}

test('an entry another process holds is left alone until its lease runs out; then it is delivered', async () => {
  // Runs after the previous test: Temporal is back and the worker runs.
  const logger = makeLogger('silent');
  const calls = makeCallClient({ temporal: h.api.temporal, taskQueue: h.config.temporal.taskQueue, logger });
  const outbox = makeRouteOutbox({ models: h.models, calls, logger });
  const held = pendingEntry(new Date(Date.now() + 60_000));
  await h.models.RouteOutbox.create(held);

  // Neither this outbox nor the API's own loop (polling every 300 ms) takes a held entry.
  expect(await outbox.deliverDue()).toMatchObject({ delivered: 0 });
  await new Promise((r) => setTimeout(r, 1_000));
  expect(await h.models.RouteOutbox.findById(held._id).lean()).toMatchObject({
    deliveredAt: null,
    attempts: 0,
    claimedBy: 'another-process',
  });
  await expect(h.api.temporal.workflow.getHandle(held.workflowId).describe()).rejects.toThrow();

  // The holder died: once its lease is over, the entry is claimed again and delivered.
  await h.models.RouteOutbox.updateOne({ _id: held._id }, { $set: { claimedUntil: new Date(Date.now() - 1) } });
  await outbox.deliverDue();
  const delivered = await waitFor(
    () => h.models.RouteOutbox.findOne({ _id: held._id, deliveredAt: { $ne: null } }).lean(),
    20_000,
    'the entry delivered',
  );
  expect(delivered).toMatchObject({ claimedUntil: null, claimedBy: null });
  const route = await waitFor(
    async () =>
      (
        await h.api.temporal.workflow
          .getHandle(held.workflowId)
          .query<any>('callState')
          .catch(() => null)
      )?.route,
    30_000,
    'the route decision on the workflow',
  );
  expect(route).toMatchObject({ eventId: held.signal.eventId, callerNumber: '+919611000888' });
}, 120_000);

test('two processes delivering the same due entries: every decision reaches its workflow once', async () => {
  const logger = makeLogger('silent');
  const calls = makeCallClient({ temporal: h.api.temporal, taskQueue: h.config.temporal.taskQueue, logger });
  const a = makeRouteOutbox({ models: h.models, calls, logger, options: { batchSize: 10 } });
  const b = makeRouteOutbox({ models: h.models, calls, logger, options: { batchSize: 10 } });
  const entries = Array.from({ length: 6 }, () => pendingEntry(null));
  await h.models.RouteOutbox.insertMany(entries);

  // Two processes (and the API's own loop, a third) see the same due entries at the same time.
  await Promise.all([a.deliverDue(), b.deliverDue()]);
  await waitFor(
    async () => (await h.models.RouteOutbox.countDocuments({ _id: { $in: entries.map((e) => e._id) }, deliveredAt: null })) === 0,
    20_000,
    'every entry delivered',
  );
  for (const entry of entries) {
    const state = await waitFor(
      async () => {
        const s = await h.api.temporal.workflow
          .getHandle(entry.workflowId)
          .query<any>('callState')
          .catch(() => null);
        return s?.route ? s : null;
      },
      30_000,
      'the route decision on the workflow',
    );
    // Claims keep processes apart (atomically on MongoDB; FerretDB v1 updates are not atomic, so a
    // second signal can slip through there): whatever arrives twice, the workflow records once.
    expect(state.route.eventId).toBe(entry.signal.eventId);
    expect(state.timeline.filter((e: any) => e.what === 'route decided')).toHaveLength(1);
  }
}, 120_000);
