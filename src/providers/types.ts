import { type CountryCode } from 'libphonenumber-js';
import type { AuthScheme, RequestTemplate, ResponseRule } from '../outbound';

export type { RequestTemplate } from '../outbound';

import { REPEATABLE_BY_DEFAULT, type ProviderOperation } from './operations';
import type { SignatureSchemeInput } from '../webhooks/signature';

export { PROVIDER_OPERATIONS, REPEATABLE_BY_DEFAULT, type ProviderOperation } from './operations';

export interface OperationConfig {
  enabled: boolean;
  /** Templates in Handlebars or the seeds' @mail-merge syntax (translated on save). */
  request: RequestTemplate;
  rules: ResponseRule[];
  /**
   * JSONata from the provider's decoded answer (as a webhook body is decoded) to canonical call
   * fields; used by `callDetails`. Absent: the connector's live call-log mapping reads the answer.
   */
  responseMapping?: string;
  /**
   * Whether sending the request twice does no more than sending it once; absent, the operation's
   * default (`REPEATABLE_BY_DEFAULT`). A request that was sent but got no complete answer (a timeout,
   * a dropped connection, an ambiguous 5xx) is sent again only when it is repeatable; otherwise the
   * step fails as `PROVIDER_OUTCOME_UNKNOWN` for ops to decide.
   */
  repeatable?: boolean;
  /**
   * A header the provider reads an idempotency key from (e.g. `Idempotency-Key`), for providers that
   * drop a request they have already seen with the same key. Patchcord sends the key, the same for
   * every attempt of one step (`{{idempotencyKey}}` in templates), and an operation that sends one
   * is repeatable.
   */
  idempotencyHeader?: string;
}

/** A preset's provider API: credentials form, auth scheme and default operations, all data. */
export interface ProviderApiSpec {
  /** `credentials.<key>` in templates; `secret` ones are sealed at rest and redacted everywhere. */
  credentials: readonly SettingField[];
  auth: AuthScheme;
  operations: Partial<Record<ProviderOperation, OperationConfig>>;
  /** Alternative requests an admin may pick for an operation (Ozonetel's PhoneManualDial). */
  variants?: readonly { id: string; label: string; operation: ProviderOperation; config: OperationConfig }[];
}

/** One field of a settings or credentials form, as data: the designer renders forms from these. */
export interface SettingField {
  key: string;
  label: string;
  type: 'text' | 'number' | 'boolean' | 'select' | 'country' | 'timezone';
  required: boolean;
  /** Write-only: shown as set or unset, never echoed back. */
  secret?: boolean;
  options?: readonly { value: string; label: string }[];
  /** Pre-filled value (credentials: used until the admin sets one). */
  default?: string;
  help?: string;
}

/**
 * How the route webhook answers in a provider's own dialect (an XML document that dials, a JSON list
 * of actions…): Handlebars bodies over the routing decision, each value escaped for the content type
 * (src/services/call-routing-answer.ts). `noAgent` answers when there is neither an agent nor a queue.
 */
export interface RouteAnswerSpec {
  contentType: string;
  body: string;
  noAgent: { status: number; contentType: string | null; body: string } | null;
}

/** Everything Patchcord knows about one provider, as data: its mappings and sensible defaults. */
export interface ProviderPreset {
  /** Stable id stored on connectors; never rename. */
  id: string;
  name: string;
  description: string;
  mappings: {
    /** JSONata expression from the provider's call-log webhook payload to canonical call fields. */
    callLog: string;
    /** From the agent-popup payload to `{ sessionId, callerNumber, agentNumber, virtualNumber, agentId, leadId, ivr }`. */
    popup?: string;
    /** From answered/hangup payloads to `{ sessionId, kind: 'answered' | 'hangup', at, answered }`. */
    callEvent?: string;
    /** From any delivery on the one-URL events webhook to call events, each with its `kind` (src/call/mapped-events.ts). */
    events?: string;
    /** From the route request to `{ callerNumber, virtualNumber, sessionId }`; the generic preset's when absent. */
    route?: string;
  };
  defaults: {
    defaultCountry: CountryCode;
    /** IANA zone of the provider's local date-times. */
    timeZone: string;
  };
  /** Provider-specific settings and credentials beyond the connector's own (src/providers/settings.ts). */
  settings?: readonly SettingField[];
  /** Calling the provider: click-to-call, disposition, popup pull, DID list and the like. */
  api?: ProviderApiSpec;
  /** The route answer in the provider's dialect, for connectors that set none; else the `format` answers. */
  routeAnswer?: RouteAnswerSpec;
  /** How the provider signs its webhooks, offered when an admin turns signature checks on. */
  webhookSignature?: SignatureSchemeInput;
}

/** Whether an operation may be sent again after an attempt whose outcome is unknown. */
export function isRepeatable(
  op: ProviderOperation,
  config: Pick<OperationConfig, 'repeatable' | 'idempotencyHeader'> | undefined,
): boolean {
  if (config?.idempotencyHeader) return true;
  return config?.repeatable ?? REPEATABLE_BY_DEFAULT[op];
}
