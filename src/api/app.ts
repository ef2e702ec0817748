/**
 * The HTTP API: provider webhooks, sign-in, the admin and ops API, and the OpenAPI document that
 * describes all of them.
 */
import cookieParser from 'cookie-parser';
import { timingSafeEqual } from 'node:crypto';
import express from 'express';
import type { Client } from '@temporalio/client';
import { AppError } from '../errors';
import { metrics } from '../metrics';
import type { Logger } from '../logger';
import type { MappingEngine } from '../mapping/engine';
import type { Hub } from '../realtime/hub';
import type { SecretBox } from '../security/secrets';
import type { ConnectorService } from '../services/connectors';
import { makeApiServices, type ApiServiceDeps } from '../services';
import type { RouteOutbox } from '../services/call-routing-outbox';
import type { ProviderApi } from '../services/provider-api';
import type { RequestLog } from '../services/request-log';
import { makeCallClient } from '../temporal/call-client';
import { makeClickToCallClient } from '../temporal/click-to-call-client';
import type { DidSchedules } from '../temporal/did-sync-schedules';
import { makeCallingEndpoints } from './agent/calling';
import { makeAnalyticsEndpoints } from './analytics/call-analytics';
import { makeAgentEndpoints } from './agent/console';
import { makeAgentWorkspaceEndpoints } from './agent/workspace';
import { makeCallRoutingAnswerEndpoints } from './connectors/call-routing-answer';
import { makeConnectorToolEndpoints } from './connectors/connector-tools';
import { makeConnectorEndpoints } from './connectors/connectors';
import { makeWebhookSignatureEndpoints } from './connectors/webhook-signature';
import { makeLifecycleEndpoints } from './connectors/lifecycle';
import { makeMappingPreviewEndpoints } from './connectors/mapping-preview';
import { makeMappingEndpoints } from './connectors/mappings';
import { makeProviderApiEndpoints } from './connectors/provider-api';
import { makeCallActivityEndpoints } from './crm/call-activities';
import { makeLeadEndpoints } from './crm/leads';
import { makeOpportunityEndpoints } from './crm/opportunities';
import { makeAuth } from './http/auth';
import { compressAnswers } from './http/compression';
import { makeErrorHandler } from './http/error-handler';
import { serveDesigner } from './http/designer-static';
import { buildOpenApi, mountEndpoints, type AnyEndpoint } from './http/endpoint';
import { makeBoardEndpoints } from './ops/board';
import { makeCallTimelineEndpoints } from './ops/call-timelines';
import { makeFailedStepEndpoints } from './ops/failed-steps';
import { makeRequestLogEndpoints } from './ops/request-log';
import { makeWorkflowLink } from './ops/temporal-ui';
import { makeSessionCheckEndpoints, makeSessionEndpoints } from './people/session';
import { makeTeamEndpoints } from './people/teams';
import { makeUserEndpoints } from './people/users';
import { makeAgentSsoEndpoints } from './webhooks/agent-sso';
import { makeWebhookAuthFailureLimiter } from './webhooks/auth-failures';
import { makeCallEventEndpoints } from './webhooks/call-events';
import { makeCallRoutingWebhookEndpoints } from './webhooks/call-routing';
import type { WebhookDeps } from './webhooks/pipeline';

export interface AppDeps {
  models: ApiServiceDeps['models'];
  temporal: Client;
  taskQueue: string;
  engine: MappingEngine;
  connectors: ConnectorService;
  requestLog: RequestLog;
  logger: Logger;
  defaultCountry: string;
  limits: {
    webhookMaxBodyBytes: number;
    sessionTtlHours: number;
    webhookAuthFailureLimit: number;
    webhookAuthFailureWindowMs: number;
    ssoRateLimitPerAddress: number;
    ssoRateLimitPerConnector: number;
    ssoRateLimitWindowMs: number;
    loginAccountMaxFailures: number;
    loginAccountWindowMs: number;
    loginAccountLockMs: number;
  };
  /** The configured public URL (PUBLIC_URL), an origin cookie-authenticated changes may come from besides the request's own. */
  publicUrl?: string | undefined;
  /** Express's `trust proxy`: whose X-Forwarded-For gives the client's address (default: a proxy on loopback). */
  trustProxy?: boolean | number | string;
  /** A dependency's error that means it is unavailable, as the catalogue's answer (the database: 503). */
  dependencyErrorOf?: (err: unknown) => AppError | null;
  /** Bearer token for `GET /metrics`; without one, only loopback clients may scrape. */
  metricsToken?: string;
  secureCookies: boolean;
  hub: Hub;
  temporalNamespace: string;
  temporalUiUrl: string | undefined;
  /** Provider calls the API makes itself (Test API, mobile popup pull, blacklist). */
  providerApi: ProviderApi;
  box: SecretBox;
  didSchedules: DidSchedules;
  /** Route decisions on their way to the calls' workflows (the route webhook writes them). */
  routeOutbox: Pick<RouteOutbox, 'record'>;
}

