/**
 * The documented API (/openapi.json), typed from it, and nothing else: every screen talks through
 * `client`, with paths and bodies checked against `schema.d.ts`, and `unwrap` turns an answer into
 * its data or an `ApiError` carrying the server's code, message and details.
 */
import createClient from 'openapi-fetch';
import type { paths } from './schema';
import type { ErrorDetail, MappingKind } from './types';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
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

/** Same origin: the session cookie goes with every request. */
export const client = createClient<paths>({ credentials: 'same-origin' });
client.use({
  onResponse({ request, response }) {
    if (response.status === 401 && new URL(request.url).pathname !== '/api/auth/login') unauthenticated.forEach((l) => l());
  },
});

/** The data of a successful answer; otherwise throws an `ApiError` with the server's code, message and details. */
export async function unwrap<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await pending;
  if (!response.ok) {
    const err = (error && typeof error === 'object' ? error : {}) as { code?: string; message?: string; details?: ErrorDetail[] };
    throw new ApiError(response.status, err.code ?? 'HTTP_' + response.status, err.message ?? response.statusText, err.details ?? []);
  }
  return data as T;
}

/** What browsers' fetch says when no answer came (Chromium, Firefox, Safari, Node). */
const NETWORK_FAILURE = /^(Failed to fetch|NetworkError when attempting to fetch resource\.?|Load failed|fetch failed)$/i;
export const UNREACHABLE = 'The server could not be reached; check your connection and try again.';

/** An error in words for the screen: the server's own message, said as a sentence when the server failed. */
export function errorText(err: unknown): string {
  if (err instanceof ApiError && err.status >= 500) {
    const said = err.message.trim().replace(/\.$/, '');
    if (err.status === 503) {
      return said
        ? `The server is unavailable for now (${said}); try again in a moment.`
        : 'The server is unavailable for now; try again in a moment.';
    }
    return said
      ? `The server failed to do this (${said}); try again, or tell your administrator if it keeps failing.`
      : 'The server failed to do this; try again, or tell your administrator if it keeps failing.';
  }
  if (err instanceof TypeError && NETWORK_FAILURE.test(err.message)) return UNREACHABLE;
  return err instanceof Error ? err.message : String(err);
}

/** The URL segment of each mapping kind, as in the webhooks' URLs. */
export const MAPPING_SEGMENTS = {
  callLog: 'call-log',
  events: 'events',
  popup: 'popup',
  callEvent: 'call-event',
  route: 'route',
} as const satisfies Record<MappingKind, string>;
export const MAPPING_KINDS = Object.keys(MAPPING_SEGMENTS) as MappingKind[];

type CallLogPath<R extends string> = `/api/admin/connectors/{id}/mappings/call-log${R}`;
/**
 * A mapping route of any kind. Every kind's routes come from one definition on the server, so the
 * call log's path types them all; the path checks that the call log's route exists.
 */
export function mappingPath<R extends string>(kind: MappingKind, rest: R): CallLogPath<R> {
  return `/api/admin/connectors/{id}/mappings/${MAPPING_SEGMENTS[kind]}${rest}` as CallLogPath<R>;
}
