/**
 * The services the HTTP API uses, built from their dependencies in one place. Each is a small
 * factory over the models (and, where it needs them, the connector service, the mapping engine, the
 * secret box and the DID-sync schedules); the API reaches the database only through these.
 */
import { makeMappingModels } from '../db/mapping-models';
import type { Models } from '../db/models';
import type { Logger } from '../logger';
import type { MappingEngine } from '../mapping/engine';
import type { SecretBox } from '../security/secrets';
import type { DidSchedules } from '../temporal/did-sync-schedules';
import { makeAgentWorkspace } from './agent-workspace';
import { makeAgentService } from './agents';
import { makeAnalyticsService } from './analytics';
import { makeAuthSessions } from './auth-sessions';
import { makeCallActivityService } from './call-activities';
import { makeCallRoutingRequests } from './call-routing-request';
import { makeCallingService } from './calling';
import { makeConnectorAdmin } from './connector-admin';
import { makeConnectorLifecycle } from './connector-lifecycle';
import { makeConnectorTools } from './connector-tools';
import type { ConnectorService } from './connectors';
import { makeFailedStepService } from './failed-steps';
import { makeLeadService } from './leads';
import { makeMappingFixtures } from './mapping-fixtures';
import { makeMappingSamples } from './mapping-samples';
import { makeMappingService } from './mappings';
import { makeOpsBoard } from './ops-board';
import { makeOpportunityService } from './opportunities';
import { makeProviderSettings } from './provider-settings';
import { makeRequestLogReader } from './request-log';
import type { SignInThrottleLimits } from './sign-in-throttle';
import { makeTeamService } from './teams';
import { makeUserService } from './users';

export interface ApiServiceDeps {
  models: Models;
  connectors: ConnectorService;
  engine: MappingEngine;
  box: SecretBox;
  didSchedules: DidSchedules;
  defaultCountry: string;
  sessionTtlHours: number;
  /** Per-account sign-in throttling: failures per window before an email is locked, and for how long. */
  signInThrottle: SignInThrottleLimits;
  webhookMaxBodyBytes: number;
  logger?: Logger;
}

export function makeApiServices(deps: ApiServiceDeps) {
  const { models, connectors, engine, box, didSchedules, defaultCountry } = deps;
  // The models' connection: mapping records live in the same database as the connectors.
  const mappingModels = makeMappingModels(models.Connector.db);
  const mappings = makeMappingService({ models, mappingModels, engine, connectors });
  return {
    sessions: makeAuthSessions({ models, sessionTtlHours: deps.sessionTtlHours, signInThrottle: deps.signInThrottle }),
    users: makeUserService({ models }),
    teams: makeTeamService({ models, connectors }),
    leads: makeLeadService({ models, defaultCountry }),
    opportunities: makeOpportunityService({ models }),
    activities: makeCallActivityService({ models }),
    analytics: makeAnalyticsService({ models }),
    requestLogs: makeRequestLogReader({ models }),
    failedSteps: makeFailedStepService({ models }),
    opsBoard: makeOpsBoard({ models }),
    agents: makeAgentService({ models }),
    agentWorkspace: makeAgentWorkspace({ models }),
    calling: makeCallingService({ models }),
    connectorAdmin: makeConnectorAdmin({ models, mappingModels, connectors, engine, didSchedules }),
    connectorTools: makeConnectorTools({ models, mappingModels, connectors, mappings }),
    lifecycle: makeConnectorLifecycle({ models, connectors }),
    providerSettings: makeProviderSettings({ models, box, didSchedules }),
    mappings,
    fixtures: makeMappingFixtures({ mappingModels, mappings }),
    /** The latest accepted delivery of each mapping kind, the designer's sample. */
    mappingSamples: makeMappingSamples({
      mappingModels,
      mappings,
      onWriteError: (info) => deps.logger?.warn(info, 'mapping sample not kept'),
    }),
    /** The route request's pipeline, shared by the call-routing webhook and its preview. */
    routeRequests: makeCallRoutingRequests({ models, engine, maxBodyBytes: deps.webhookMaxBodyBytes }),
  };
}

export type ApiServices = ReturnType<typeof makeApiServices>;
