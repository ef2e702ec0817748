/**
 * Mappings evaluated off the API's event loop: a pool of worker threads (piscina) runs each
 * evaluation, so a slow mapping (a huge `$pad`, a heavy payload) holds one thread, never the
 * requests the process serves meanwhile. JSONata checks its own timeout only between evaluation
 * steps, so one built-in call can run past it; the pool's hard deadline stops the thread of an
 * evaluation that overruns and starts a fresh one.
 *
 * Compiling stays in the calling thread: it only parses, and syntax errors come back without a hop.
 */
import { EventEmitter } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { CallContext } from '../call/canonical';
import { AppError } from '../errors';
import { makeMappingEngine, toMappingError, type MappingEngine, type MappingLimits } from './engine';
import type { SandboxAnswer, SandboxTask } from './sandbox-task';

export interface SandboxOptions {
  limits?: Partial<MappingLimits>;
  /** How long one evaluation may hold its thread before the thread is stopped (default: 4 × the JSONata timeout, at least 1 s). */
  hardTimeoutMs?: number;
  /** Threads in the pool (default: one per core but one, which the event loop keeps; at least 1). */
  threads?: number;
}

export interface MappingSandbox extends MappingEngine {
  readonly hardTimeoutMs: number;
  readonly threads: number;
  /** Stops the threads; evaluations still waiting are refused. */
  close(): Promise<void>;
}

const isAbort = (err: unknown): boolean => err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');

export function makeMappingSandbox(options: SandboxOptions = {}): MappingSandbox {
  const local = makeMappingEngine(options.limits);
  const hardTimeoutMs = options.hardTimeoutMs ?? Math.max(1000, 4 * local.limits.timeoutMs);
  const threads = options.threads ?? Math.max(1, os.availableParallelism() - 1);
  const pool = new Piscina<SandboxTask, SandboxAnswer>({
    filename: path.join(__dirname, 'sandbox-worker.js'),
    name: 'evaluateInSandbox',
    minThreads: 1,
    maxThreads: threads,
    idleTimeout: 60_000,
  });

  async function evaluate(expression: string, payload: unknown, ctx: CallContext): Promise<unknown> {
    local.compile(expression);
    // The deadline starts when a thread takes the evaluation: waiting in the queue behind another
    // connector's slow mapping must not use it up.
    const { port1, port2 } = new MessageChannel();
    const abort = new EventEmitter();
    let deadline: NodeJS.Timeout | undefined;
    port1.once('message', () => {
      deadline = setTimeout(() => abort.emit('abort'), hardTimeoutMs);
    });
    let answer: SandboxAnswer;
    try {
      answer = await pool.run({ expression, payload, ctx, limits: local.limits, started: port2 }, { transferList: [port2], signal: abort });
    } catch (err) {
      if (isAbort(err)) {
        const message = `the evaluation ran longer than ${hardTimeoutMs} ms and was stopped`;
        throw new AppError('MAPPING_LIMIT', `Mapping stopped by a guardrail: ${message}`, [{ code: 'hard_timeout', message }], {
          cause: err,
        });
      }
      throw toMappingError(err);
    } finally {
      clearTimeout(deadline);
      port1.close();
    }
    if (answer.ok) return answer.value;
    throw new AppError(answer.error.code, answer.error.message, answer.error.details);
  }

  return {
    compile: (expression) => local.compile(expression),
    evaluate,
    limits: local.limits,
    hardTimeoutMs,
    threads,
    close: () => pool.destroy(),
  };
}
