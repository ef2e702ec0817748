/**
 * Prometheus metrics of this process, in one registry. Each process (API, worker, or both under
 * `npm start`) counts its own; `GET /metrics` on the API serves the registry in the text format.
 * A counter is declared here once, so every place that counts the same thing uses the same name.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

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

/**
 * The `connector` label: a connector's id, or `unknown` for a request naming no connector this
 * process knows, so a scan of made-up ids cannot grow the label set.
 */
export const UNKNOWN_CONNECTOR = 'unknown';

/** Webhook requests by connector, webhook (`call-log`, `events`, `popup`, `call-event`, `route`, `sso`) and outcome. */
export const webhookDuration = new Histogram({
  name: 'patchcord_webhook_request_duration_seconds',
  help: 'Provider webhook requests, from arrival to the answer, by connector, webhook kind and outcome (accepted, rejected, error).',
  labelNames: ['connector', 'kind', 'outcome'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metrics],
});

/** A delivery its mapping could not turn into valid call events (or a route input). */
export const mappingErrorsTotal = new Counter({
  name: 'patchcord_mapping_errors_total',
  help: 'Webhook deliveries refused because the mapping failed or produced invalid output, by connector, webhook kind and error code.',
  labelNames: ['connector', 'kind', 'code'] as const,
  registers: [metrics],
});

/** Requests Patchcord sends to providers. */
export const outboundDuration = new Histogram({
  name: 'patchcord_outbound_request_duration_seconds',
  help: 'Requests to providers, by operation (click-to-call, disposition, login…) and outcome (accepted, rejected, error).',
  labelNames: ['operation', 'outcome'] as const,
  buckets: [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [metrics],
});

/** Agents' open event streams in this process. */
export const sseConnections = new Gauge({
  name: 'patchcord_sse_connections',
  help: "Open Server-Sent-Event streams to agents' consoles in this process.",
  registers: [metrics],
});

/** From a popup webhook's arrival to the popup's write on the agent's event stream. */
export const popupDeliveryDuration = new Histogram({
  name: 'patchcord_popup_delivery_seconds',
  help: "Popups, from the popup webhook's arrival to the write on the agent's event stream, by connector.",
  labelNames: ['connector'] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 30],
  registers: [metrics],
});
