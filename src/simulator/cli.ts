/**
 * `npm run simulate -- --provider ozonetel --calls 50`: starts the provider simulator, wires a
 * Patchcord connector to it through the admin API and places simulated calls against that
 * connector's webhooks. Exit code 0 when every webhook answered 2xx, 1 otherwise, 2 on a setup error.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DEMO_PASSWORD, SIMULATOR_PORT } from '../seed/demo';
import { AdminApiError, makeAdminClient, type AdminClient, type WebhookSet } from './admin-client';
import { findSimulatedProvider, SIMULATED_PROVIDER_IDS, type SimulatedProviderId } from './providers';
import { allAccepted, makeProgressPrinter, summaryTable } from './report';
import { redactUrl } from './sender';
import { startSimulator, type Simulator } from './server';

const USAGE = `Usage: npm run simulate -- --provider <${SIMULATED_PROVIDER_IDS.join('|')}> [options]

  --provider <id>     which provider to play, by its preset id (required)
  --calls <n>         inbound calls to place (default 10; 0 with --serve just serves the APIs)
  --rate <n>          calls started per second (default 2)
  --seed <n>          seed for callers, agents and outcomes (default: from the clock, printed)
  --speed <x>         multiplies every simulated delay: 1 real time, 0.1 ten times faster, 0 none (default 1)
  --api <url>         Patchcord's base URL (default $PATCHCORD_URL, else http://$HTTP_HOST:$HTTP_PORT, else http://127.0.0.1:8080)
  --email <e>         admin email (default $PATCHCORD_ADMIN_EMAIL or admin@patchcord.local)
  --password <p>      admin password (default $PATCHCORD_ADMIN_PASSWORD or the demo password)
  --connector <id>    use this connector instead of creating one (its provider settings are left as they are); needs --secret
  --secret <s>        that connector's webhook secret (default $PATCHCORD_WEBHOOK_SECRET)
  --port <n>          simulator port (default ${SIMULATOR_PORT}, the one \`npm start\` may call; 0 for a free one)
  --serve             keep serving the provider APIs after the calls, until Ctrl-C
  --help              this text
`;

const argsSchema = z.object({
  provider: z.enum(SIMULATED_PROVIDER_IDS),
  calls: z.coerce.number().int().min(0).max(1_000_000).default(10),
  rate: z.coerce.number().positive().default(2),
  seed: z.coerce.number().int().optional(),
  speed: z.coerce.number().min(0).default(1),
  api: z.url().default(process.env.PATCHCORD_URL ?? `http://${process.env.HTTP_HOST ?? '127.0.0.1'}:${process.env.HTTP_PORT ?? '8080'}`),
  email: z.string().default(process.env.PATCHCORD_ADMIN_EMAIL ?? 'admin@patchcord.local'),
  password: z.string().default(process.env.PATCHCORD_ADMIN_PASSWORD ?? DEMO_PASSWORD),
  connector: z.string().optional(),
  secret: z
    .string()
    .optional()
    .default(process.env.PATCHCORD_WEBHOOK_SECRET ?? ''),
  port: z.coerce.number().int().min(0).max(65535).default(SIMULATOR_PORT),
  serve: z.boolean().default(false),
});
type Args = z.infer<typeof argsSchema>;

/** Where a provider's API is served on the simulator: what a connector's base URL points at. */
const apiBase = (sim: Simulator, provider: SimulatedProviderId): string => `${sim.url}/${provider}`;

function credentialsFor(sim: Simulator, provider: SimulatedProviderId): Record<string, string> {
  const simulated = findSimulatedProvider(provider);
  if (!simulated) throw new Error(`Unknown provider ${provider}`);
  return simulated.credentials(sim.state.accounts, apiBase(sim, provider));
}

