/**
 * Mail-merge values read every lead, including the ones Patchcord created itself from an unknown
 * caller (an upsert that writes only the caller's facts).
 */
import { createActivities } from '../../activities';
import { makeLogger } from '../../src/logger';
import { makeProviderDeps } from '../../src/runtime';
import { buildMergeValues } from '../../src/services/merge-values';
import { createConnector, startHarness, type Harness } from '../helpers/harness';

let h: Harness;
let deps: ReturnType<typeof makeProviderDeps>;

beforeAll(async () => {
  h = await startHarness('merge-values');
  deps = makeProviderDeps({
    config: h.config,
    models: h.models,
    logger: makeLogger('silent'),
    secretKey: Buffer.from(h.config.secretKey ?? '', 'base64'),
    publicUrl: () => h.url,
  });
});

afterAll(async () => {
  await deps?.close();
  await h.stop();
});

test('a lead created from an unknown caller gives its merge values (no second number is an empty Mobile)', async () => {
  const connector = await createConnector(h, { createUnknownLeads: true });
  const activities = createActivities(deps.deps);
  const { leadId, created } = await activities.resolveLead({
    connectorId: connector.id,
    callKey: 's:merge-values-1',
    leadId: null,
    phone: '+919812345678',
    caller: { name: 'Meera Iyer', city: 'Pune' },
  });
  expect(created).toBe(true);

  const values = await buildMergeValues(h.models, { connectorId: connector.id, defaultCountry: 'IN', timeZone: 'Asia/Kolkata', leadId });
  expect(values.Lead).toMatchObject({ ProspectID: leadId, FirstName: 'Meera', LastName: 'Iyer', Phone: '+919812345678', Mobile: '' });
});

test('a lead stored without secondaryPhones (created by an earlier version) is read as having none', async () => {
  const connector = await createConnector(h);
  const { insertedId } = await h.models.Lead.collection.insertOne({ phone: '+919812300000', firstName: 'Old', createdAt: new Date() });
  const leadId = String(insertedId);
  const values = await buildMergeValues(h.models, { connectorId: connector.id, defaultCountry: 'IN', timeZone: 'Asia/Kolkata', leadId });
  expect(values.Lead).toMatchObject({ ProspectID: leadId, FirstName: 'Old', Mobile: '' });
  const read = await h.admin('GET', `/api/admin/leads/${leadId}`);
  expect(read).toMatchObject({ status: 200, body: { id: leadId, phone: '+919812300000', secondaryPhones: [] } });
});
