/**
 * DID sync runs on a Temporal Schedule per connector (`did-sync:<taskQueue>:<connectorId>`, so two
 * deployments sharing a namespace never touch each other's schedules): every
 * `intervalMinutes` (4 hours by default), anchored at `firstRunAt` when set, so an admin can say
 * "every 4 hours from 02:00". Creating or updating is idempotent, so every boot (and every settings
 * change) simply declares the schedules that should exist; schedules of deleted connectors go too.
 */
import {
  ScheduleAlreadyRunning,
  ScheduleNotFoundError,
  ScheduleOverlapPolicy,
  type Client,
  type ScheduleOptionsAction,
  type ScheduleSpec,
} from '@temporalio/client';
import type { Logger } from '../logger';
import { didSync, failedStepsQuery, type DidSyncResult } from '../../workflows';

const POLL_MS = 250;

export interface DidSyncSettings {
  enabled: boolean;
  intervalMinutes: number;
  firstRunAt: Date | null;
}

export function scheduleSpec(s: DidSyncSettings): ScheduleSpec {
  const everyMs = s.intervalMinutes * 60_000;
  // Runs happen where (time - offset) is a whole number of intervals; the offset puts firstRunAt on that grid.
  const offsetMs = s.firstRunAt ? ((s.firstRunAt.getTime() % everyMs) + everyMs) % everyMs : 0;
  return { intervals: [{ every: everyMs, offset: offsetMs }] };
}

export type SyncNowResult =
  { status: 'done'; result: DidSyncResult | null } | { status: 'failed'; error: string; stepId: string; workflowId: string };

/** A connector's DID-sync settings, as stored. */
export interface StoredDidSync {
  connectorId: string;
  settings: DidSyncSettings | null;
}

/**
 * The DID-sync schedules and "sync now". `listSettings` reads every connector's stored settings (the
 * caller's database), so boot can declare the schedules that should exist.
 */
export function makeDidSchedules({
  temporal,
  taskQueue,
  logger,
  listSettings,
}: {
  temporal: Client;
  taskQueue: string;
  logger: Logger;
  listSettings: () => Promise<StoredDidSync[]>;
}) {
  const PREFIX = `did-sync:${taskQueue}:`;
  const action = (connectorId: string): ScheduleOptionsAction => ({
    type: 'startWorkflow',
    workflowType: didSync,
    args: [{ connectorId }],
    taskQueue,
  });

  /** Creates, updates or deletes the connector's schedule to match its settings. */
  async function apply(connectorId: string, s: DidSyncSettings | null): Promise<void> {
    const scheduleId = `${PREFIX}${connectorId}`;
    if (!s?.enabled) {
      await remove(connectorId);
      return;
    }
    const spec = scheduleSpec(s);
    try {
      // A sync still waiting for ops must not hold the next one back: each run stands alone.
      await temporal.schedule.create({
        scheduleId,
        spec,
        action: action(connectorId),
        policies: { overlap: ScheduleOverlapPolicy.ALLOW_ALL },
      });
    } catch (err) {
      if (!(err instanceof ScheduleAlreadyRunning)) throw err;
      await temporal.schedule.getHandle(scheduleId).update((prev) => ({ ...prev, spec, action: action(connectorId) }));
    }
  }

  async function remove(connectorId: string): Promise<void> {
    try {
      await temporal.schedule.getHandle(`${PREFIX}${connectorId}`).delete();
    } catch (err) {
      if (!(err instanceof ScheduleNotFoundError)) throw err;
    }
  }

  /** Boot: every connector's schedule as its settings say, and none for connectors that are gone. */
  async function ensureAll(): Promise<number> {
    const stored = await listSettings();
    const ids = new Set(stored.map((c) => c.connectorId));
    let active = 0;
    for (const { connectorId, settings } of stored) {
      await apply(connectorId, settings);
      if (settings?.enabled) active++;
    }
    for await (const summary of temporal.schedule.list()) {
      const id = summary.scheduleId.startsWith(PREFIX) ? summary.scheduleId.slice(PREFIX.length) : null;
      if (id && !ids.has(id)) await remove(id).catch((err: unknown) => logger.warn({ err, id }, 'stale DID schedule not removed'));
    }
    return active;
  }

  /**
   * "Sync now": runs the sync workflow and waits for it; if the provider keeps failing, answers as
   * soon as the failed step is recorded (ops retry or skip it like any other) instead of hanging.
   */
  async function syncNow(connectorId: string, timeoutMs = 60_000): Promise<SyncNowResult> {
    const workflowId = `did-sync-now:${connectorId}:${Date.now()}`;
    const handle = await temporal.workflow.start(didSync, { workflowId, taskQueue, args: [{ connectorId }] });
    let settled: { result: DidSyncResult | null } | { error: unknown } | null = null;
    handle.result().then(
      (result) => (settled = { result }),
      (error: unknown) => (settled = { error }),
    );
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      const s = settled as { result: DidSyncResult | null } | { error: unknown } | null;
      if (s && 'result' in s) return { status: 'done', result: s.result };
      if (s) throw s.error;
      const failed = (await handle.query(failedStepsQuery)).find((f) => f.status === 'failed');
      if (failed) return { status: 'failed', error: failed.error, stepId: failed.stepId, workflowId };
    }
    throw new Error(`DID sync ${workflowId} did not finish in ${timeoutMs} ms`);
  }

  /** When the schedule runs next and ran last, for the designer; null when there is none. */
  async function info(connectorId: string): Promise<{ nextRuns: Date[]; recentRuns: { scheduledAt: Date; workflowId: string }[] } | null> {
    try {
      const d = await temporal.schedule.getHandle(`${PREFIX}${connectorId}`).describe();
      return {
        nextRuns: d.info.nextActionTimes.slice(0, 3),
        recentRuns: d.info.recentActions
          .slice(-5)
          .map((a) => ({ scheduledAt: a.scheduledAt, workflowId: a.action.type === 'startWorkflow' ? a.action.workflow.workflowId : '' })),
      };
    } catch (err) {
      if (err instanceof ScheduleNotFoundError) return null;
      throw err;
    }
  }

  return { apply, remove, ensureAll, syncNow, info };
}

export type DidSchedules = ReturnType<typeof makeDidSchedules>;
