/**
 * Calling a connector's provider: one operation (click-to-call, popup pull, DID list, disposition…)
 * rendered from its template with the call's merge values and the connector's credentials, sent
 * through the SSRF-safe engine with the connector's auth scheme, judged by its response rules, and
 * written to the telephony request log with every secret redacted.
 *
 * Token sessions (uContact) live here, per process: one login per connector and credential set,
 * shared by concurrent calls, reused until shortly before it expires; a 401 drops the token and logs
 * in once more; a dropped or replaced token is logged out (best effort), as are all on shutdown.
 */
import crypto from 'node:crypto';
import { Types } from 'mongoose';
import { outboundDuration } from '../metrics';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import type { Models } from '../db/models';
import {
  authorize,
  DeliveryError,
  OutboundError,
  parseJsonAnswer,
  redactText,
  valueAt,
  requestOf,
  translateRequest,
  type AuthScheme,
  type MergeValues,
  type Outbound,
  type OutboundResult,
  type RenderedRequest,
  type RequestTemplate,
  type TokenScheme,
} from '../outbound';
import { getPreset } from '../providers';
import {
  isRepeatable,
  PROVIDER_OPERATIONS,
  type OperationConfig,
  type ProviderApiSpec,
  type ProviderOperation,
  type SettingField,
} from '../providers/types';
import type { SecretBox } from '../security/secrets';
import { sha256 } from '../security/secrets';
import type { RequestLog } from './request-log';
import { notFound, required } from './required';

/** Credential keys treated as secret even when a preset does not say so. */
const SECRET_KEY = /key|secret|password|pass|token|cookie|session/i;
/** Tokens are renewed this long before the provider would expire them. */
const TOKEN_MARGIN_MS = 5_000;

export interface ProviderCallOptions {
  /** An operation not saved yet (the designer's "Test API"); translated here. */
  operation?: OperationConfig;
  workflowId?: string | null;
  /**
   * For answers shown to an admin: the connector's secrets and whatever the auth scheme sent (a
   * token, an encoded password) are hidden in the answer's body, headers and verdict and in a
   * failure's message, as the request log hides them.
   */
  redactAnswer?: boolean;
  /**
   * The same for every attempt of one step (`idempotencyKey()`): `{{idempotencyKey}}` in templates,
   * and the operation's `idempotencyHeader` when it has one. A random one when absent.
   */
  idempotencyKey?: string;
}

/**
 * A step's idempotency key: derived from its workflow, step and (when one workflow may run the step
 * more than once) what tells the runs apart, so every attempt, and an ops retry, sends the same key.
 * UUID-shaped, which is what providers that take one accept.
 */
