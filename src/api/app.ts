/**
 * The HTTP API: provider webhooks, sign-in, the admin and ops API, and the OpenAPI document that
 * describes all of them.
 */
import cookieParser from 'cookie-parser';
import express, { type ErrorRequestHandler } from 'express';
import type { Client } from '@temporalio/client';
import { AppError, isAppError } from '../errors';
import type { Logger } from '../logger';
import type { Models } from '../db/models';
import type { MappingEngine } from '../mapping/engine';
import type { ConnectorService } from '../services/connectors';
import type { RequestLog } from '../services/request-log';
import { makeRouteRequests } from '../services/route-request';
import { makeCallClient } from '../temporal/call-client';
import { makeClickToCallClient } from '../temporal/click-to-call-client';
import { makeConnectorRoutes } from './admin-connectors';
import { makeCrmRoutes } from './admin-crm';
import { makeLifecycleRoutes, makeOpportunityRoutes } from './admin-lifecycle';
import { makeMappingRoutes } from './admin-mappings';
import { makePeopleRoutes } from './admin-people';
import { makeAuth } from './auth';
import { buildOpenApi, mountRoutes, type AnyRoute } from './routes';
import { serveDesigner } from './designer-static';
import { makeRouteWebhookRoutes } from './route-webhook';
import { makeSessionRoutes } from './session-routes';
import { makeWebhookRoutes, type WebhookDeps } from './webhooks';
import { makeAgentRoutes } from './agent';
import { makeOpsRoutes } from './ops';
import type { Hub } from '../realtime/hub';
import type { SecretBox } from '../security/secrets';
import type { DidSchedules } from '../temporal/did-sync-schedules';
import type { ProviderApi } from '../services/provider-api';
import { makeProviderRoutes } from './admin-provider';
import { makeRouteAnswerRoutes } from './admin-route-answer';
import { makeCallingRoutes } from './calling';

export interface AppDeps {
  models: Models;
  temporal: Client;
  taskQueue: string;
  engine: MappingEngine;
  connectors: ConnectorService;
  requestLog: RequestLog;
  logger: Logger;
  defaultCountry: string;
  limits: { webhookMaxBodyBytes: number; sessionTtlHours: number };
  secureCookies: boolean;
  hub: Hub;
  temporalNamespace: string;
  temporalUiUrl: string | undefined;
  /** Provider calls the API makes itself (Test API, mobile popup pull, blacklist). */
  providerApi: ProviderApi;
  box: SecretBox;
  didSchedules: DidSchedules;
}

export function makeApp(deps: AppDeps) {
  const { models, logger } = deps;
  const auth = makeAuth({ models, sessionTtlHours: deps.limits.sessionTtlHours });
  /** The one way the API reaches a call's workflow. */
  const calls = makeCallClient({ temporal: deps.temporal, taskQueue: deps.taskQueue, logger });
  /** The route request's pipeline, shared by the route webhook and its preview. */
  const routeRequests = makeRouteRequests({ models, engine: deps.engine, maxBodyBytes: deps.limits.webhookMaxBodyBytes });

  const webhookDeps: WebhookDeps = {
    connectors: deps.connectors,
    engine: deps.engine,
    requestLog: deps.requestLog,
    logger,
    maxBodyBytes: deps.limits.webhookMaxBodyBytes,
    calls,
  };
  const routes = [
    ...makeWebhookRoutes(webhookDeps),
    ...makeRouteWebhookRoutes({ connectors: deps.connectors, routeRequests, calls, requestLog: deps.requestLog, logger, maxBodyBytes: deps.limits.webhookMaxBodyBytes }),
    ...makeAgentRoutes({ models, hub: deps.hub, calls, defaultCountry: deps.defaultCountry, webhook: webhookDeps }),
    ...makeOpsRoutes({ models, calls, namespace: deps.temporalNamespace, temporalUiUrl: deps.temporalUiUrl }),
    ...makeSessionRoutes({ auth, engine: deps.engine, connectors: deps.connectors, secureCookies: deps.secureCookies, maxBodyBytes: deps.limits.webhookMaxBodyBytes }),
    ...makeConnectorRoutes({ models, connectors: deps.connectors, engine: deps.engine, didSchedules: deps.didSchedules }),
    ...makePeopleRoutes({ models, defaultCountry: deps.defaultCountry }),
    ...makeCrmRoutes({ models, defaultCountry: deps.defaultCountry }),
    ...makeLifecycleRoutes({ models, connectors: deps.connectors }),
    ...makeRouteAnswerRoutes({ connectors: deps.connectors, routeRequests }),
    ...makeOpportunityRoutes({ models }),
    ...makeMappingRoutes({ models, engine: deps.engine, connectors: deps.connectors, auth }),
    ...makeProviderRoutes({ models, box: deps.box, providerApi: deps.providerApi, didSchedules: deps.didSchedules }),
    ...makeCallingRoutes({ models, calls, clickToCalls: makeClickToCallClient({ temporal: deps.temporal, taskQueue: deps.taskQueue }), providerApi: deps.providerApi }),
  ] as AnyRoute[];

  const openapi = buildOpenApi(routes, {
    title: 'Patchcord API',
    version: '0.1.0',
    description: 'Provider webhooks, sign-in, and the admin and ops API of Patchcord, the universal telephony connector.',
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.set('query parser', 'simple');

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/openapi.json', (_req, res) => {
    res.json(openapi);
  });

  // Webhooks read their raw body themselves; everything else under /api speaks JSON.
  const router = express.Router();
  router.use('/api', express.json({ limit: '1mb' }), cookieParser());
  mountRoutes(router, routes, auth);
  app.use(router);
  app.use(serveDesigner());

  app.use((req, _res, next) => {
    next(new AppError('NOT_FOUND', `No route for ${req.method} ${req.path.startsWith('/webhooks/') ? '/webhooks/…' : req.path}.`));
  });

  const onError: ErrorRequestHandler = (err: unknown, req, res, _next) => {
    let appErr: AppError;
    if (isAppError(err)) appErr = err;
    else if ((err as { type?: string }).type === 'entity.too.large') appErr = new AppError('PAYLOAD_TOO_LARGE');
    else if ((err as { type?: string }).type === 'entity.parse.failed') appErr = new AppError('VALIDATION_FAILED', 'The body is not valid JSON.');
    else {
      logger.error({ err, method: req.method, path: req.path }, 'unhandled error');
      appErr = new AppError('INTERNAL');
    }
    res.status(appErr.status).json(appErr.toJSON());
  };
  app.use(onError);

  return { app, openapi };
}
