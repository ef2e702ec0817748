/** Temporal keeps what the API acknowledged: a log posted with no worker running is processed later. */
import { createConnector, postJson, seedCallLog, startHarness, waitFor, type Harness } from '../helpers/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('offline', { worker: false });
});

afterAll(async () => {
  await h?.stop();
});

test('a call log posted while no worker runs is acknowledged, then processed once a worker starts', async () => {
  const connector = await createConnector(h);
  const res = await postJson(connector.callLogUrl, seedCallLog({ SourceNumber: '+919811100099' }));
  expect(res.status).toBe(200);
  const activityId = res.body.ActivityId as string;

  await new Promise((r) => setTimeout(r, 1000));
  expect(await h.models.CallActivity.findById(activityId).lean()).toBeNull();

  await h.startWorker();
  const activity = await waitFor(() => h.models.CallActivity.findById(activityId).lean(), 30_000, 'activity after worker start');
  expect(activity).toMatchObject({ sourceNumber: '+919811100099', status: 'Answered' });
});
