/**
 * `npm start`: Patchcord on its embedded defaults. Starts FerretDB and the Temporal dev server
 * (unless MONGO_URL / TEMPORAL_ADDRESS point elsewhere), seeds demo data, runs the worker and the
 * API in this process, and prints what a newcomer needs. Ctrl-C stops everything it started.
 */
import path from 'node:path';
import { loadConfig } from '../config';
import { startFerretDb, startTemporal, type EmbeddedProcess } from '../embedded/services';
import { makeLogger } from '../logger';
import { ensureBootstrapAdmin, openDatabase, resolveSecretKey, startApi, startWorker } from '../runtime';
import { DEMO_AGENTS, DEMO_PASSWORD, demoLeadPhone, seedDemo, SIMULATOR_PORT } from '../seed/demo';
import { makeSecretBox } from '../security/secrets';
import { makeConnectorService } from '../services/connectors';
import { installRuntimeOnce } from '../runtime/worker';

async function main(): Promise<void> {
  // The embedded setup is for trying Patchcord: the provider simulator's port on loopback is allowed by default.
  const config = loadConfig({ ...process.env, OUTBOUND_ALLOW_LIST: process.env.OUTBOUND_ALLOW_LIST ?? `127.0.0.1:${SIMULATOR_PORT}` });
  const logger = makeLogger(config.logLevel);
  const children: EmbeddedProcess[] = [];
  const stops: (() => Promise<void>)[] = [];
  let stopping = false;

  // In reverse order of starting: the API drains its requests, the worker its activities, the
  // database closes, then the embedded services stop.
  async function shutdown(code: number): Promise<void> {
    if (stopping) return;
    stopping = true;
    logger.info('stopping (a second Ctrl-C exits at once)');
    for (const stop of stops.reverse()) await stop().catch((err: unknown) => logger.warn({ err }, 'stop failed'));
    for (const child of children.reverse()) await child.stop();
    process.exit(code);
  }
  const onSignal = (signal: NodeJS.Signals) => {
    if (!stopping) return void shutdown(0);
    logger.warn({ signal }, 'second signal: exiting without waiting for the drain');
    // The embedded services get the signal too, or they would outlive this process.
    for (const child of children) {
      try {
        process.kill(child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    process.exit(1);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    const onLog = (name: string) => (line: string) => logger.debug({ service: name }, line);
    let mongoUrl = config.mongoUrl;
    if (!mongoUrl) {
      const port = config.embedded.mongoPort;
      logger.info({ port }, 'starting embedded FerretDB');
      children.push(
        await startFerretDb({
          binDir: config.embedded.binDir,
          port,
          dataDir: path.join(config.embedded.dataDir, 'ferretdb'),
          onLog: onLog('ferretdb'),
        }),
      );
      mongoUrl = `mongodb://127.0.0.1:${port}/patchcord`;
    }
    let temporalAddress = config.temporal.address;
    if (!temporalAddress) {
      const port = config.embedded.temporalPort;
      logger.info({ port }, 'starting embedded Temporal dev server');
      children.push(
        await startTemporal({
          binDir: config.embedded.binDir,
          port,
          dataDir: path.join(config.embedded.dataDir, 'temporal'),
          onLog: onLog('temporal'),
        }),
      );
      temporalAddress = `127.0.0.1:${port}`;
    }

    const { conn, models } = await openDatabase(mongoUrl);
    stops.push(() => conn.close());
    const secretKey = resolveSecretKey(config);
    await ensureBootstrapAdmin(models, config.admin.email, config.admin.password ?? DEMO_PASSWORD, logger);
    const publicUrl = config.http.publicUrl ?? `http://${config.http.host}:${config.http.port}`;
    const connectors = makeConnectorService({ models, box: makeSecretBox(secretKey), publicUrl: () => publicUrl });
    const seeded = await seedDemo(models, connectors);

    installRuntimeOnce('WARN');
    const worker = await startWorker({ config, models, temporalAddress, logger, secretKey });
    stops.push(() => worker.stop());
    worker.running.catch((err: unknown) => {
      logger.fatal({ err }, 'worker stopped unexpectedly');
      void shutdown(1);
    });
    const api = await startApi({ config, models, temporalAddress, logger, secretKey });
    stops.push(() => api.stop());

    const view = await connectors.webhookView(seeded.connectorId);
    const callLogUrl = view ? connectors.webhookUrls(view.id, view.webhookSecret).callLog : '(demo connector missing)';
    printBanner({
      url: api.url,
      email: config.admin.email,
      password: config.admin.password ? '(as configured)' : DEMO_PASSWORD,
      callLogUrl,
      temporalAddress,
      mongoUrl,
      seeded: seeded.created,
    });
  } catch (err) {
    logger.fatal({ err }, 'start failed');
    await shutdown(1);
  }
}

function printBanner(o: {
  url: string;
  email: string;
  password: string;
  callLogUrl: string;
  temporalAddress: string;
  mongoUrl: string;
  seeded: boolean;
}): void {
  const agent = DEMO_AGENTS[0];
  const sample = JSON.stringify({
    SourceNumber: `%2b${demoLeadPhone(1).slice(1)}`,
    DestinationNumber: agent.phone,
    DisplayNumber: '+919020897874',
    StartTime: '2026-11-23 18:26:38',
    EndTime: '2026-11-23 18:27:50',
    CallDuration: '72',
    Status: 'Answered',
    CallNotes: 'Enquired about product',
    ResourceURL: 'https://recordings.example.com/demo-1.mp3',
    Direction: 'Inbound',
    CallSessionId: `demo-${Date.now()}`,
    AgentId: agent.agentId,
  });
  const lines = [
    '',
    'Patchcord is running.',
    `  Designer       ${o.url}/   (admins: connectors, settings, mappings, teams; admins and ops: calls, failed steps, request log, live board, analytics)`,
    `  Agent console  ${o.url}/console   (popups, current call, disposition)`,
    `  API            ${o.url}   (OpenAPI: ${o.url}/openapi.json)`,
    `  Temporal       ${o.temporalAddress}`,
    `  Database       ${o.mongoUrl}`,
    `  Demo data      ${o.seeded ? 'seeded now' : 'already present (reused)'}: admin, ${DEMO_AGENTS.length} agents in teams North and South, leads, one Generic connector`,
    `  Admin sign-in  ${o.email} / ${o.password}   (agents: ${DEMO_AGENTS.map((a) => a.email).join(', ')}, same password)`,
    '',
    'Post a call log exactly as a provider would (raw JSON sent as form-urlencoded, as the Generic format does):',
    `  curl -s -X POST '${o.callLogUrl}' -H 'Content-Type: application/x-www-form-urlencoded' --data-raw '${sample}'`,
    '',
    'Then read the phone-call activity it produced:',
    `  TOKEN=$(curl -s -X POST ${o.url}/api/auth/login -H 'Content-Type: application/json' -d '{"email":"${o.email}","password":"${o.password}"}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).token')`,
    `  curl -s ${o.url}/api/admin/activities -H "Authorization: Bearer $TOKEN"`,
    '',
    'Press Ctrl-C to stop.',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

void main();
