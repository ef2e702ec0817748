/** The documented admin API (/openapi.json), and nothing else: every screen talks through here. */

export interface ErrorDetail { field?: string; code: string; message: string; position?: number; token?: string }

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly details: ErrorDetail[] = []) {
    super(message);
  }
}

type Listener = () => void;
const unauthenticated = new Set<Listener>();
/** Called when any request answers 401: the shell goes back to the sign-in screen. */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticated.add(listener);
  return () => unauthenticated.delete(listener);
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: body !== undefined ? { 'content-type': 'application/json' } : {},
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    const err = (data ?? {}) as { code?: string; message?: string; details?: ErrorDetail[] };
    if (res.status === 401 && path !== '/api/auth/login') unauthenticated.forEach((l) => l());
    throw new ApiError(res.status, err.code ?? 'HTTP_' + res.status, err.message ?? res.statusText, err.details ?? []);
  }
  return data as T;
}

export const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export interface User { id: string; email: string; name: string; role: 'admin' | 'ops' | 'agent' }
export interface FullUser extends User { phones: string[]; agentIds: { agentId: string; connectorId: string | null }[]; teamIds: string[]; active: boolean }
export interface Team { id: string; name: string }
export interface Preset { id: string; name: string; description: string }
export interface SettingField {
  key: string; label: string; type: 'text' | 'number' | 'boolean' | 'select' | 'country' | 'timezone';
  required: boolean; secret?: boolean; options?: { value: string; label: string }[]; help?: string;
}
export interface VirtualNumber { number: string; tag: string }
export interface Connector {
  id: string; name: string; presetId: string; defaultCountry: string; timeZone: string; isDefault: boolean;
  teamIds: string[]; virtualNumbers: VirtualNumber[]; duplicatePolicy: 'ignore' | 'merge'; createUnknownLeads: boolean;
  mappings: { callLog: { expression: string; version: number; updatedAt?: string } };
  authHeaderEnabled: boolean; webhookUrls: WebhookUrls;
}
export interface WebhookUrls { callLog: string; events: string; route: string; popup: string; callEvent: string; sso: string }
export interface Revealed { webhookUrls: WebhookUrls; notice: string }
/**
 * A canonical call field. `complete`: part of the default set a finished call must have (a start or
 * an end time count as one); an event brings only some of them and leaves the rest to other events.
 */
export interface CanonicalField { name: string; seedName: string; type: string; complete: boolean; utc?: boolean; values?: string[]; description: string }
export const MAPPING_KINDS = ['callLog', 'events', 'popup', 'callEvent', 'route'] as const;
export type MappingKind = (typeof MAPPING_KINDS)[number];
/** What a mapping kind produces besides (or, for the route input, instead of) call fields. */
export interface MappingKindInfo {
  kind: MappingKind; segment: string; label: string; description: string; callFields: boolean;
  fields: { name: string; description: string; values?: string[] }[];
}
export interface CanonicalFields { items: CanonicalField[]; kinds: MappingKindInfo[]; eventKinds: string[] }
export interface FieldProblem { field: string; code: 'missing' | 'wrong_type' | 'not_allowed' | 'invalid' | 'unknown_field'; message: string }
/** One event of a preview: the call fields it brings and the complete set's fields it leaves to other events. */
export interface PreviewEvent { kind: string | null; provided: string[]; missing: string[] }
export type Normalized = Record<string, unknown> | Record<string, unknown>[];
export interface Preview {
  kind?: MappingKind; output: unknown; normalized: Normalized; problems: FieldProblem[];
  events?: PreviewEvent[]; route?: { callerNumber: string | null; virtualNumber: string | null; sessionId: string | null } | null; receivedAt?: string;
  error: null | { code: string; message: string; details: ErrorDetail[] };
}
export interface Sample { contentType: string; body: string; query: string; receivedAt?: string }
export type Expect = { output: Normalized } | { error: string | string[]; position?: number };
export interface Fixture { id: string; kind?: MappingKind; name: string; description: string; request: Sample; expect: Expect }
export interface FixtureRun {
  id: string | null; name: string; pass: boolean; diff: string[];
  actual: { output: Normalized | null; error: string | string[] | null; position?: number; message?: string };
  expected: Expect;
}
/** `live.version` 0 with `fromPreset`: the connector runs its preset's mapping of this kind. */
export interface Draft { kind?: MappingKind; expression: string; saved: boolean; differsFromLive: boolean; live: { version: number; expression: string; fromPreset?: boolean } }
/** A path the mapping reads that none of the connector's fixtures or recent deliveries of the kind carries. */
export interface PathWarning { path: string; message: string }
export interface Checked { warnings: PathWarning[]; checkedAgainst: { fixtures: number; deliveries: number } }
export interface Version {
  version: number; live: boolean; expression: string; source: 'created' | 'published' | 'rollback' | 'api';
  restoredFrom: number | null; note: string; fixtureCount: number; publishedAt: string;
  publishedBy: { id: string; name: string; email: string } | null;
}
export interface VersionDiff {
  a: { version: number; expression: string }; b: { version: number; expression: string };
  fixtures: { id: string; name: string; a: FixtureRun; b: FixtureRun }[];
}
export interface RequestLogItem {
  id: string; createdAt: string; method: string; contentType?: string; body?: string; query?: string; bodyTruncated?: boolean;
  status: number; outcome: string; errorCode: string | null;
}
export interface Usage { name: string; virtualNumbers: number; teams: number; agentMappings: number; versions: number; fixtures: number; activities: number; requestLogs: number }

