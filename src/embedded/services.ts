/**
 * The embedded dev services: the Temporal CLI's dev server and FerretDB on SQLite, run as child
 * processes on loopback. Used by `npm start` when no external MONGO_URL / TEMPORAL_ADDRESS is set,
 * and by the test suite's global setup.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface EmbeddedProcess {
  readonly name: string;
  readonly pid: number;
  /** Sends SIGTERM, waits for the exit, and SIGKILLs after a grace period. */
  stop(): Promise<void>;
}

export interface ServiceOptions {
  binDir: string;
  port: number;
  /** Where state lives; for Temporal, omit to keep everything in memory (tests). */
  dataDir?: string;
  /** Receives the child's log lines (stderr and stdout). */
  onLog?: (line: string) => void;
}

function missingBinary(binary: string): Error {
  return new Error(`${binary} is missing: run \`npm run setup\` to build the embedded services (needs Go 1.24+).`);
}

/** Resolves once something accepts TCP connections on 127.0.0.1:port. */
export async function waitForPort(port: number, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`process exited with code ${child.exitCode} before listening on ${port}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port }, () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing listened on 127.0.0.1:${port} within ${timeoutMs} ms`);
}

/** A free loopback TCP port chosen by the kernel. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function supervise(name: string, child: ChildProcess, onLog?: (line: string) => void): EmbeddedProcess {
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      if (!onLog) return;
      for (const line of chunk.split('\n')) if (line.trim()) onLog(line);
    });
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    name,
    pid: child.pid ?? -1,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function launch(binary: string, args: string[]): ChildProcess {
  if (!fs.existsSync(binary)) throw missingBinary(binary);
  // Not detached: the children share our process group, so Ctrl-C in a terminal reaches them too.
  return spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
}

export async function startTemporal(opts: ServiceOptions): Promise<EmbeddedProcess> {
  const args = [
    'server',
    'start-dev',
    '--headless',
    '--ip',
    '127.0.0.1',
    '--port',
    String(opts.port),
    '--log-level',
    'warn',
    '--sqlite-pragma',
    'journal_mode=WAL',
    '--sqlite-pragma',
    'synchronous=OFF',
  ];
  if (opts.dataDir) {
    fs.mkdirSync(opts.dataDir, { recursive: true });
    args.push('--db-filename', path.join(opts.dataDir, 'temporal.sqlite'));
  }
  const child = launch(path.join(opts.binDir, 'temporal'), args);
  const proc = supervise('temporal', child, opts.onLog);
  try {
    await waitForPort(opts.port, 60_000, child);
  } catch (err) {
    await proc.stop();
    throw err;
  }
  return proc;
}

export async function startFerretDb(opts: ServiceOptions & { dataDir: string }): Promise<EmbeddedProcess> {
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const args = ['-listen', `127.0.0.1:${opts.port}`, '-data', opts.dataDir, '-log-level', 'error'];
  const child = launch(path.join(opts.binDir, 'ferretdb'), args);
  const proc = supervise('ferretdb', child, opts.onLog);
  try {
    await waitForPort(opts.port, 30_000, child);
  } catch (err) {
    await proc.stop();
    throw err;
  }
  return proc;
}