export function makeApp(deps: AppDeps) {
  const { logger, connectors, engine, defaultCountry } = deps;
  const maxBodyBytes = deps.limits.webhookMaxBodyBytes;
  const services = makeApiServices({
    models: deps.models,
    connectors,
    engine,
    box: deps.box,
    didSchedules: deps.didSchedules,
    defaultCountry,
    sessionTtlHours: deps.limits.sessionTtlHours,
    signInThrottle: {
      maxFailures: deps.limits.loginAccountMaxFailures,
      windowMs: deps.limits.loginAccountWindowMs,
      lockMs: deps.limits.loginAccountLockMs,
    },
    webhookMaxBodyBytes: maxBodyBytes,
    logger,
  });
  const auth = makeAuth({ sessions: services.sessions, publicUrl: deps.publicUrl });
  /** The one way the API reaches a call's workflow. */
  const calls = makeCallClient({ temporal: deps.temporal, taskQueue: deps.taskQueue, logger });
  const workflowLink = makeWorkflowLink({ namespace: deps.temporalNamespace, temporalUiUrl: deps.temporalUiUrl });

  const webhook: WebhookDeps = {
    connectors,
    engine,
    requestLog: deps.requestLog,
    logger,
    maxBodyBytes,
    calls,
    samples: services.mappingSamples,
  };
  // This order is the order of the paths in /openapi.json.
  const endpoints = [
    ...makeCallEventEndpoints(webhook),
    ...makeCallRoutingWebhookEndpoints({
      connectors,
      routeRequests: services.routeRequests,
      routeOutbox: deps.routeOutbox,
      requestLog: deps.requestLog,
      logger,
      maxBodyBytes,
      samples: services.mappingSamples,
    }),
    ...makeAgentEndpoints({ agents: services.agents, leads: services.leads, hub: deps.hub, calls, defaultCountry }),
    ...makeAgentWorkspaceEndpoints({ agents: services.agents, workspace: services.agentWorkspace, calls }),
    ...makeAgentSsoEndpoints({
      webhook,
      agents: services.agents,
      sessions: services.sessions,
      rateLimits: {
        perAddress: deps.limits.ssoRateLimitPerAddress,
        perConnector: deps.limits.ssoRateLimitPerConnector,
        windowMs: deps.limits.ssoRateLimitWindowMs,
      },
    }),
    ...makeFailedStepEndpoints({ failedSteps: services.failedSteps, calls, workflowLink }),
    ...makeCallTimelineEndpoints({ calls, workflowLink }),
    ...makeBoardEndpoints({ board: services.opsBoard, hub: deps.hub }),
    ...makeSessionEndpoints({ auth, secureCookies: deps.secureCookies }),
    ...makeMappingPreviewEndpoints({ engine, connectors, maxBodyBytes }),
    ...makeConnectorEndpoints({ admin: services.connectorAdmin, connectors }),
    ...makeWebhookSignatureEndpoints({ connectors }),
    ...makeUserEndpoints({ users: services.users, defaultCountry }),
    ...makeTeamEndpoints({ teams: services.teams }),
    ...makeLeadEndpoints({ leads: services.leads, defaultCountry }),
    ...makeCallActivityEndpoints({ activities: services.activities }),
    ...makeAnalyticsEndpoints({ analytics: services.analytics }),
    ...makeRequestLogEndpoints({ requestLogs: services.requestLogs, connectors, engine, maxBodyBytes }),
    ...makeLifecycleEndpoints({ lifecycle: services.lifecycle }),
    ...makeCallRoutingAnswerEndpoints({ connectors, routeRequests: services.routeRequests }),
    ...makeOpportunityEndpoints({ opportunities: services.opportunities }),
    ...makeMappingEndpoints({ engine, mappings: services.mappings, fixtures: services.fixtures, samples: services.mappingSamples }),
    ...makeConnectorToolEndpoints({ tools: services.connectorTools }),
    ...makeSessionCheckEndpoints({ auth }),
    ...makeProviderApiEndpoints({ settings: services.providerSettings, providerApi: deps.providerApi }),
    ...makeCallingEndpoints({
      calling: services.calling,
      agents: services.agents,
      leads: services.leads,
      calls,
      clickToCalls: makeClickToCallClient({ temporal: deps.temporal, taskQueue: deps.taskQueue }),
      providerApi: deps.providerApi,
    }),
  ] as AnyEndpoint[];

  const openapi = buildOpenApi(endpoints, {
    title: 'Patchcord API',
    version: '0.1.0',
    description: 'Provider webhooks, sign-in, and the admin and ops API of Patchcord, the universal telephony connector.',
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy ?? 'loopback');
  app.set('query parser', 'simple');
  app.use(compressAnswers());

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  app.get('/metrics', metricsHandler(deps.metricsToken));

  // Webhooks read their raw body themselves; everything else under /api speaks JSON.
  const router = express.Router();
  router.use('/api', express.json({ limit: '1mb' }), cookieParser());
  router.use(
    '/webhooks',
    makeWebhookAuthFailureLimiter({ limit: deps.limits.webhookAuthFailureLimit, windowMs: deps.limits.webhookAuthFailureWindowMs }),
  );
  mountEndpoints(router, endpoints, auth);
  app.use(router);
  app.use(serveDesigner());

  app.use((req, _res, next) => {
    next(new AppError('NOT_FOUND', `No route for ${req.method} ${req.path.startsWith('/webhooks/') ? '/webhooks/…' : req.path}.`));
  });

  app.use(makeErrorHandler(logger, deps.dependencyErrorOf));

  return { app, openapi };
}

/** Prometheus scrapes with the configured bearer token; with none configured, from loopback only. */
function metricsHandler(token: string | undefined): express.RequestHandler {
  const expected = token ? Buffer.from(`Bearer ${token}`) : null;
  return (req, res, next) => {
    const given = Buffer.from(req.get('authorization') ?? '');
    const allowed = expected
      ? given.length === expected.length && timingSafeEqual(given, expected)
      : isLoopback(req.socket.remoteAddress ?? '');
    if (!allowed) return next(new AppError('UNAUTHENTICATED', 'Metrics need the configured METRICS_TOKEN as a bearer token.'));
    metrics
      .metrics()
      .then((text) => res.type(metrics.contentType).send(text))
      .catch(next);
  };
}

function isLoopback(address: string): boolean {
  return address === '::1' || /^(::ffff:)?127\./.test(address);
}