/** The URL segment of each mapping kind, as in the webhooks' URLs. */
export const MAPPING_SEGMENTS: Record<MappingKind, string> = { callLog: 'call-log', events: 'events', popup: 'popup', callEvent: 'call-event', route: 'route' };
export const mappingBase = (connectorId: string, kind: MappingKind = 'callLog') => `/api/admin/connectors/${connectorId}/mappings/${MAPPING_SEGMENTS[kind]}`;

/** The connector's provider API (`GET …/provider`): what Patchcord sends the provider, as data. */
export const PROVIDER_OPERATIONS = ['clickToCall', 'disposition', 'popupPull', 'didList', 'hangup', 'blacklistAdd', 'blacklistRemove', 'blacklistAddMany', 'blacklistRemoveMany', 'callDetails'] as const;
export type ProviderOperation = (typeof PROVIDER_OPERATIONS)[number];
export type BodyKind = 'json' | 'form' | 'text';
export interface RequestTemplate {
  method: 'GET' | 'POST'; url: string; headers?: { name: string; value: string }[]; body?: { kind: BodyKind; template: string };
}
export type ResponseRule =
  | { keyword: string; outcome: 'success' | 'error'; exact?: boolean; message?: string }
  | { key: string; value?: string; outcome: 'success' | 'error'; message?: string }
  | { key: string; outcome: 'data'; as?: string };
/** `responseMapping`: JSONata from the provider's answer to call fields (callDetails). */
export interface OperationConfig { enabled: boolean; request: RequestTemplate; rules: ResponseRule[]; responseMapping?: string }
export interface CredentialField extends SettingField { default?: string; set: boolean; value?: string }
export interface DidSync { enabled: boolean; intervalMinutes: number; firstRunAt: string | null }
export interface ProviderView {
  presetId: string;
  credentials: CredentialField[];
  auth: { kind: 'none' | 'headers' | 'basic' | 'query' | 'token' };
  authCustomised: boolean;
  operations: Partial<Record<ProviderOperation, OperationConfig & { customised: boolean }>>;
  variants: { id: string; label: string; operation: ProviderOperation; config: OperationConfig }[];
  didSync: DidSync;
}
export interface RenderedRequest { method: string; url: string; headers: Record<string, string>; body?: string }
export interface ProviderTest {
  ok: boolean;
  request: RenderedRequest | null;
  response?: { status: number; headers: Record<string, string>; body: string; truncated: boolean; elapsedMs: number };
  verdict?: { outcome: 'success' | 'error' | 'unknown'; message: string; data: Record<string, unknown> };
  error?: { code: string; message: string; details?: ErrorDetail[] };
}
/** `total`, `added` and `removed` are absent when ops skipped a failed sync step. */
export interface DidSyncResult { total?: number; added?: string[]; removed?: string[]; virtualNumbers: VirtualNumber[] }

export const providerBase = (connectorId: string) => `/api/admin/connectors/${connectorId}/provider`;

// Calls: each call's activity (`GET /api/admin/activities`) and timeline (`GET /api/ops/calls/:workflowId`).
/** The kind of event a call field's value came from (`fieldSources`). */
export type FieldSourceKind = 'log' | 'status' | 'live' | 'answered' | 'popup' | 'recording' | 'details' | 'route' | 'derived';
export interface CallerInfo { name?: string; city?: string; state?: string; country?: string; zipCode?: string }
export interface CallActivity {
  id: string; connectorId: string; leadId: string | null; agentId: string | null; providerAgentId?: string | null; workflowId?: string;
  complete: boolean; missingFields: string[]; finalReason: 'terminal-event' | 'quiet-period' | null; noFinalEvent: boolean;
  /** Per field (`custom.<key>` for custom values), the kind of event its value came from. */
  fieldSources?: Record<string, FieldSourceKind>;
  sourceNumber?: string; destinationNumber?: string; displayNumber?: string; agentNumber?: string;
  startTime?: string; answeredAt?: string; endTime?: string;
  durationSeconds?: number; ringSeconds?: number; totalSeconds?: number;
  status: string | null; direction: string | null; providerStatus?: string; hangupCause?: string;
  notes?: string; recordingUrl?: string; ivr?: string; sessionId: string | null;
  caller?: CallerInfo; custom?: Record<string, unknown>;
  mappingVersion: number; updates: number;
}
export interface CallFilters { connectorId?: string; complete?: 'true' | 'false'; missing?: string; noFinalEvent?: 'true' | 'false'; skip?: number; limit?: number }
export type TimelineKind = 'event' | 'decision' | 'effect' | 'failure' | 'ops';
/** An event entry's detail: `kind` (event kind), `source` (webhook), `fields` it brought, `kept` (sent, but the call kept another event's value). */
export interface TimelineEntry { at: string; kind: TimelineKind; what: string; detail?: Record<string, unknown> }
export interface CallTimeline { state: { timeline: TimelineEntry[] } & Record<string, unknown>; temporalUiUrl: string | null }

export const activitiesPath = (filters: CallFilters): string => {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== '') query.set(key, String(value));
  const text = query.toString();
  return `/api/admin/activities${text ? `?${text}` : ''}`;
};
