/** Admin API: connectors (provider instances), their virtual numbers, mapping and secrets. */
import { z } from 'zod';
import { DUPLICATE_POLICIES } from '../../domain/connector';
import { PRESETS } from '../../providers';
import type { ConnectorAdmin } from '../../services/connector-admin';
import type { ConnectorService } from '../../services/connectors';
import { endpoint } from '../http/endpoint';
import { connectorResponse, countryCode, idParams, objectId, revealedUrls, timeZone } from '../http/schemas';

const ADMIN = ['admin'] as const;

const virtualNumber = z.object({
  number: z.string().trim().min(3).max(32),
  tag: z.string().trim().max(64).default(''),
  source: z.enum(['manual', 'sync']).optional().describe('sync: brought by DID sync, and removed by it when the provider drops the number'),
});

const connectorFields = {
  name: z.string().trim().min(1).max(100),
  defaultCountry: countryCode,
  timeZone,
  isDefault: z.boolean(),
  teamIds: z.array(objectId).max(500),
  virtualNumbers: z.array(virtualNumber).max(1000),
  duplicatePolicy: z.enum(DUPLICATE_POLICIES),
  createUnknownLeads: z.boolean(),
  sso: z
    .strictObject({ enabled: z.boolean() })
    .describe("Single sign-on through the sso webhook, for agents in the connector's teams or mapped to it; off by default"),
  callLogMapping: z.string().min(1).max(100_000).describe('JSONata expression producing the canonical call event'),
};

const createBody = z.strictObject({
  ...connectorFields,
  presetId: z.string().min(1),
  defaultCountry: connectorFields.defaultCountry.optional(),
  timeZone: connectorFields.timeZone.optional(),
  isDefault: connectorFields.isDefault.default(false),
  teamIds: connectorFields.teamIds.default([]),
  virtualNumbers: connectorFields.virtualNumbers.default([]),
  duplicatePolicy: connectorFields.duplicatePolicy.default('ignore'),
  createUnknownLeads: connectorFields.createUnknownLeads.default(true),
  sso: connectorFields.sso.default({ enabled: false }),
  callLogMapping: connectorFields.callLogMapping.optional(),
});

const updateBody = z.strictObject(connectorFields).partial();

const REVEAL_NOTICE = 'The secret in these URLs is shown only now; store it in your provider. Rotate to get a new one.';

export function makeConnectorEndpoints({ admin, connectors }: { admin: ConnectorAdmin; connectors: ConnectorService }) {
  return [
    endpoint({
      method: 'get',
      path: '/api/admin/presets',
      summary: 'List provider presets',
      tag: 'Connectors',
      access: ADMIN,
      response: z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), description: z.string() })) }),
      handler: async () => ({ items: PRESETS.map((p) => ({ id: p.id, name: p.name, description: p.description })) }),
    }),
    endpoint({
      method: 'get',
      path: '/api/admin/connectors',
      summary: 'List connectors',
      tag: 'Connectors',
      access: ADMIN,
      response: z.object({ items: z.array(connectorResponse) }),
      handler: async () => ({ items: await admin.list() }),
    }),
    endpoint({
      method: 'post',
      path: '/api/admin/connectors',
      summary: 'Create a connector from a preset',
      tag: 'Connectors',
      access: ADMIN,
      body: createBody,
      status: 201,
      response: connectorResponse.extend(revealedUrls.shape),
      errors: { 400: 'Invalid body', 404: 'Unknown preset', 409: 'Name taken', 422: 'Mapping does not compile' },
      handler: async ({ body, user }) => {
        const { connector, webhookUrls } = await admin.create(body, user?.id ?? null);
        return { ...connector, webhookUrls, notice: REVEAL_NOTICE };
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/admin/connectors/:id',
      summary: 'Get a connector',
      tag: 'Connectors',
      access: ADMIN,
      params: idParams,
      response: connectorResponse,
      errors: { 404: 'Not found' },
      handler: async ({ params }) => admin.get(params.id),
    }),
    endpoint({
      method: 'patch',
      path: '/api/admin/connectors/:id',
      summary: 'Update a connector',
      tag: 'Connectors',
      access: ADMIN,
      params: idParams,
      body: updateBody,
      response: connectorResponse,
      errors: { 400: 'Invalid body', 404: 'Not found', 409: 'Name taken', 422: 'Mapping does not compile' },
      handler: async ({ params, body, user }) => admin.update(params.id, body, user?.id ?? null),
    }),
    endpoint({
      method: 'delete',
      path: '/api/admin/connectors/:id',
      summary: 'Delete a connector',
      tag: 'Connectors',
      access: ADMIN,
      params: idParams,
      errors: { 404: 'Not found' },
      handler: async ({ params }) => {
        await admin.remove(params.id);
        return undefined;
      },
    }),
    endpoint({
      method: 'post',
      path: '/api/admin/connectors/:id/webhook-secret',
      summary: 'Rotate the webhook secret (old URLs stop working)',
      tag: 'Connectors',
      access: ADMIN,
      params: idParams,
      response: revealedUrls,
      errors: { 404: 'Not found' },
      handler: async ({ params }) => {
        const secret = await connectors.rotateWebhookSecret(params.id);
        return { webhookUrls: connectors.webhookUrls(params.id, secret), notice: REVEAL_NOTICE };
      },
    }),
    endpoint({
      method: 'post',
      path: '/api/admin/connectors/:id/auth-header',
      summary: 'Generate or rotate the additional authentication header pair',
      tag: 'Connectors',
      access: ADMIN,
      params: idParams,
      body: z.strictObject({
        name: z
          .string()
          .regex(/^[A-Za-z0-9-]{1,64}$/, 'must be a header name (letters, digits, dashes)')
          .default('X-Patchcord-Auth'),
      }),
      response: z.object({ name: z.string(), value: z.string(), notice: z.string() }),
      errors: { 404: 'Not found' },
      handler: async ({ params, body }) => ({
        ...(await connectors.rotateAuthHeader(params.id, body.name)),
        notice: 'The value is shown only now.',
      }),
    }),
    endpoint({
      method: 'delete',
      path: '/api/admin/connectors/:id/auth-header',
      summary: 'Disable the additional authentication header',
      tag: 'Connectors',
      access: ADMIN,
      params: idParams,
      errors: { 404: 'Not found' },
      handler: async ({ params }) => {
        await connectors.disableAuthHeader(params.id);
        return undefined;
      },
    }),
  ];
}
