/**
 * One lead per call from an unknown caller, however many attempts of the resolveLead activity race
 * (Temporal may run one again while the first is still writing): the activity is called directly,
 * with its real dependencies, against this file's database on the real FerretDB. Leads created any
 * other way are not held to the unique index.
 */
import crypto from 'node:crypto';
import { makeCallLogActivities } from '../../activities/call-log';
import { connectDb } from '../../src/db/connect';
import { makeModels, syncIndexes } from '../../src/db/models';
import { testEnv } from '../helpers/env';
import { createConnector, startHarness, type Harness } from '../helpers/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('lead-per-call', { worker: false });
});

afterAll(async () => {
  await h?.stop();
});

test('concurrent resolveLead attempts for one call create one lead, and every attempt returns it', async () => {
  const connector = await createConnector(h);
  // Attempts on separate connections reach the database side by side, as they do from separate
  // workers; on one connection the driver would queue them. Without the unique index, most rounds
  // end with several leads.
  const conns = await Promise.all(Array.from({ length: 6 }, () => connectDb(testEnv('mongo'), h.dbName)));
  try {
    const attempts = conns.flatMap((conn) => {
      const { resolveLead } = makeCallLogActivities({ models: makeModels(conn) });
      return [resolveLead, resolveLead];
    });
    for (let round = 0; round < 10; round++) {
      const input = {
        connectorId: connector.id,
        callKey: `s:race-${round}-${crypto.randomBytes(4).toString('hex')}`,
        leadId: null,
        phone: `+9198450${10_000 + round}`,
        caller: { name: 'Meera Iyer', city: 'Chennai' },
      };
      const results = await Promise.all(attempts.map((resolveLead) => resolveLead(input)));

      const leads = await h.models.Lead.find({ phone: input.phone }).lean();
      expect(leads).toHaveLength(1);
      expect(leads[0]).toMatchObject({ firstName: 'Meera', lastName: 'Iyer', city: 'Chennai', source: 'inbound call' });
      // An attempt that starts after a sibling's insert finds the lead by its number instead.
      for (const result of results) {
        expect(result.leadId).toBe(String(leads[0]!._id));
        expect([result.matchedBy, result.created]).toEqual(result.matchedBy === 'phone' ? ['phone', false] : ['created', true]);
      }
    }
  } finally {
    await Promise.all(conns.map((conn) => conn.close()));
  }
});

test('leads without a creating call are not held to the index: many are created by hand', async () => {
  for (const phone of ['+919845000001', '+919845000002', '+919845000003']) {
    const res = await h.admin('POST', '/api/admin/leads', { firstName: 'Manual', phone });
    expect(res.status).toBe(201);
  }
  const manual = await h.models.Lead.find({ firstName: 'Manual' }).lean();
  expect(manual).toHaveLength(3);
  for (const lead of manual) expect(lead).not.toHaveProperty('createdByCall');
});

test('leads stored with an explicit null createdByCall (before the index) lose it, and the index is built', async () => {
  const conn = await connectDb(testEnv('mongo'), `${h.dbName}_legacy`);
  try {
    const models = makeModels(conn);
    await models.Lead.collection.insertMany([
      { phone: '+919845100001', createdByCall: null, source: 'manual' },
      { phone: '+919845100002', createdByCall: null, source: 'manual' },
      { phone: '+919845100003', createdByCall: 'c1:s:legacy', source: 'inbound call' },
    ]);
    await syncIndexes(models);
    expect(await models.Lead.collection.indexExists('createdByCall_1')).toBe(true);
    const stored = await models.Lead.find({}, { phone: 1, createdByCall: 1 }).sort({ phone: 1 }).lean();
    expect(stored.map((lead) => lead.createdByCall)).toEqual([undefined, undefined, 'c1:s:legacy']);
    // And the index holds from now on.
    await expect(models.Lead.collection.insertOne({ phone: '+919845100004', createdByCall: 'c1:s:legacy' })).rejects.toMatchObject({
      code: 11000,
    });
  } finally {
    await conn.dropDatabase().catch(() => undefined);
    await conn.close();
  }
});