async function connectorWebhooks(api: AdminClient, sim: Simulator, args: Args): Promise<{ id: string; webhooks: WebhookSet }> {
  if (args.connector) {
    if (!args.secret)
      throw new Error('--connector needs --secret (the webhook secret shown when the connector was created or last rotated).');
    const c = await api.getConnector(args.connector);
    const fill = (u: string) => u.replace('{secret}', encodeURIComponent(args.secret));
    return {
      id: c.id,
      webhooks: {
        callLog: fill(c.webhookUrls.callLog),
        route: fill(c.webhookUrls.route),
        popup: fill(c.webhookUrls.popup),
        callEvent: fill(c.webhookUrls.callEvent),
      },
    };
  }
  const name = `Simulated ${args.provider} ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`;
  const virtualNumbers = sim.state.dids.map((number) => ({ number, tag: 'simulator' }));
  const c = await api.createConnector({ name, presetId: args.provider, virtualNumbers });
  console.log(`created connector "${name}" (${c.id})`);
  return { id: c.id, webhooks: c.webhookUrls };
}

async function pointProviderAtSimulator(api: AdminClient, sim: Simulator, id: string, provider: SimulatedProviderId): Promise<void> {
  const answer = await api.setProviderSettings(id, credentialsFor(sim, provider));
  if (answer.status >= 200 && answer.status < 300) console.log(`provider settings point at ${apiBase(sim, provider)}`);
  else if (answer.status === 404)
    console.log(
      'note: this Patchcord has no provider settings endpoint (PUT /api/admin/connectors/:id/provider answered 404); click-to-call will not reach the simulator. Placing calls anyway.',
    );
  else console.log(`note: provider settings not saved (HTTP ${answer.status}: ${answer.message}); placing calls anyway.`);
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      provider: { type: 'string' },
      calls: { type: 'string' },
      rate: { type: 'string' },
      seed: { type: 'string' },
      speed: { type: 'string' },
      api: { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
      connector: { type: 'string' },
      secret: { type: 'string' },
      port: { type: 'string' },
      serve: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    process.stderr.write(`${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n')}\n\n${USAGE}`);
    return 2;
  }
  const args = parsed.data;
  const sim = await startSimulator({ port: args.port, speed: args.speed, ...(args.seed !== undefined ? { seed: args.seed } : {}) });
  let interrupted = false;
  let requestStop = () => {};
  const stopRequested = new Promise<void>((resolve) => (requestStop = resolve));
  // The first Ctrl-C stops the simulator (calls in flight end, the summary still prints); a second quits.
  const onSignal = () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    process.stderr.write('\nstopping (Ctrl-C again to quit at once)…\n');
    requestStop();
    void sim.stop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  console.log(`simulator on ${sim.url} (seed ${sim.seed}, speed ${args.speed})`);

  try {
    const api = makeAdminClient(args.api);
    await api.login(args.email, args.password);
    const { id, webhooks } = await connectorWebhooks(api, sim, args);
    // An existing connector may be a real one: its provider settings are left alone.
    if (args.connector) console.log(`using connector ${id}; its provider settings are unchanged (click-to-call goes wherever they point)`);
    else await pointProviderAtSimulator(api, sim, id, args.provider);
    const callers = await api.leadPhones().catch(() => []);
    const agents = await api.agents(id).catch(() => []);
    // Patchcord's agents become the provider's agents too, so its click-to-calls name known agents.
    for (const a of agents) if (a.agentId) sim.state.agents.push({ id: a.agentId, name: a.name, phone: a.phone, loggedIn: true });
    console.log(
      `webhooks: ${redactUrl(webhooks.callLog)} and siblings · ${callers.length || 'random'} callers · ${agents.length || sim.state.agents.length} agents`,
    );

    const printer = makeProgressPrinter(process.stdout);
    const summary = await sim.placeCalls({
      provider: args.provider,
      calls: args.calls,
      ratePerSecond: args.rate,
      webhooks,
      ...(callers.length ? { callers } : {}),
      ...(agents.length ? { agents } : {}),
      onProgress: (p) => printer.update(p),
    });
    printer.finish();
    console.log(`\n${summaryTable(summary)}`);
    if (args.serve && !interrupted) {
      console.log(`\nserving the provider APIs on ${sim.url} until Ctrl-C`);
      await stopRequested;
    } else if (interrupted) return 130;
    return allAccepted(summary) ? 0 : 1;
  } catch (err) {
    if (err instanceof AdminApiError && err.answer.status === 404 && err.what === 'create connector') {
      process.stderr.write(`Patchcord has no preset "${args.provider}" (${err.answer.message}).\n`);
    } else process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    if (err instanceof TypeError) process.stderr.write(`Is Patchcord running at ${args.api}? (--api)\n`);
    return 2;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await sim.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
