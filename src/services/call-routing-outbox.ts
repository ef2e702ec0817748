/**
 * Route decisions reach their calls' workflows even when Temporal is down: the route webhook answers
 * the provider first, then `record` writes the decision to the `routeoutbox` collection and signals
 * the workflow at the same time (neither waits for the other, and the answer waits for neither). A
 * signal that succeeds marks the entry delivered; one that fails leaves it pending with a backoff, and
 * every API process runs a delivery loop (`start`/`stop`) that claims due entries in bounded batches
 * and signals them once Temporal is back.
 *
 * Delivery is at least once: the entry keeps the request's eventId, which the workflow deduplicates.
 * A claim (`claimedUntil`, a lease longer than a signal's time bound) keeps two processes, or the
 * webhook and a loop, from delivering one entry at the same time; an entry whose claimant died is
 * claimed again once the lease runs out. Claims are compare-and-set updates of one entry by _id: no
 * transaction needed, atomic on MongoDB (a replica set included). On FerretDB v1 two processes were
 * seen to both win a claim now and then (a test with two loops signalled one entry twice); the
 * eventId makes that harmless.
 *
 * Order: the loop delivers oldest due first, but an entry held back by its backoff can reach the call
 * after a newer decision or after the call's events. That is harmless: the workflow folds route
 * decisions at the lowest rank, below every provider event, so they only fill what nothing else said.
 */
import crypto from 'node:crypto';
import os from 'node:os';
import type { Models } from '../db/models';
import type { Logger } from '../logger';
import type { CallClient, RouteDecisionSignal } from '../temporal/call-client';
import { callWorkflowId } from '../temporal/call-ids';

export interface RouteOutboxOptions {
  /** How often the loop looks for due entries when it found nothing to do. */
  pollMs: number;
  /** Entries claimed per round. */
  batchSize: number;
  /** How long a claim holds; longer than a signal's time bound. */
  leaseMs: number;
  /** The loop's signal time bound (the webhook's own attempt uses the call client's shorter one). */
  signalMs: number;
  /** The backoff after the first failed delivery; it doubles per failure up to `maxBackoffMs`. */
  minBackoffMs: number;
  maxBackoffMs: number;
  /** Delivered entries are deleted after this long. */
  retentionMs: number;
  /** Entries still pending after this long are given up (logged and deleted). */
  maxAgeMs: number;
  /** How often the loop prunes. */
  pruneEveryMs: number;
}

export const ROUTE_OUTBOX_DEFAULTS: RouteOutboxOptions = {
  pollMs: 2_000,
  batchSize: 50,
  leaseMs: 30_000,
  signalMs: 5_000,
  minBackoffMs: 1_000,
  maxBackoffMs: 60_000,
  retentionMs: 3_600_000,
  maxAgeMs: 86_400_000,
  pruneEveryMs: 600_000,
};

export interface RouteOutboxDeps {
  models: Pick<Models, 'RouteOutbox'>;
  calls: Pick<CallClient, 'recordRoute'>;
  logger: Logger;
  options?: Partial<RouteOutboxOptions>;
}

