/**
 * One definition per HTTP endpoint: the zod schemas here validate requests at run time AND generate
 * the OpenAPI document, so the two cannot drift apart.
 */
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import type { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import { z, type ZodType } from 'zod';
import { AppError, type ErrorDetail } from '../../errors';
import type { Role } from '../../domain/people';
import type { AuthedUser } from './auth';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Who may call an endpoint: anyone, a provider (authenticated by the connector secret), or users with a role. */
export type Access = 'public' | 'provider' | readonly Role[];

export interface EndpointContext<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  user: AuthedUser | null;
  req: Request;
  res: Response;
}

export interface EndpointDef<P = unknown, Q = unknown, B = unknown> {
  method: Method;
  /** Express-style path, e.g. `/api/admin/connectors/:id`. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  params?: ZodType<P>;
  query?: ZodType<Q>;
  body?: ZodType<B>;
  /** Content types documented for the request body (default application/json). */
  bodyContentTypes?: readonly string[];
  /** The handler reads the raw body itself; `body` then only documents it. */
  rawBody?: boolean;
  status?: number;
  response?: ZodType;
  /** Other documented answers: status → description. */
  errors?: Record<number, string>;
  /** Returns the JSON body; or sends the response itself and returns undefined. */
  handler: (ctx: EndpointContext<P, Q, B>) => Promise<unknown>;
  /** Express middleware that runs before validation (e.g. a raw-body parser). */
  before?: readonly RequestHandler[];
}

/** An endpoint with its types erased, for lists of endpoints. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyEndpoint = EndpointDef<any, any, any>;

/** Identity helper that keeps the generic types of an endpoint definition. */
export function endpoint<P, Q, B>(def: EndpointDef<P, Q, B>): EndpointDef<P, Q, B> {
  return def;
}

export const errorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.array(
    z.object({
      field: z.string().optional(),
      code: z.string(),
      message: z.string(),
      position: z.number().optional(),
      token: z.string().optional(),
    }),
  ),
});

function parsePart<T>(schema: ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return value as T;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details: ErrorDetail[] = result.error.issues.map((issue) => ({
    field: [where, ...issue.path.map(String)].join('.'),
    code: issue.code,
    message: issue.message,
  }));
  throw new AppError('VALIDATION_FAILED', `Invalid ${where}: ${details.map((d) => `${d.field}: ${d.message}`).join('; ')}`, details);
}

export interface Guard {
  /** Resolves the signed-in user for role-protected endpoints (throws 401/403). */
  requireRole(req: Request, roles: readonly Role[]): Promise<AuthedUser>;
}

export function mountEndpoints(router: Router, defs: readonly AnyEndpoint[], guard: Guard): void {
  for (const def of defs) {
    const handler = async (req: Request, res: Response, next: NextFunction) => {
      try {
        const user = Array.isArray(def.access) ? await guard.requireRole(req, def.access as readonly Role[]) : null;
        const ctx: EndpointContext<unknown, unknown, unknown> = {
          params: parsePart(def.params, req.params, 'params'),
          query: parsePart(def.query, req.query, 'query'),
          body: def.rawBody ? undefined : parsePart(def.body, req.body ?? {}, 'body'),
          user,
          req,
          res,
        };
        const result = await def.handler(ctx);
        if (!res.headersSent) {
          if (result === undefined) res.status(def.status ?? 204).end();
          else res.status(def.status ?? 200).json(result);
        }
      } catch (err) {
        next(err);
      }
    };
    router[def.method](def.path, ...(def.before ?? []), handler);
  }
}

export function buildOpenApi(defs: readonly AnyEndpoint[], info: { title: string; version: string; description: string }) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  registry.registerComponent('securitySchemes', 'cookie', { type: 'apiKey', in: 'cookie', name: 'patchcord_session' });
  for (const def of defs) {
    const responses: Record<number, { description: string; content?: Record<string, { schema: ZodType }> }> = {
      [def.status ?? 200]: def.response
        ? { description: 'Success', content: { 'application/json': { schema: def.response } } }
        : { description: 'Success' },
    };
    for (const [status, description] of Object.entries(def.errors ?? {})) {
      responses[Number(status)] = { description, content: { 'application/json': { schema: errorBodySchema } } };
    }
    registry.registerPath({
      method: def.method,
      path: def.path.replace(/:([A-Za-z_]+)/g, '{$1}'),
      summary: def.summary,
      tags: [def.tag],
      ...(Array.isArray(def.access) ? { security: [{ bearer: [] }, { cookie: [] }] } : {}),
      // Who may call it: the roles, or "public" / "provider" (the connector's webhook secret).
      'x-access': Array.isArray(def.access) ? [...(def.access as readonly Role[])] : def.access,
      request: {
        ...(def.params ? { params: def.params as never } : {}),
        ...(def.query ? { query: def.query as never } : {}),
        ...(def.body
          ? {
              body: {
                content: Object.fromEntries(
                  (def.bodyContentTypes ?? ['application/json']).map((t) => [t, { schema: def.body as ZodType }]),
                ),
              },
            }
          : {}),
      },
      responses,
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({ openapi: '3.1.0', info });
}
