/**
 * What a sandbox thread runs (src/mapping/sandbox.ts): one evaluation with the in-process engine,
 * answered as plain data, since an AppError does not keep its class across threads.
 */
import type { MessagePort } from 'node:worker_threads';
import type { CallContext } from '../call/canonical';
import { AppError, type ErrorCode, type ErrorDetail } from '../errors';
import { makeMappingEngine, toMappingError, type MappingEngine, type MappingLimits } from './engine';

export interface SandboxTask {
  expression: string;
  payload: unknown;
  ctx: CallContext;
  limits: MappingLimits;
  /** Told when the evaluation starts, so the deadline counts running time, not time in the queue. */
  started: MessagePort;
}

export type SandboxAnswer =
  { ok: true; value: unknown } | { ok: false; error: { code: ErrorCode; message: string; details: ErrorDetail[] } };

// One engine (and compile cache) per thread and set of limits; a process normally has one set.
const engines = new Map<string, MappingEngine>();

function engineFor(limits: MappingLimits): MappingEngine {
  const key = JSON.stringify(limits);
  let engine = engines.get(key);
  if (!engine) {
    engine = makeMappingEngine(limits);
    engines.set(key, engine);
  }
  return engine;
}

const notData = (): AppError => {
  const message = 'the mapping returned a function or another value that is not data';
  return new AppError('MAPPING_EVALUATION', `Mapping failed: ${message}`, [{ code: 'not_data', message }]);
};

/**
 * The answer as plain data for the calling thread: arrays and objects copied by their own entries
 * (JSONata's sequences carry function-valued properties no thread can receive), functions refused.
 */
function asData(value: unknown, ancestors: object[] = []): unknown {
  if (typeof value === 'function') throw notData();
  if (typeof value !== 'object' || value === null) return value;
  // A lambda's environment refers back to itself: data never does.
  if (ancestors.includes(value)) throw notData();
  const inside = [...ancestors, value];
  if (Array.isArray(value)) return Array.from(value as unknown[], (item) => asData(item, inside));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    // defineProperty, so even a key named "__proto__" stays an own data property.
    Object.defineProperty(out, key, { value: asData(inner, inside), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

export async function evaluateInSandbox(task: SandboxTask): Promise<SandboxAnswer> {
  task.started.postMessage('started');
  task.started.close();
  try {
    return { ok: true, value: asData(await engineFor(task.limits).evaluate(task.expression, task.payload, task.ctx)) };
  } catch (err) {
    const error = err instanceof AppError ? err : toMappingError(err);
    return { ok: false, error: { code: error.code, message: error.message, details: [...error.details] } };
  }
}
