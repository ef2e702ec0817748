/**
 * Patchcord as the soak talks to it: its HTTP API only (sign-in, admin seeding, the agent's calls and
 * dispositions, the ops view of failed steps). Seeding wires one connector per simulated provider to
 * the simulator, with the agents in its team and uContact's dispositions on.
 */
import { findSimulatedProvider, type SimulatedProviderId } from '../../../src/simulator/providers';
import type { Simulator } from '../../../src/simulator/server';

export interface Answer {
  status: number;
  body: any;
}

const REQUEST_TIMEOUT_MS = 60_000;

export async function call(base: string, token: string, method: string, path: string, body?: unknown): Promise<Answer> {
  try {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON: keep the text.
    }
    return { status: res.status, body: parsed };
  } catch (err) {
    // No answer (refused, reset, timed out) is status 0, as the simulator counts it.
    return { status: 0, body: err instanceof Error ? err.message : String(err) };
  }
}

async function expect2xx(what: string, a: Promise<Answer>): Promise<any> {
  const r = await a;
  if (r.status < 200 || r.status >= 300) throw new Error(`${what}: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  return r.body;
}

export async function login(base: string, email: string, password: string): Promise<string> {
  const body = await expect2xx(`sign-in ${email}`, call(base, '', 'POST', '/api/auth/login', { email, password }));
  return String(body.token);
}

export const PROVIDERS: readonly SimulatedProviderId[] = ['ozonetel', 'mobile-cloud-calling', '8x8-vcc', 'ucontact'];

/** Each provider's connector calls out from its own virtual number, so a click-to-call names its connector. */
const DID_OF: Record<SimulatedProviderId, string> = {
  ozonetel: '+918040000001',
  'mobile-cloud-calling': '+918040000002',
  '8x8-vcc': '+918040000003',
  ucontact: '+918040000004',
};

/** uContact's dialer actions; RESPOOL needs nothing but the call. */
export const DISPOSITION_VALUE = 'RESPOOL';

export interface SoakAgent {
  /** The provider's agent id, the same at every simulated provider. */
  agentId: string;
  userId: string;
  phone: string;
  token: string;
}

export interface SoakConnector {
  provider: SimulatedProviderId;
  id: string;
  did: string;
  webhooks: { route: string; popup: string; callEvent: string; callLog: string };
}

export interface Seeded {
  adminToken: string;
  agents: SoakAgent[];
  connectors: SoakConnector[];
  /** Phone numbers of leads the admin created: half the inbound calls come from them. */
  leadPhones: string[];
}

const LEADS = 40;

export async function seed(base: string, sim: Simulator, admin: { email: string; password: string }): Promise<Seeded> {
  const adminToken = await login(base, admin.email, admin.password);
  const as = (method: string, path: string, body?: unknown) => call(base, adminToken, method, path, body);
  const team = await expect2xx('create team', as('POST', '/api/admin/teams', { name: 'Soak' }));

  // The simulator's agents are Patchcord's agents, all logged in at every provider.
  const agents: SoakAgent[] = [];
  for (const a of sim.state.agents) {
    a.loggedIn = true;
    const email = `${a.id}@soak.local`;
    const password = `soak-${a.id}-password`;
    const user = await expect2xx(
      `create agent ${a.id}`,
      as('POST', '/api/admin/users', {
        email,
        name: a.name,
        role: 'agent',
        password,
        phones: [a.phone],
        teamIds: [team.id],
        agentIds: [{ agentId: a.id, connectorId: null }],
      }),
    );
    agents.push({ agentId: a.id, userId: String(user.id), phone: a.phone, token: await login(base, email, password) });
  }

  const connectors: SoakConnector[] = [];
  for (const provider of PROVIDERS) {
    const did = DID_OF[provider];
    if (!sim.state.dids.includes(did)) sim.state.dids.push(did);
    const created = await expect2xx(
      `create ${provider} connector`,
      as('POST', '/api/admin/connectors', {
        name: `Soak ${provider}`,
        presetId: provider,
        defaultCountry: 'IN',
        timeZone: 'Asia/Kolkata',
        teamIds: [team.id],
        virtualNumbers: [{ number: did, tag: 'Soak' }],
        duplicatePolicy: 'merge',
      }),
    );
    const simulated = findSimulatedProvider(provider);
    if (!simulated) throw new Error(`the simulator has no ${provider}`);
    await expect2xx(
      `${provider} provider settings`,
      as('PUT', `/api/admin/connectors/${created.id}/provider`, {
        credentials: simulated.credentials(sim.state.accounts, `${sim.url}/${provider}`),
      }),
    );
    if (provider === 'ucontact') {
      // Its preset pushes dispositions to the dialer; the connector offers the dialer's actions.
      await expect2xx(
        'uContact dispositions',
        as('PUT', `/api/admin/connectors/${created.id}/lifecycle`, { disposition: { values: [DISPOSITION_VALUE, 'SCHEDULE'] } }),
      );
    }
    connectors.push({ provider, id: String(created.id), did, webhooks: created.webhookUrls });
  }
  const leadPhones: string[] = [];
  for (let i = 0; i < LEADS; i += 1) {
    const phone = `+9198451${String(i).padStart(5, '0')}`;
    const owner = agents[i % agents.length];
    await expect2xx('create lead', as('POST', '/api/admin/leads', { firstName: `Soak ${i}`, phone, ownerId: owner?.userId ?? null }));
    leadPhones.push(phone);
  }
  return { adminToken, agents, connectors, leadPhones };
}
