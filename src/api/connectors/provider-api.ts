/**
 * Admin API for calling a connector's provider: credentials (sealed, write-only), the auth scheme and
 * operations (the preset's unless changed), "Test API" (send a real request with sample values and
 * see the rendered request, the raw answer and the rules' verdict), DID sync (schedule and "sync
 * now") and the blacklist (uContact).
 */
import { z } from 'zod';
import { toCountryCode, normalizePhone } from '../../call/phone';
import { AppError, type ErrorDetail } from '../../errors';
import { makeMappingEngine } from '../../mapping/engine';
import { authSchemeSchema, MERGE_NAMES, requestOf, type OutboundResult } from '../../outbound';
import { PROVIDER_OPERATIONS, type OperationConfig, type ProviderOperation } from '../../providers/types';
import { MERGE_FIELDS } from '../../services/merge-values';
import { effectiveApi, type ProviderApi } from '../../services/provider-api';
import type { ProviderSettings } from '../../services/provider-settings';
import { endpoint, errorBodySchema } from '../http/endpoint';
import { idParams, objectId } from '../http/schemas';
import { settingField } from './connector-tools';
import { checkResponseMapping, checkTemplates, deepMerge, nestDotted, providerFailure } from './provider-checks';

const ADMIN = ['admin'] as const;

const header = z.strictObject({ name: z.string().trim().min(1).max(100), value: z.string().max(2000) });
const requestTemplate = z.strictObject({
  method: z.enum(['GET', 'POST']),
  url: z.string().trim().min(1).max(4000),
  headers: z.array(header).max(30).optional(),
  body: z.strictObject({ kind: z.enum(['json', 'form', 'text']), template: z.string().max(20_000) }).optional(),
});
const rule = z.union([
  z.strictObject({
    keyword: z.string().trim().min(1).max(200),
    outcome: z.enum(['success', 'error']),
    exact: z.boolean().optional(),
    message: z.string().max(500).optional(),
  }),
  z.strictObject({
    key: z.string().trim().min(1).max(200),
    value: z.string().max(200).optional(),
    outcome: z.enum(['success', 'error']),
    message: z.string().max(500).optional(),
  }),
  z.strictObject({ key: z.string().trim().min(1).max(200), outcome: z.literal('data'), as: z.string().trim().min(1).max(60).optional() }),
]);
export const operationSchema = z.strictObject({
  enabled: z.boolean(),
  request: requestTemplate,
  rules: z.array(rule).max(50),
  responseMapping: z
    .string()
    .trim()
    .min(1)
    .max(20_000)
    .optional()
    .describe("callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping"),
  repeatable: z
    .boolean()
    .optional()
    .describe(
      "Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown",
    ),
  idempotencyHeader: z
    .string()
    .trim()
    .regex(/^[!#$%&'*+.^_`|~\w-]+$/, 'must be a header name')
    .max(100)
    .optional()
    .describe(
      'The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable',
    ),
});
const operationName = z.enum(PROVIDER_OPERATIONS);

const didSyncBody = z.strictObject({
  enabled: z.boolean(),
  intervalMinutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(240),
  firstRunAt: z.iso
    .datetime({ offset: true })
    .nullable()
    .default(null)
    .describe('Anchors the schedule: runs at this instant plus whole intervals'),
});

const putBody = z.strictObject({
  credentials: z
    .record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'must be a credential key'), z.string().max(4000).nullable())
    .optional()
    .describe('null removes a value'),
  auth: authSchemeSchema.nullable().optional().describe("null returns to the preset's scheme"),
  operations: z.partialRecord(operationName, operationSchema.nullable()).optional().describe("null returns an operation to the preset's"),
  didSync: didSyncBody.optional(),
});

/** The view with a warning for each template path in its operations that Patchcord does not fill. */
function withWarnings<V extends { operations: Partial<Record<ProviderOperation, OperationConfig>> }>(
  view: V,
): V & { warnings: ErrorDetail[] } {
  const warnings = Object.entries(view.operations).flatMap(([op, config]) =>
    config ? checkTemplates(`operations.${op}.request`, config.request).warnings : [],
  );
  return { ...view, warnings };
}

