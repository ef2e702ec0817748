/**
 * The request log when the database goes away for a while: entries whose write fails are kept and
 * written once it is back; beyond the buffer's bound the oldest are dropped, counted in
 * patchcord_request_log_dropped_total and logged. The database is the real FerretDB, reached
 * through a TCP relay on loopback that the test cuts and restores.
 */
import crypto from 'node:crypto';
import net from 'node:net';
import { Writable } from 'node:stream';
import mongoose, { type Connection } from 'mongoose';
import pino from 'pino';
import { connectDb } from '../../src/db/connect';
import { makeModels, type Models } from '../../src/db/models';
import { requestLogDroppedTotal } from '../../src/metrics';
import { makeRequestLog, type RequestLogEntry } from '../../src/services/request-log';
import { testEnv } from '../helpers/env';
import { waitFor } from '../helpers/harness';

/** Forwards connections to FerretDB; `cut()` closes the port and every open connection, `restore()` listens again on it. */
function makeRelay(target: URL) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  return {
    get port() {
      return port;
    },
    async restore() {
      const listening = net.createServer((client) => {
        const upstream = net.connect(Number(target.port), target.hostname);
        track(client);
        track(upstream);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
        client.pipe(upstream).pipe(client);
      });
      await new Promise<void>((resolve, reject) => {
        listening.once('error', reject);
        listening.listen(port, '127.0.0.1', () => resolve());
      });
      port = (listening.address() as net.AddressInfo).port;
      server = listening;
    },
    async cut() {
      const listening = server;
      server = null;
      if (!listening) return;
      const closed = new Promise<void>((resolve) => listening.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

const entry = (path: string): RequestLogEntry => ({
  connectorId: null,
  kind: 'callLog',
  method: 'POST',
  path,
  query: '',
  headers: {},
  contentType: 'application/json',
  body: '{}',
  bodyBytes: 2,
  status: 200,
  outcome: 'accepted',
  errorCode: null,
  response: '{}',
  durationMs: 1,
  workflowId: null,
});

const dropped = async () => (await requestLogDroppedTotal.get()).values[0]?.value ?? 0;

const dbName = `t_request_log_retry_${crypto.randomBytes(3).toString('hex')}`;
const relay = makeRelay(new URL(testEnv('mongo')));
let direct: Connection;
let relayed: Connection;
let relayedModels: Models;
let lines: Record<string, unknown>[] = [];
const logger = pino(
  { level: 'warn' },
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  }),
);

beforeAll(async () => {
  direct = await connectDb(testEnv('mongo'), dbName);
  await relay.restore();
  // Short timeouts, and no queueing in Mongoose, so a write fails fast while the relay is cut.
  relayed = mongoose.createConnection(`mongodb://127.0.0.1:${relay.port}`, {
    dbName,
    autoIndex: false,
    autoCreate: false,
    bufferCommands: false,
    serverSelectionTimeoutMS: 1000,
    heartbeatFrequencyMS: 500,
  });
  await relayed.asPromise();
  relayedModels = makeModels(relayed);
});

afterAll(async () => {
  await relayed?.close(true);
  await relay.cut().catch(() => undefined);
  await direct?.dropDatabase().catch(() => undefined);
  await direct?.close();
});

beforeEach(() => {
  lines = [];
});

const writtenPaths = async () => (await makeModels(direct).RequestLog.find({}, { path: 1 }).lean()).map((doc) => doc.path).sort();

test('entries whose write fails are kept, the oldest beyond the bound are dropped and counted, the rest written later', async () => {
  const log = makeRequestLog({ models: relayedModels, logger, bodyCapBytes: 1024, retryMs: 600_000, maxBuffered: 5 });
  const droppedBefore = await dropped();
  await relay.cut();

  for (const path of ['/a1', '/a2', '/a3']) log.record(entry(path));
  await expect(log.flush()).resolves.toBeUndefined();
  expect(log.pending()).toBe(3);
  expect(lines).toContainEqual(expect.objectContaining({ msg: 'request log write failed', entries: 3 }));

  // Seven waiting, five kept: the two oldest are given up, counted, and logged at the next attempt.
  for (const path of ['/b1', '/b2', '/b3', '/b4']) log.record(entry(path));
  expect(log.pending()).toBe(5);
  expect((await dropped()) - droppedBefore).toBe(2);
  await log.flush();
  expect(lines).toContainEqual(
    expect.objectContaining({ level: 40, dropped: 2, msg: 'request log entries dropped: the database could not be written' }),
  );
  expect(await writtenPaths()).toEqual([]);

  await relay.restore();
  // The driver finds the database again within a few heartbeats; until then a flush keeps the entries.
  await waitFor(
    async () => {
      await log.flush();
      return log.pending() === 0;
    },
    20_000,
    'the kept entries to be written',
  );
  expect(await writtenPaths()).toEqual(['/a3', '/b1', '/b2', '/b3', '/b4']);
  expect((await dropped()) - droppedBefore).toBe(2);
  await log.close();
});

test('entries still unwritable when the log closes are dropped, counted and logged', async () => {
  const log = makeRequestLog({ models: relayedModels, logger, bodyCapBytes: 1024, retryMs: 600_000 });
  const droppedBefore = await dropped();
  await relay.cut();
  try {
    log.record(entry('/c1'));
    log.record(entry('/c2'));
    await log.close();
    expect(log.pending()).toBe(0);
    expect((await dropped()) - droppedBefore).toBe(2);
    expect(lines).toContainEqual(expect.objectContaining({ level: 40, dropped: 2 }));
  } finally {
    await relay.restore();
  }
});
