/**
 * Every side effect the workflows need, built from injected dependencies. The worker wires the
 * production ones; integration tests wire the same ones against their own test database.
 */
import type { Models } from '../src/db/models';
import { makeCallLogActivities } from './call-log';

export interface ActivityDeps {
  models: Models;
}

export function createActivities(deps: ActivityDeps) {
  return {
    ...makeCallLogActivities(deps),
  };
}

export type CallActivities = ReturnType<typeof createActivities>;
export type * from './call-log';
