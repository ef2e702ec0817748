/**
 * Connector management the designer's screens need beyond CRUD: cloning a connector, what deleting
 * one would remove, and the settings form schema of a preset.
 */
import { z } from 'zod';
import { getPreset } from '../../providers';
import { CONNECTOR_SETTINGS } from '../../providers/settings';
import type { ConnectorTools } from '../../services/connector-tools';
import { endpoint } from '../http/endpoint';
import { connectorResponse, idParams, revealedUrls } from '../http/schemas';

const ADMIN = ['admin'] as const;

/** One field of a settings or credentials form (`SettingField` in src/providers/types.ts). */
export const settingField = z.object({
  key: z.string(),
  label: z.string(),
  type: z.enum(['text', 'number', 'boolean', 'select', 'country', 'timezone']),
  required: z.boolean(),
  secret: z.boolean().optional(),
  options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
  help: z.string().optional(),
});

export function makeConnectorToolEndpoints({ tools }: { tools: ConnectorTools }) {
  return [
    endpoint({
      method: 'get',
      path: '/api/admin/presets/:presetId/settings-schema',
      summary: 'The settings form of connectors made from a preset, as data',
      tag: 'Connectors',
      access: ADMIN,
      params: z.object({ presetId: z.string().min(1).max(100) }),
      response: z.object({ connector: z.array(settingField), preset: z.array(settingField) }),
      errors: { 404: 'Unknown preset' },
      handler: async ({ params }) => ({ connector: [...CONNECTOR_SETTINGS], preset: [...(getPreset(params.presetId).settings ?? [])] }),
    }),
    endpoint({
      method: 'get',
      path: '/api/admin/connectors/:id/usage',
      summary: 'What deleting the connector would remove (versions and fixtures of every mapping kind), and what it keeps',
      tag: 'Connectors',
      access: ADMIN,
      params: idParams,
      errors: { 404: 'Not found' },
      response: z.object({
        name: z.string(),
        virtualNumbers: z.number(),
        teams: z.number(),
        agentMappings: z.number(),
        versions: z.number(),
        fixtures: z.number(),
        activities: z.number(),
        requestLogs: z.number(),
      }),
      handler: async ({ params }) => tools.usage(params.id),
    }),
    endpoint({
      method: 'post',
      path: '/api/admin/connectors/:id/clone',
      summary:
        'Clone a connector: settings, teams, its own live mappings of every kind (each as version 1) and fixtures (not its virtual numbers or secrets)',
      tag: 'Connectors',
      access: ADMIN,
      params: idParams,
      body: z.strictObject({ name: z.string().trim().min(1).max(100) }),
      status: 201,
      response: connectorResponse.extend(revealedUrls.shape),
      errors: { 404: 'Not found', 409: 'Name taken' },
      handler: async ({ params, body, user }) => {
        const { connector, webhookUrls } = await tools.clone(params.id, body.name, user?.id ?? null);
        return {
          ...connector,
          webhookUrls,
          notice: 'The secret in these URLs is shown only now; store it in your provider. Rotate to get a new one.',
        };
      },
    }),
  ];
}
