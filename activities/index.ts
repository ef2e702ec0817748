/**
 * Every side effect the workflows need, built from injected dependencies. The worker wires the
 * production ones; integration tests wire the same ones against their own test database.
 */
import { ConnectionStates } from 'mongoose';
import type { Models } from '../src/db/models';
import type { Logger } from '../src/logger';
import type { MappingEngine } from '../src/mapping/engine';
import type { Outbound } from '../src/outbound';
import type { ProviderApi } from '../src/services/provider-api';
import type { Notifier } from '../src/realtime/types';
import type { RetryRules } from '../src/retry-policy';
import { makeCallLogActivities } from './call-log';
import { withFailures } from './failures';
import { makeLifecycleActivities } from './lifecycle';
import { makeProviderActivities } from './provider';

export interface ActivityDeps {
  models: Models;
  notifier: Notifier;
  /** Provider requests: templates, response rules and the SSRF-safe sender. */
  outbound: Outbound;
  /** Provider operations with the connector's credentials, auth scheme and the request log. */
  providerApi: ProviderApi;
  /** Reads provider answers (a pulled call record) into call fields. */
  engine: MappingEngine;
  logger: Logger;
  /** How long each kind of failure is retried (`retryRules(config.stepRetry)`). */
  retryRules: RetryRules;
}

export function createActivities(deps: ActivityDeps) {
  return withFailures(
    {
      ...makeCallLogActivities(deps),
      ...makeLifecycleActivities(deps),
      ...makeProviderActivities(deps),
    },
    { rules: deps.retryRules, databaseDown: () => deps.models.Lead.db.readyState !== ConnectionStates.connected },
  );
}

export type CallActivities = ReturnType<typeof createActivities>;
export type * from './call-log';
export type * from './lifecycle';
export type * from './provider';
