/**
 * Admin API: the signature check of a connector's webhooks. With it on, every webhook (call log,
 * events, popup, call event, route, SSO) must carry the provider's HMAC signature, made with a
 * signing secret the provider gave the admin; the secret is write-only.
 */
import { z } from 'zod';
import { AppError } from '../../errors';
import { getPreset } from '../../providers';
import type { ConnectorService } from '../../services/connectors';
import { signatureSchemeSchema } from '../../webhooks/signature';
import { endpoint } from '../http/endpoint';
import { idParams } from '../http/schemas';

const ADMIN = ['admin'] as const;
const TAG = 'Connectors';
const PATH = '/api/admin/connectors/:id/webhook-signature';

const answer = z.object({
  enabled: z.boolean(),
  scheme: signatureSchemeSchema.nullable(),
  presetScheme: signatureSchemeSchema.nullable().describe("The provider's own scheme, which a PUT without `scheme` uses"),
});

export function makeWebhookSignatureEndpoints({ connectors }: { connectors: ConnectorService }) {
  const presetScheme = (presetId: string) => {
    const declared = getPreset(presetId).webhookSignature;
    return declared ? signatureSchemeSchema.parse(declared) : null;
  };

  return [
    endpoint({
      method: 'get',
      path: PATH,
      summary: "The connector's webhook signature check: its scheme (never the signing secret) and the preset's",
      tag: TAG,
      access: ADMIN,
      params: idParams,
      response: answer,
      errors: { 404: 'Not found' },
      handler: async ({ params }) => {
        const { presetId, scheme } = await connectors.webhookSignatureOf(params.id);
        return { enabled: scheme !== null, scheme, presetScheme: presetScheme(presetId) };
      },
    }),
    endpoint({
      method: 'put',
      path: PATH,
      summary: "Turn the signature check on, or change it: the scheme (default: the preset's) and the provider's signing secret",
      tag: TAG,
      access: ADMIN,
      params: idParams,
      body: z.strictObject({
        scheme: signatureSchemeSchema.partial().optional(),
        secret: z.string().min(8).max(500).describe('The signing secret the provider uses; write-only'),
      }),
      response: answer,
      errors: { 400: 'Invalid body, or no scheme given and none in the preset', 404: 'Not found' },
      handler: async ({ params, body }) => {
        const { presetId } = await connectors.webhookSignatureOf(params.id);
        const fromPreset = presetScheme(presetId);
        const parsed = signatureSchemeSchema.safeParse({ ...(fromPreset ?? {}), ...(body.scheme ?? {}) });
        if (!parsed.success) {
          const details = parsed.error.issues.map((i) => ({
            field: ['body', 'scheme', ...i.path].join('.'),
            code: i.code,
            message: i.message,
          }));
          throw new AppError(
            'VALIDATION_FAILED',
            'The signature scheme is incomplete: give its algorithm and header (the preset declares none).',
            details,
          );
        }
        await connectors.setWebhookSignature(params.id, parsed.data, body.secret);
        return { enabled: true, scheme: parsed.data, presetScheme: fromPreset };
      },
    }),
    endpoint({
      method: 'delete',
      path: PATH,
      summary: 'Turn the signature check off (the signing secret is forgotten)',
      tag: TAG,
      access: ADMIN,
      params: idParams,
      status: 204,
      errors: { 404: 'Not found' },
      handler: async ({ params }) => {
        await connectors.disableWebhookSignature(params.id);
        return undefined;
      },
    }),
  ];
}
