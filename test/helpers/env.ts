/** Environment variables through which the global setup hands its services to the test files. */
export const TEST_ENV = {
  temporal: 'PATCHCORD_TEST_TEMPORAL_ADDRESS',
  mongo: 'PATCHCORD_TEST_MONGO_URL',
  bundle: 'PATCHCORD_TEST_WORKFLOW_BUNDLE',
} as const;

export function testEnv(key: keyof typeof TEST_ENV): string {
  const value = process.env[TEST_ENV[key]];
  if (!value) throw new Error(`${TEST_ENV[key]} is not set: integration tests run through jest's global setup`);
  return value;
}