/** The backoff before attempt `failures + 1`, with ±20 % jitter so entries that failed together spread out. */
export function outboxBackoffMs(failures: number, opts: Pick<RouteOutboxOptions, 'minBackoffMs' | 'maxBackoffMs'>): number {
  const base = Math.min(opts.maxBackoffMs, opts.minBackoffMs * 2 ** Math.max(0, Math.min(failures - 1, 30)));
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

function isDuplicateKey(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 11000;
}

function messageOf(err: unknown): string {
  const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
  return `${err instanceof Error ? err.message : String(err)}${cause}`.slice(0, 500);
}

export function makeRouteOutbox({ models, calls, logger, options }: RouteOutboxDeps) {
  const { RouteOutbox } = models;
  const opts: RouteOutboxOptions = { ...ROUTE_OUTBOX_DEFAULTS, ...options };
  const owner = `${os.hostname()}:${process.pid}:${crypto.randomBytes(4).toString('hex')}`;

  /** Free to claim: nobody holds it, or the holder's lease ran out. */
  const unclaimed = (now: Date) => ({ $or: [{ claimedUntil: null }, { claimedUntil: { $lte: now } }] });

  /** Marks an attempt's outcome; the entry's claim is released either way. */
  async function settle(id: string, attempts: number, failure: unknown): Promise<void> {
    const now = Date.now();
    if (failure === null) {
      await RouteOutbox.updateOne(
        { _id: id },
        { $set: { deliveredAt: new Date(now), claimedUntil: null, claimedBy: null, lastError: null } },
      );
      return;
    }
    await RouteOutbox.updateOne(
      { _id: id, deliveredAt: null },
      {
        $set: {
          attempts: attempts + 1,
          nextAttemptAt: new Date(now + outboxBackoffMs(attempts + 1, opts)),
          claimedUntil: null,
          claimedBy: null,
          lastError: messageOf(failure),
        },
      },
    );
  }

  /**
   * Keeps a route decision until its call's workflow has it, and tries to deliver it now. Never
   * throws: what cannot be kept or delivered is logged. Resolves with the workflow's id.
   */
  async function record(connectorId: string, callKey: string, signal: RouteDecisionSignal): Promise<string> {
    const workflowId = callWorkflowId(connectorId, callKey);
    const id = `${workflowId}/${signal.eventId}`;
    const now = new Date();
    // The signal goes out at once, alongside the write rather than after it.
    const signalled = calls.recordRoute(connectorId, callKey, signal).then(
      () => null,
      (err: unknown) => err ?? new Error('signal failed'),
    );
    let stored = false;
    try {
      await RouteOutbox.create({
        _id: id,
        connectorId,
        callKey,
        workflowId,
        signal,
        createdAt: now,
        attempts: 0,
        nextAttemptAt: now,
        // Held by this request until its own attempt is settled, so no loop signals it meanwhile.
        claimedUntil: new Date(now.getTime() + opts.leaseMs),
        claimedBy: owner,
      });
      stored = true;
    } catch (err) {
      // The same request answered before: its entry (delivered or pending) already stands for this one.
      if (!isDuplicateKey(err)) logger.error({ err, workflowId }, 'route decision not written to the outbox');
    }
    const failure = await signalled;
    if (failure !== null && stored)
      logger.warn({ err: failure, workflowId }, 'route decision kept in the outbox: the workflow did not take it yet');
    if (failure !== null && !stored)
      logger.error({ err: failure, workflowId }, 'route decision lost: neither kept nor recorded on the workflow');
    if (stored) {
      await settle(id, 0, failure).catch((err: unknown) =>
        // Unsettled, the entry is claimed again once its lease runs out and delivered (again) then.
        logger.warn({ err, workflowId }, 'route outbox entry not updated'),
      );
    }
    return workflowId;
  }

  /**
   * One round of the loop: claims up to `batchSize` due entries, oldest first, and signals them.
   * Stops at the first failed signal (Temporal is likely down: the rest would fail too). Resolves
   * with how many were delivered and whether more may be due now.
   */
  async function deliverDue(): Promise<{ delivered: number; more: boolean }> {
    const now = new Date();
    const due = await RouteOutbox.find(
      {
        deliveredAt: null,
        nextAttemptAt: { $lte: now },
        createdAt: { $gte: new Date(now.getTime() - opts.maxAgeMs) },
        ...unclaimed(now),
      },
      { _id: 1, connectorId: 1, callKey: 1, signal: 1, attempts: 1 },
    )
      .sort({ nextAttemptAt: 1 })
      .limit(opts.batchSize)
      .lean();
    let delivered = 0;
    for (const entry of due) {
      const claim = await RouteOutbox.updateOne(
        { _id: entry._id, deliveredAt: null, ...unclaimed(now) },
        { $set: { claimedUntil: new Date(Date.now() + opts.leaseMs), claimedBy: owner } },
      );
      if (claim.modifiedCount !== 1) continue;
      let failure: unknown = null;
      try {
        await calls.recordRoute(entry.connectorId, entry.callKey, entry.signal as RouteDecisionSignal, opts.signalMs);
      } catch (err) {
        failure = err;
      }
      await settle(entry._id, entry.attempts ?? 0, failure);
      if (failure !== null) return { delivered, more: false };
      delivered++;
    }
    return { delivered, more: due.length === opts.batchSize };
  }

  /** Deletes delivered entries past their retention, and gives up pending ones past the maximum age. */
  async function prune(): Promise<void> {
    const now = Date.now();
    await RouteOutbox.deleteMany({ deliveredAt: { $lt: new Date(now - opts.retentionMs) } });
    const expired = { deliveredAt: null, createdAt: { $lt: new Date(now - opts.maxAgeMs) } };
    const given = await RouteOutbox.deleteMany(expired);
    if (given.deletedCount > 0)
      logger.error({ entries: given.deletedCount }, 'route decisions given up: not delivered to their workflows in time');
  }

  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let stopped = true;
  let failures = 0;
  let lastPrune = 0;

  async function round(): Promise<void> {
    let delay = opts.pollMs;
    try {
      if (Date.now() - lastPrune >= opts.pruneEveryMs) {
        lastPrune = Date.now();
        await prune();
      }
      const { delivered, more } = await deliverDue();
      if (delivered > 0) logger.info({ delivered }, 'route decisions delivered from the outbox');
      failures = 0;
      // A full batch: more may be due now; a short pause still lets other work in.
      if (more) delay = 100;
    } catch (err) {
      failures++;
      delay = Math.min(opts.maxBackoffMs, opts.pollMs * 2 ** Math.min(failures, 10));
      logger.warn({ err, retryInMs: delay }, 'route outbox round failed');
    }
    schedule(delay);
  }

  function schedule(delay: number): void {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = null;
      running = round();
    }, delay);
    timer.unref();
  }

  /** Starts the delivery loop (its first round at once). */
  function start(): void {
    if (!stopped) return;
    stopped = false;
    schedule(0);
  }

  /** Stops the loop and waits for a round in progress. */
  async function stop(): Promise<void> {
    stopped = true;
    if (timer) clearTimeout(timer);
    timer = null;
    await running;
  }

  return { record, deliverDue, prune, start, stop };
}

export type RouteOutbox = ReturnType<typeof makeRouteOutbox>;