export function idempotencyKey(workflowId: string, step: string, discriminator = ''): string {
  const h = sha256(JSON.stringify(['patchcord-idempotency', workflowId, step, discriminator]));
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

interface Context {
  connectorId: string;
  auth: AuthScheme;
  operations: Partial<Record<ProviderOperation, OperationConfig>>;
  credentials: Record<string, string>;
  secrets: string[];
  webhooks: Record<string, string>;
}

interface Session {
  token: string;
  expiresAt: number;
  ctx: Context;
}

const translatedPresets = new Map<
  string,
  { auth: AuthScheme; operations: Partial<Record<ProviderOperation, OperationConfig>>; fields: SettingField[] }
>();

/** A preset's provider API with its templates translated to Handlebars, once per preset. */
function presetApi(presetId: string) {
  const hit = translatedPresets.get(presetId);
  if (hit) return hit;
  let api: ProviderApiSpec | undefined;
  try {
    api = getPreset(presetId).api;
  } catch {
    api = undefined;
  }
  const operations = Object.fromEntries(
    Object.entries(api?.operations ?? {}).map(([op, c]) => [op, { ...c, request: translateRequest(c.request) }]),
  );
  const value = { auth: api?.auth ?? ({ kind: 'none' } as const), operations, fields: [...(api?.credentials ?? [])] };
  translatedPresets.set(presetId, value);
  return value;
}

export interface StoredProviderApi {
  auth?: AuthScheme | null;
  operations?: Partial<Record<ProviderOperation, OperationConfig | null>>;
  credentials?: Record<string, string>;
}

/** What a connector actually uses: its own auth and operations where set, the preset's otherwise. */
export function effectiveApi(presetId: string, stored: StoredProviderApi | null | undefined) {
  const preset = presetApi(presetId);
  const operations: Partial<Record<ProviderOperation, OperationConfig & { customised: boolean; inPreset: boolean }>> = {};
  for (const op of PROVIDER_OPERATIONS) {
    const own = stored?.operations?.[op];
    const base = own ?? preset.operations[op];
    // inPreset: whether "back to the preset's" keeps the operation or removes it.
    if (base) operations[op] = { ...base, customised: Boolean(own), inPreset: Boolean(preset.operations[op]) };
  }
  return { auth: stored?.auth ?? preset.auth, authCustomised: Boolean(stored?.auth), operations, fields: preset.fields };
}

/** Every string in a JSON value passed through `hide`. */
function hideIn(value: unknown, hide: (text: string) => string): unknown {
  if (typeof value === 'string') return hide(value);
  if (Array.isArray(value)) return value.map((v) => hideIn(v, hide));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hideIn(v, hide)]));
  return value;
}

/** A provider's answer with every secret hidden: body, header values, the verdict's message and data. */
function redactResult(result: OutboundResult, secrets: readonly string[]): OutboundResult {
  const hide = (text: string): string => redactText(text, secrets);
  const { response, verdict } = result;
  return {
    ...result,
    response: {
      ...response,
      body: hide(response.body),
      headers: Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k, hide(v)])),
    },
    verdict: {
      ...verdict,
      message: hide(verdict.message),
      data: hideIn(verdict.data, hide) as Record<string, unknown>,
    },
  };
}

/** The same failure with every secret hidden in its message and body excerpt; class, code and status kept. */
function redactFailure(err: unknown, secrets: readonly string[]): unknown {
  if (!(err instanceof Error)) return err;
  const hide = (text: string): string => redactText(text, secrets);
  const bodyExcerpt = (err as { bodyExcerpt?: string }).bodyExcerpt;
  const copy =
    err instanceof OutboundError
      ? new OutboundError(err.code, hide(err.message), {
          status: err.providerStatus,
          bodyExcerpt: bodyExcerpt === undefined ? undefined : hide(bodyExcerpt),
          missingFields: err.missingFields,
        })
      : err instanceof DeliveryError
        ? new DeliveryError(err.code, hide(err.message), {
            status: err.providerStatus,
            bodyExcerpt: bodyExcerpt === undefined ? undefined : hide(bodyExcerpt),
          })
        : new Error(hide(err.message));
  const request = requestOf(err);
  return request ? Object.assign(copy, { request }) : copy;
}

/**
 * An unknown outcome judged by the operation. For a request that may be sent twice (a read, a
 * set-like write, one carrying an idempotency key) it is only a provider that did not answer, and
 * retried like one; for any other it stays unknown, and says why it is not sent again.
 */
function judgeUnknown(err: unknown, repeatable: boolean): unknown {
  if (!(err instanceof DeliveryError) || err.code !== 'PROVIDER_OUTCOME_UNKNOWN') return err;
  if (repeatable) return err.as('PROVIDER_UNAVAILABLE', `${err.message} (safe to send again)`);
  return err.as('PROVIDER_OUTCOME_UNKNOWN', `${err.message}; the provider may have acted on it, so it is not sent again by itself`);
}

export interface ProviderApiDeps {
  models: Models;
  box: SecretBox;
  outbound: Outbound;
  requestLog: RequestLog;
  logger: Logger;
  /** Patchcord's public base URL, for templates that hand the provider a webhook URL. */
  publicUrl: () => string;
}

