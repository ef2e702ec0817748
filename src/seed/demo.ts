/**
 * Demo data for a first start: an admin, agents in two teams, a few hundred leads and one Generic
 * connector whose calls ask the agent for a disposition from a fixed list. Idempotent: a second start finds the demo connector and leaves everything as it is.
 */
import { hashPassword } from '../security/passwords';
import type { Models, Types } from '../db/models';
import { getPreset } from '../providers';
import type { ConnectorService } from '../services/connectors';

export const DEMO_PASSWORD = 'patchcord-demo';
/** Where `npm run simulate` serves the provider APIs by default: the one loopback port `npm start` may call. */
export const SIMULATOR_PORT = 8090;
export const DEMO_ADMIN_EMAIL = 'admin@patchcord.local';
export const DEMO_CONNECTOR_NAME = 'Generic (demo)';
export const DEMO_LEAD_COUNT = 300;
/** What an agent picks from after a demo call: the disposition is asked for before the next call. */
export const DEMO_DISPOSITIONS = ['Interested', 'Call back later', 'Not interested', 'Wrong number'] as const;

const FIRST = [
  'Aarav',
  'Priya',
  'Rohan',
  'Ananya',
  'Vikram',
  'Meera',
  'Karthik',
  'Divya',
  'Arjun',
  'Sneha',
  'Rahul',
  'Kavya',
  'Siddharth',
  'Isha',
  'Nikhil',
];
const LAST = ['Sharma', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Menon', 'Rao', 'Patel', 'Das', 'Kulkarni', 'Singh', 'Pillai'];
const CITIES = ['Bangalore', 'Chennai', 'Hyderabad', 'Mumbai', 'Pune', 'Kochi', 'Delhi'];

export const DEMO_AGENTS = [
  { email: 'asha@patchcord.local', name: 'Asha Rao', phone: '+919611795980', agentId: 'agent-1001', team: 'North' },
  { email: 'ben@patchcord.local', name: 'Ben Mathew', phone: '+919611795981', agentId: 'agent-1002', team: 'North' },
  { email: 'chitra@patchcord.local', name: 'Chitra Nair', phone: '+919611795982', agentId: 'agent-2001', team: 'South' },
  { email: 'dev@patchcord.local', name: 'Dev Menon', phone: '+919611795983', agentId: 'agent-2002', team: 'South' },
] as const;

/** The demo lead numbers: +91 98450 00000 upwards. */
export function demoLeadPhone(i: number): string {
  return `+9198450${String(i).padStart(5, '0')}`;
}

export interface DemoSeedResult {
  connectorId: string;
  created: boolean;
}

export async function seedDemo(models: Models, connectors: ConnectorService): Promise<DemoSeedResult> {
  const existing = await models.Connector.findOne({ name: DEMO_CONNECTOR_NAME }, { _id: 1 }).lean();
  if (existing) return { connectorId: String(existing._id), created: false };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  if (!(await models.User.exists({ email: DEMO_ADMIN_EMAIL }))) {
    await models.User.create({ email: DEMO_ADMIN_EMAIL, name: 'Demo Admin', role: 'admin', passwordHash });
  }
  const teams = new Map<string, Types.ObjectId>();
  for (const name of ['North', 'South']) {
    const team = await models.Team.findOneAndUpdate({ name }, { $setOnInsert: { name } }, { upsert: true, returnDocument: 'after' }).lean();
    if (team) teams.set(name, team._id);
  }
  const agentIds: Types.ObjectId[] = [];
  for (const a of DEMO_AGENTS) {
    // updateOne + findOne: FerretDB v1 cannot project inside findAndModify (User hides passwordHash).
    await models.User.updateOne(
      { email: a.email },
      {
        $setOnInsert: {
          email: a.email,
          name: a.name,
          role: 'agent',
          passwordHash,
          phones: [a.phone],
          agentIds: [{ agentId: a.agentId, connectorId: null }],
          teamIds: [teams.get(a.team)],
        },
      },
      { upsert: true },
    );
    const user = await models.User.findOne({ email: a.email }, { _id: 1 }).lean();
    if (user) agentIds.push(user._id);
  }

  const leads = Array.from({ length: DEMO_LEAD_COUNT }, (_, i) => ({
    firstName: FIRST[i % FIRST.length],
    lastName: LAST[(i * 7) % LAST.length],
    phone: demoLeadPhone(i),
    // Every tenth lead also has a secondary number, so calls from it find the same lead.
    secondaryPhones: i % 10 === 0 ? [`+9180${String(40000000 + i)}`] : [],
    city: CITIES[i % CITIES.length],
    country: 'India',
    ownerId: agentIds[i % agentIds.length],
    source: 'demo',
  }));
  await models.Lead.insertMany(leads, { ordered: false });

  const preset = getPreset('generic');
  const secret = connectors.newWebhookSecret();
  const connector = await models.Connector.create({
    name: DEMO_CONNECTOR_NAME,
    presetId: preset.id,
    defaultCountry: preset.defaults.defaultCountry,
    timeZone: preset.defaults.timeZone,
    isDefault: true,
    teamIds: [...teams.values()],
    virtualNumbers: [
      { number: '+919020897874', tag: 'Sales' },
      { number: '+919020897875', tag: 'Support' },
    ],
    mappings: { callLog: { expression: preset.mappings.callLog, version: 1 } },
    // After hangup the agent picks a disposition (kept on the lead's `disposition` field) before the
    // next call, with an optional follow-up task; a missed call gets a call-back task.
    lifecycle: {
      missedCall: { createTask: true, dueInMinutes: 60 },
      disposition: {
        requiredBeforeNextCall: true,
        leadField: 'disposition',
        values: [...DEMO_DISPOSITIONS],
        task: { mode: 'optional', dueInMinutes: 1440 },
        customActivity: { mode: 'off', type: 'Call disposition' },
      },
      leadSharing: true,
    },
    webhookSecret: secret.sealed,
  });
  return { connectorId: String(connector._id), created: true };
}