export function makeProviderApiEndpoints({ settings, providerApi }: { settings: ProviderSettings; providerApi: ProviderApi }) {
  // Compiles response mappings to check them; nothing is evaluated here.
  const mappingCheck = makeMappingEngine();

  const viewSchema = z.object({
    presetId: z.string(),
    credentials: z.array(
      settingField.extend({
        default: z.string().optional(),
        set: z.boolean(),
        value: z.string().optional().describe('Absent for secrets'),
      }),
    ),
    auth: authSchemeSchema,
    authCustomised: z.boolean(),
    operations: z.partialRecord(
      operationName,
      operationSchema.extend({
        customised: z.boolean(),
        inPreset: z.boolean().describe('Whether "back to the preset\'s" keeps the operation or removes it'),
      }),
    ),
    variants: z.array(z.object({ id: z.string(), label: z.string(), operation: operationName, config: operationSchema })),
    warnings: z
      .array(errorBodySchema.shape.details.element)
      .describe(
        'Template paths in the operations that are no merge value Patchcord fills (code unknown_merge_field), each naming its field (operations.<op>.request.url, …headers.<i>.value, …body.template) and the nearest known name',
      ),
    didSync: z.object({
      enabled: z.boolean(),
      intervalMinutes: z.number(),
      firstRunAt: z.date().nullable(),
      schedule: z
        .object({ nextRuns: z.array(z.date()), recentRuns: z.array(z.object({ scheduledAt: z.date(), workflowId: z.string() })) })
        .nullable(),
    }),
  });
  const renderedRequest = z.object({
    method: z.enum(['GET', 'POST']),
    url: z.string(),
    headers: z.record(z.string(), z.string()),
    body: z.string().optional(),
  });
  const testAnswer = z.object({
    ok: z.boolean(),
    request: renderedRequest.nullable(),
    response: z
      .object({
        status: z.number(),
        headers: z.record(z.string(), z.string()),
        body: z.string(),
        truncated: z.boolean(),
        elapsedMs: z.number(),
      })
      .optional(),
    verdict: z
      .object({ outcome: z.enum(['success', 'error', 'unknown']), message: z.string(), data: z.record(z.string(), z.unknown()) })
      .optional(),
    error: errorBodySchema.optional(),
  });
  const virtualNumber = z.object({ number: z.string(), tag: z.string(), source: z.enum(['manual', 'sync']).optional() });
  const didSyncAnswer = z
    .object({
      total: z.number().optional(),
      added: z.array(z.string()).optional(),
      removed: z.array(z.string()).optional(),
      virtualNumbers: z.array(virtualNumber),
    })
    .describe('total, added and removed are absent when ops skipped a failed sync step');

  return [
    endpoint({
      method: 'get',
      path: '/api/admin/merge-fields',
      summary: "The mail-merge values a provider request can use, with the seeds' @ spellings",
      tag: 'Provider API',
      access: ADMIN,
      response: z.object({
        items: z.array(
          z.object({
            path: z.string(),
            handlebars: z.string(),
            mailMerge: z.string().nullable(),
            description: z.string(),
            only: z.string().optional().describe('Filled only for these operations'),
          }),
        ),
      }),
      handler: async () => ({
        items: MERGE_FIELDS.map((f) => {
          const [kind, field] = f.path.split('.');
          const mailMerge = !field
            ? (MERGE_NAMES as readonly string[]).includes(f.path)
              ? `@${f.path}`
              : null
            : kind === 'User' || kind === 'Lead'
              ? `@{${kind}:${field},}`
              : null;
          return { ...f, handlebars: `{{${f.path}}}`, mailMerge };
        }),
      }),
    }),
    endpoint({
      method: 'get',
      path: '/api/admin/connectors/:id/provider',
      summary: "The connector's provider API: credentials (secrets only as set/unset), auth scheme, operations, DID sync",
      tag: 'Provider API',
      access: ADMIN,
      params: idParams,
      response: viewSchema,
      errors: { 404: 'Not found' },
      handler: async ({ params }) => withWarnings(await settings.view(params.id)),
    }),
    endpoint({
      method: 'put',
      path: '/api/admin/connectors/:id/provider',
      summary:
        "Set credentials (sealed), the auth scheme, operations and DID sync; templates are checked and the seeds' @fields translated",
      tag: 'Provider API',
      access: ADMIN,
      params: idParams,
      body: putBody,
      response: viewSchema,
      errors: { 400: 'Invalid body or template', 404: 'Not found' },
      handler: async ({ params, body }) => {
        const doc = await settings.current(params.id);
        const problems: ErrorDetail[] = [];
        if (body.auth?.kind === 'token') {
          for (const [name, t] of [
            ['login', body.auth.login],
            ['logout', body.auth.logout],
          ] as const) {
            if (t) problems.push(...checkTemplates(`body.auth.${name}`, t).problems);
          }
        }
        const operations: Partial<Record<ProviderOperation, OperationConfig | null>> = {};
        for (const [op, config] of Object.entries(body.operations ?? {}) as [ProviderOperation, OperationConfig | null][]) {
          if (config === null) {
            operations[op] = null;
            continue;
          }
          const checked = checkTemplates(`body.operations.${op}.request`, config.request);
          problems.push(
            ...checked.problems,
            ...checkResponseMapping(`body.operations.${op}.responseMapping`, config.responseMapping, mappingCheck),
          );
          operations[op] = { ...config, request: checked.translated };
        }
        if (body.didSync) {
          const didList = effectiveApi(doc.presetId, doc.providerApi).operations.didList;
          if (body.didSync.enabled && !didList?.enabled && !body.operations?.didList?.enabled) {
            problems.push({ field: 'body.didSync.enabled', code: 'no_did_list', message: 'DID sync needs an enabled didList operation.' });
          }
        }
        if (problems.length)
          throw new AppError(
            'VALIDATION_FAILED',
            `The provider settings have ${problems.length} problem(s): ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
            problems,
          );
        await settings.save(params.id, {
          credentials: body.credentials,
          auth: body.auth,
          operations: body.operations ? operations : undefined,
          didSync: body.didSync,
        });
        return withWarnings(await settings.view(params.id));
      },
    }),
    endpoint({
      method: 'post',
      path: '/api/admin/connectors/:id/provider/test',
      summary:
        'Test API: send the real request with sample values; returns the rendered request (secrets redacted), the raw answer and the verdict',
      tag: 'Provider API',
      access: ADMIN,
      params: idParams,
      body: z.strictObject({
        operation: operationName,
        values: z
          .record(z.string(), z.unknown())
          .default({})
          .describe('Sample merge values; dotted keys such as "User.TelephonyAgentId" nest'),
        from: z
          .strictObject({
            agentUserId: objectId.optional(),
            leadId: objectId.optional(),
            customerNumber: z.string().max(40).optional(),
            virtualNumber: z.string().max(40).optional(),
          })
          .optional()
          .describe('Build the values from real records first'),
        config: operationSchema.optional().describe('An unsaved operation to test instead of the saved one'),
      }),
      response: testAnswer,
      errors: { 400: 'Invalid body, template or missing sample values', 404: 'Not found', 409: 'Operation not enabled' },
      handler: async ({ params, body }) => {
        const doc = await settings.current(params.id);
        const base = body.from
          ? await settings.mergeValues({
              connectorId: params.id,
              defaultCountry: toCountryCode(doc.defaultCountry) ?? 'IN',
              timeZone: doc.timeZone,
              agentUserId: body.from.agentUserId,
              leadId: body.from.leadId,
              customerNumber: body.from.customerNumber,
              virtualNumber: body.from.virtualNumber,
            })
          : {};
        const values = deepMerge(base, nestDotted(body.values));
        const operation = body.config ? { ...body.config, enabled: true } : undefined;
        if (operation) {
          const problems = [
            ...checkTemplates('body.config.request', operation.request).problems,
            ...checkResponseMapping('body.config.responseMapping', operation.responseMapping, mappingCheck),
          ];
          if (problems.length) throw new AppError('VALIDATION_FAILED', problems.map((p) => p.message).join('; '), problems);
        }
        let result: OutboundResult;
        try {
          result = await providerApi.call(params.id, body.operation, values, { operation, redactAnswer: true });
        } catch (err) {
          const failure = providerFailure(err);
          if (failure.code === 'VALIDATION_FAILED' || failure.code === 'NOT_FOUND' || failure.code === 'PROVIDER_OPERATION_DISABLED')
            throw failure;
          // The request went out and failed: that is the test's answer, not an API error.
          return { ok: false, request: requestOf(err) ?? null, error: failure.toJSON() };
        }
        const { response, request, verdict } = result;
        return {
          ok: verdict.outcome !== 'error',
          request,
          response: {
            status: response.status,
            headers: response.headers,
            body: response.body,
            truncated: response.truncated,
            elapsedMs: response.elapsedMs,
          },
          verdict,
        };
      },
    }),
    endpoint({
      method: 'post',
      path: '/api/admin/connectors/:id/did-sync',
      summary: "Sync now: pull the provider's DID list into the virtual numbers",
      tag: 'Provider API',
      access: ADMIN,
      params: idParams,
      response: didSyncAnswer,
      errors: { 404: 'Not found', 409: 'DID list not enabled', 502: 'The provider kept failing; a failed step was recorded' },
      handler: async ({ params }) => {
        const doc = await settings.current(params.id);
        if (!effectiveApi(doc.presetId, doc.providerApi).operations.didList?.enabled) {
          throw new AppError('PROVIDER_OPERATION_DISABLED', 'This connector has no enabled didList operation.', [
            { field: 'operations.didList', code: 'disabled', message: 'not enabled' },
          ]);
        }
        const outcome = await settings.syncNow(params.id);
        if (outcome.status === 'failed') {
          throw new AppError(
            'PROVIDER_UNAVAILABLE',
            `DID sync failed: ${outcome.error}. Ops can retry or skip it (step ${outcome.stepId}).`,
            [{ field: 'stepId', code: 'failed_step', message: outcome.stepId }],
          );
        }
        return { ...outcome.result, virtualNumbers: await settings.virtualNumbers(params.id) };
      },
    }),
    endpoint({
      method: 'post',
      path: '/api/admin/connectors/:id/blacklist',
      summary: "Add numbers to, or remove them from, the provider's blacklist",
      tag: 'Provider API',
      access: ADMIN,
      params: idParams,
      body: z.strictObject({ action: z.enum(['add', 'remove']), numbers: z.array(z.string().trim().min(3).max(40)).min(1).max(500) }),
      response: z.record(z.string(), z.unknown()),
      errors: {
        400: 'Invalid body',
        404: 'Not found',
        409: 'Operation not enabled',
        422: 'The provider refused',
        502: 'The provider did not answer',
      },
      handler: async ({ params, body }) => {
        const doc = await settings.current(params.id);
        const country = toCountryCode(doc.defaultCountry) ?? 'IN';
        const bad = body.numbers.filter((n) => !normalizePhone(n, country));
        if (bad.length)
          throw new AppError(
            'VALIDATION_FAILED',
            `Not phone numbers: ${bad.join(', ')}`,
            bad.map((n) => ({ field: 'body.numbers', code: 'not_a_phone', message: n })),
          );
        const numbers = body.numbers.map((n) => normalizePhone(n, country) as string);
        const many = numbers.length > 1;
        const op: ProviderOperation =
          body.action === 'add' ? (many ? 'blacklistAddMany' : 'blacklistAdd') : many ? 'blacklistRemoveMany' : 'blacklistRemove';
        let result: OutboundResult;
        try {
          result = await providerApi.call(params.id, op, { number: numbers[0], numbers: numbers.join(',') }, { redactAnswer: true });
        } catch (err) {
          throw providerFailure(err);
        }
        if (result.verdict.outcome === 'error') throw new AppError('PROVIDER_REJECTED', result.verdict.message);
        return { action: body.action, numbers, verdict: result.verdict };
      },
    }),
  ];
}
