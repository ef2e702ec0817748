/**
 * Prometheus metrics of this process, in one registry. Each process (API, worker, or both under
 * `npm start`) counts its own; `GET /metrics` on the API serves the registry in the text format.
 * A counter is declared here once, so every place that counts the same thing uses the same name.
 */
import { collectDefaultMetrics, Counter, Registry } from 'prom-client';

export const metrics = new Registry();
collectDefaultMetrics({ register: metrics, prefix: 'patchcord_' });

/** A step whose retries ran out, or that failed permanently, and now waits for ops. */
export const failedStepsTotal = new Counter({
  name: 'patchcord_failed_steps_total',
  help: 'Steps recorded as failed (waiting for an ops retry or skip), by step and error type.',
  labelNames: ['step', 'error_type'] as const,
  registers: [metrics],
});

/** A request-log entry that could not be written and was given up. */
export const requestLogDroppedTotal = new Counter({
  name: 'patchcord_request_log_dropped_total',
  help: 'Request-log entries given up: the retry buffer was full, the database refused them for good, or they were unwritten at shutdown.',
  registers: [metrics],
});