export function makeProviderApi({ models, box, outbound, requestLog, logger, publicUrl }: ProviderApiDeps) {
  const sessions = new Map<string, Session>();
  const logins = new Map<string, Promise<Session>>();

  async function load(connectorId: string): Promise<Context> {
    if (!Types.ObjectId.isValid(connectorId)) throw notFound('Connector', connectorId);
    const doc = required(
      await models.Connector.findById(connectorId, { presetId: 1, providerApi: 1 })
        .select('+providerApi.credentials +webhookSecret')
        .lean(),
      'Connector',
      connectorId,
    );
    const stored = doc.providerApi as StoredProviderApi | undefined;
    const api = effectiveApi(doc.presetId, stored);
    // Every field the preset declares is present (its default or empty), so `{{#if credentials.x}}` works.
    const credentials: Record<string, string> = Object.fromEntries(api.fields.map((f) => [f.key, f.default ?? '']));
    for (const [k, sealed] of Object.entries(stored?.credentials ?? {})) credentials[k] = box.open(sealed);
    const secretKeys = api.fields.filter((f) => f.secret).map((f) => f.key);
    const secrets = Object.entries(credentials)
      .filter(([k, v]) => v && (secretKeys.includes(k) || SECRET_KEY.test(k)))
      .map(([, v]) => v);
    // The connector's own webhook URLs carry its secret: usable in templates (8x8's callback), never shown.
    const base = `${publicUrl().replace(/\/+$/, '')}/webhooks/${connectorId}/${box.open(doc.webhookSecret)}`;
    const webhooks = { callLog: `${base}/call-log`, popup: `${base}/popup`, callEvent: `${base}/call-event`, route: `${base}/route` };
    return {
      connectorId,
      auth: api.auth,
      operations: api.operations,
      credentials,
      secrets: [...secrets, ...Object.values(webhooks)],
      webhooks,
    };
  }

  function logEntry(
    ctx: Context,
    kind: string,
    req: RenderedRequest | undefined,
    outcome: 'accepted' | 'rejected' | 'error',
    extra: {
      status?: number;
      response?: string;
      errorCode?: string | null;
      durationMs: number;
      workflowId?: string | null;
      alsoHide?: readonly string[];
    },
  ): void {
    const url = req ? new URL(req.url) : null;
    requestLog.record({
      connectorId: ctx.connectorId,
      direction: 'outbound',
      kind,
      method: req?.method ?? 'GET',
      path: url ? `${url.origin}${url.pathname}` : '(not rendered)',
      query: url?.search.slice(1) ?? '',
      headers: req?.headers ?? {},
      contentType: req?.headers['Content-Type'] ?? req?.headers['content-type'],
      body: req?.body ?? '',
      bodyBytes: Buffer.byteLength(req?.body ?? ''),
      status: extra.status ?? 0,
      outcome,
      errorCode: extra.errorCode ?? null,
      // A provider may echo a key in an error, and a login answer carries the session's token.
      response: redactText(extra.response ?? '', [...ctx.secrets, ...(extra.alsoHide ?? [])]),
      durationMs: extra.durationMs,
      workflowId: extra.workflowId ?? null,
    });
  }

  /** Counts one request to the provider by its operation (`outbound:<operation>` logs as `<operation>`) and outcome. */
  function observeOutbound(kind: string, outcome: 'accepted' | 'rejected' | 'error', started: number): void {
    outboundDuration.observe({ operation: kind.replace(/^outbound:/, ''), outcome }, (performance.now() - started) / 1000);
  }

  /**
   * Sends one request and logs it, whatever happens; the error, if any, is rethrown unchanged unless
   * `redactAnswer` asks for the answer (or the failure) with every secret hidden, or the request is
   * `repeatable`: then an unknown outcome is only a provider that did not answer, retried as such.
   */
  async function sendLogged(
    ctx: Context,
    kind: string,
    template: RequestTemplate,
    values: MergeValues,
    rules: OperationConfig['rules'],
    token: string | null,
    extra: {
      workflowId?: string | null;
      secretsInAnswer?: (body: string) => readonly string[];
      redactAnswer?: boolean;
      repeatable?: boolean;
    } = {},
  ): Promise<OutboundResult> {
    const { workflowId, secretsInAnswer = () => [], redactAnswer = false, repeatable = true } = extra;
    const started = performance.now();
    const all = { ...values, credentials: ctx.credentials, webhooks: ctx.webhooks, ...(token === null ? {} : { token }) };
    // What the auth scheme sent (an encoded password, a token header) is as secret as the credentials.
    let sent: readonly string[] = [];
    const authorizeAndNote = (req: RenderedRequest) => {
      const authorized = authorize(req, ctx.auth, all);
      sent = authorized.secrets;
      return authorized;
    };
    try {
      const result = await outbound.send(template, all, rules, { secrets: ctx.secrets, authorize: authorizeAndNote });
      const outcome = result.verdict.outcome === 'error' ? 'rejected' : 'accepted';
      observeOutbound(kind, outcome, started);
      const hide = [...sent, ...secretsInAnswer(result.response.body)];
      logEntry(ctx, kind, result.request, outcome, {
        status: result.response.status,
        response: result.response.body,
        errorCode: outcome === 'rejected' ? 'PROVIDER_REJECTED' : null,
        durationMs: performance.now() - started,
        workflowId,
        alsoHide: hide,
      });
      return redactAnswer ? redactResult(result, [...ctx.secrets, ...hide]) : result;
    } catch (caught) {
      const err = judgeUnknown(caught, repeatable);
      const permanent = err instanceof OutboundError;
      const delivery = err instanceof DeliveryError;
      observeOutbound(kind, permanent ? 'rejected' : 'error', started);
      logEntry(ctx, kind, requestOf(caught), permanent ? 'rejected' : 'error', {
        status: permanent || delivery ? err.providerStatus : undefined,
        response: permanent || delivery ? (err.bodyExcerpt ?? err.message) : (err as Error).message,
        errorCode: permanent || delivery ? err.code : 'PROVIDER_UNAVAILABLE',
        durationMs: performance.now() - started,
        workflowId,
        alsoHide: sent,
      });
      const request = requestOf(caught);
      const thrown = request && err !== caught ? Object.assign(err as Error, { request }) : err;
      throw redactAnswer ? redactFailure(thrown, [...ctx.secrets, ...sent]) : thrown;
    }
  }

  const sessionKey = (ctx: Context): string => `${ctx.connectorId}:${sha256(JSON.stringify([ctx.auth, ctx.credentials]))}`;

  async function login(ctx: Context, scheme: TokenScheme): Promise<Session> {
    // The login request carries credentials but no token; rules are not used, only the token's key.
    const noAuth: Context = { ...ctx, auth: { kind: 'none' } };
    const tokenIn = (text: string): string | null => {
      const body = text.trim();
      const found = scheme.tokenKey === '$body' ? body : valueAt(parseJsonAnswer(body), scheme.tokenKey);
      return typeof found === 'string' && found ? found : null;
    };
    const result = await sendLogged(noAuth, 'outbound:login', translateRequest(scheme.login), {}, [], null, {
      secretsInAnswer: (text) => [tokenIn(text) ?? ''],
    });
    const body = result.response.body.trim();
    const doc = parseJsonAnswer(body);
    const token = tokenIn(body);
    if (!token)
      throw new OutboundError('PROVIDER_REJECTED', `The provider's login answer has no token at "${scheme.tokenKey}".`, {
        status: result.response.status,
        bodyExcerpt: body.slice(0, 200).replace(/[A-Za-z0-9_-]{16,}/g, '…'),
      });
    const given = scheme.expiresInKey ? Number(valueAt(doc, scheme.expiresInKey)) : NaN;
    const ttlMs = (Number.isFinite(given) && given > 0 ? given : scheme.ttlSeconds) * 1000;
    return { token, expiresAt: Date.now() + Math.max(1000, ttlMs - TOKEN_MARGIN_MS), ctx: { ...ctx, secrets: [...ctx.secrets, token] } };
  }

  async function endSession(session: Session): Promise<void> {
    const scheme = session.ctx.auth;
    if (scheme.kind !== 'token' || !scheme.logout) return;
    try {
      await sendLogged(session.ctx, 'outbound:logout', translateRequest(scheme.logout), {}, [], session.token);
    } catch (err) {
      logger.warn({ connectorId: session.ctx.connectorId, err: (err as Error).message }, 'provider logout failed');
    }
  }

  /** The current token, logging in when there is none or it is about to expire; one login at a time. */
  async function tokenFor(ctx: Context, scheme: TokenScheme, renew: string | null): Promise<Session> {
    const key = sessionKey(ctx);
    const current = sessions.get(key);
    if (current && current.token !== renew && current.expiresAt > Date.now()) return current;
    const pending = logins.get(key);
    if (pending) return pending;
    if (current) {
      sessions.delete(key);
      void endSession(current);
    }
    const p = login(ctx, scheme).finally(() => logins.delete(key));
    logins.set(key, p);
    const session = await p;
    sessions.set(key, session);
    return session;
  }

  /** The operation's request (with its idempotency header, if any), rules, and whether it may be sent twice. */
  function operationOf(
    ctx: Context,
    op: ProviderOperation,
    opts: ProviderCallOptions,
  ): { request: RequestTemplate; rules: OperationConfig['rules']; repeatable: boolean } {
    const configured = opts.operation ? { ...opts.operation, request: translateRequest(opts.operation.request) } : ctx.operations[op];
    if (!configured || (!opts.operation && !configured.enabled))
      throw new AppError('PROVIDER_OPERATION_DISABLED', `The connector's "${op}" request is not configured or not enabled.`, [
        { field: `operations.${op}`, code: 'disabled', message: 'not enabled' },
      ]);
    const header = configured.idempotencyHeader;
    const request = header
      ? { ...configured.request, headers: [...(configured.request.headers ?? []), { name: header, value: '{{idempotencyKey}}' }] }
      : configured.request;
    return { request, rules: configured.rules, repeatable: isRepeatable(op, configured) };
  }

  /**
   * Runs one operation. Transient failures (timeouts, 5xx, 429, network) throw plain errors for the
   * caller's retry policy; permanent ones throw `OutboundError` (a rule-matched error is returned
   * in the verdict, not thrown: the caller decides what an error answer means).
   */
  async function call(
    connectorId: string,
    op: ProviderOperation,
    values: MergeValues,
    opts: ProviderCallOptions = {},
  ): Promise<OutboundResult> {
    const ctx = await load(connectorId);
    const { request, rules, repeatable } = operationOf(ctx, op, opts);
    const kind = `outbound:${op}`;
    const extra = { workflowId: opts.workflowId, redactAnswer: opts.redactAnswer, repeatable };
    const withKey = { ...values, idempotencyKey: opts.idempotencyKey ?? crypto.randomUUID() };
    const scheme = ctx.auth;
    if (scheme.kind !== 'token') return sendLogged(ctx, kind, request, withKey, rules, null, extra);
    const session = await tokenFor(ctx, scheme, null);
    try {
      return await sendLogged(session.ctx, kind, request, withKey, rules, session.token, extra);
    } catch (err) {
      if (!(err instanceof OutboundError && err.providerStatus === 401)) throw err;
      // The token expired or was revoked early: log in again, once.
      const fresh = await tokenFor(ctx, scheme, session.token);
      return sendLogged(fresh.ctx, kind, request, withKey, rules, fresh.token, extra);
    }
  }

  /** Logs out of every open provider session (process shutdown). */
  async function close(): Promise<void> {
    const all = [...sessions.values()];
    sessions.clear();
    await Promise.all(all.map(endSession));
  }

  return { call, close };
}

export type ProviderApi = ReturnType<typeof makeProviderApi>;
