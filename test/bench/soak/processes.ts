/**
 * The processes a soak runs and breaks: FerretDB and the Temporal dev server (src/embedded/services.ts,
 * restartable on the same port and data folder), and Patchcord's API and worker as separate child
 * processes (`node --import tsx src/cli/…`, so the pid is Patchcord's own and a SIGKILL reaches it).
 * Every child's output goes to a log file; a child that dies on its own is noted and started again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startFerretDb, startTemporal, waitForPort, type EmbeddedProcess } from '../../../src/embedded/services';

const ROOT = path.resolve(__dirname, '..', '..', '..');
export const BIN_DIR = path.join(ROOT, '.tools', 'bin');

export interface UnexpectedExit {
  process: string;
  pid: number;
  at: string;
  code: number | null;
  signal: string | null;
}

/** Appends a child's lines to one log file, with the time. */
export function makeLogSink(file: string): { line(s: string): void; close(): void } {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const out = fs.createWriteStream(file, { flags: 'w' });
  return {
    line: (s) => out.write(`${new Date().toISOString()} ${s}\n`),
    close: () => out.end(),
  };
}

/** A restartable embedded service (FerretDB or Temporal) on a fixed port and data folder. */
export function makeService(kind: 'ferretdb' | 'temporal', port: number, dataDir: string, log: (line: string) => void) {
  let proc: EmbeddedProcess | null = null;
  return {
    kind,
    port,
    get pid(): number | null {
      return proc?.pid ?? null;
    },
    async start(): Promise<void> {
      const opts = { binDir: BIN_DIR, port, dataDir, onLog: log };
      proc = kind === 'ferretdb' ? await startFerretDb(opts) : await startTemporal(opts);
      log(`-- started pid ${proc.pid}`);
    },
    async stop(): Promise<void> {
      const p = proc;
      proc = null;
      if (p) {
        log(`-- stopping pid ${p.pid}`);
        await p.stop();
      }
    },
  };
}

export type Service = ReturnType<typeof makeService>;

export interface PatchcordProcessOptions {
  name: 'api' | 'worker';
  entry: string;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
  /** Resolves once the process can serve (the API answers /healthz; the worker logged that it runs). */
  ready: (child: ChildProcess, lines: AsyncLineWaiter) => Promise<void>;
  onUnexpectedExit: (exit: UnexpectedExit) => void;
}

export interface AsyncLineWaiter {
  waitFor(pattern: RegExp, timeoutMs: number): Promise<void>;
}

/**
 * One Patchcord process, started from source through tsx's loader. `kill()` is the soak's own
 * SIGKILL; any other exit while it should run is unexpected: noted, and the process is started again.
 */
export function makePatchcordProcess(o: PatchcordProcessOptions) {
  let child: ChildProcess | null = null;
  let wanted = false;
  let restarting: Promise<void> | null = null;
  /** Crashes since the last successful start: restarts back off, so a crash loop does not eat the machine. */
  let crashes = 0;

  async function start(): Promise<void> {
    wanted = true;
    const c = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, o.entry)], {
      cwd: ROOT,
      env: o.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = c;
    const waiters = new Set<{ pattern: RegExp; resolve: () => void }>();
    for (const stream of [c.stdout, c.stderr]) {
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        for (const line of chunk.split('\n')) {
          if (!line.trim()) continue;
          o.log(line);
          for (const w of waiters) if (w.pattern.test(line)) w.resolve();
        }
      });
    }
    const lines: AsyncLineWaiter = {
      waitFor: (pattern, timeoutMs) =>
        new Promise<void>((resolve, reject) => {
          const w = { pattern, resolve: () => (clearTimeout(timer), waiters.delete(w), resolve()) };
          const timer = setTimeout(() => {
            waiters.delete(w);
            reject(new Error(`${o.name}: no line matching ${String(pattern)} within ${timeoutMs} ms`));
          }, timeoutMs);
          waiters.add(w);
          c.once('exit', () => {
            clearTimeout(timer);
            waiters.delete(w);
            reject(new Error(`${o.name} exited before it was ready`));
          });
        }),
    };
    c.once('exit', (code, signal) => {
      o.log(`-- pid ${c.pid} exited (code ${code}, signal ${signal})`);
      if (child !== c) return;
      child = null;
      if (!wanted) return;
      o.onUnexpectedExit({ process: o.name, pid: c.pid ?? -1, at: new Date().toISOString(), code, signal });
      const delay = Math.min(15_000, 1000 * 2 ** Math.min(4, crashes));
      crashes += 1;
      restarting = new Promise((r) => setTimeout(r, delay))
        .then(() => (wanted && child === null ? start() : undefined))
        .catch((err: unknown) => o.log(`-- restart failed: ${err instanceof Error ? err.message : String(err)}`))
        .finally(() => (restarting = null));
    });
    o.log(`-- started pid ${c.pid}`);
    await o.ready(c, lines);
    crashes = 0;
    o.log(`-- pid ${c.pid} ready`);
  }

  /** Waits for the process to be gone, SIGKILLing it after `graceMs`. */
  async function stopChild(c: ChildProcess, signal: NodeJS.Signals, graceMs: number): Promise<void> {
    if (c.exitCode !== null || c.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => c.once('exit', () => resolve()));
    c.kill(signal);
    const timer = setTimeout(() => c.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }

  return {
    name: o.name,
    get pid(): number | null {
      return child?.pid ?? null;
    },
    start,
    /** The soak's fault: SIGKILL, no restart until `start()`. */
    async kill(): Promise<void> {
      wanted = false;
      const c = child;
      child = null;
      if (c) await stopChild(c, 'SIGKILL', 0);
    },
    async stop(): Promise<void> {
      wanted = false;
      await restarting;
      const c = child;
      child = null;
      if (c) await stopChild(c, 'SIGTERM', 10_000);
    },
  };
}

export type PatchcordProcess = ReturnType<typeof makePatchcordProcess>;

/** Resident memory of a process in kB (VmRSS), or null once it is gone. */
export function rssKb(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** The API is ready when it answers its health check. */
export async function apiReady(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  await waitForPort(port, timeoutMs, child);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error('the API exited before it was ready');
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(5000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`the API did not answer /healthz within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
