/**
 * The few calls the simulate command makes to a running Patchcord's admin API: sign in, create a
 * connector (its webhook URLs, secret included, come back only then), point its provider settings at
 * the simulator, and read leads and agents to call from and to.
 */
import { z } from 'zod';

export interface ApiAnswer {
  status: number;
  body: unknown;
  /** Patchcord's error message when there is one, else the start of the body. */
  message: string;
}

const webhookUrls = z.object({ callLog: z.string(), route: z.string(), popup: z.string(), callEvent: z.string() });
const connector = z.object({ id: z.string(), webhookUrls });
const leads = z.object({ items: z.array(z.object({ phone: z.string(), secondaryPhones: z.array(z.string()).optional() })) });
const users = z.object({
  items: z.array(
    z.object({
      role: z.string(),
      active: z.boolean(),
      name: z.string(),
      phones: z.array(z.string()),
      agentIds: z.array(z.object({ agentId: z.string(), connectorId: z.string().nullable() })),
    }),
  ),
});

export type WebhookSet = z.infer<typeof webhookUrls>;

export class AdminApiError extends Error {
  constructor(
    readonly what: string,
    readonly answer: ApiAnswer,
  ) {
    super(`${what}: HTTP ${answer.status} ${answer.message}`);
  }
}

export function makeAdminClient(apiUrl: string) {
  const base = apiUrl.replace(/\/+$/, '');
  let token = '';

  async function request(method: string, path: string, body?: unknown): Promise<ApiAnswer> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON; keep the text.
    }
    const message = typeof parsed === 'object' && parsed !== null && 'message' in parsed ? String(parsed.message) : text.slice(0, 200);
    return { status: res.status, body: parsed, message };
  }

  async function expectOk<T>(what: string, answer: Promise<ApiAnswer>, schema: z.ZodType<T>): Promise<T> {
    const a = await answer;
    if (a.status < 200 || a.status >= 300) throw new AdminApiError(what, a);
    return schema.parse(a.body);
  }

  return {
    async login(email: string, password: string): Promise<void> {
      ({ token } = await expectOk('sign-in', request('POST', '/api/auth/login', { email, password }), z.object({ token: z.string() })));
    },
    createConnector: (body: { name: string; presetId: string; virtualNumbers: { number: string; tag: string }[] }) =>
      expectOk('create connector', request('POST', '/api/admin/connectors', body), connector),
    /** The connector's webhook URLs; the secret shows as `{secret}` (it is revealed only at creation). */
    getConnector: (id: string) => expectOk('read connector', request('GET', `/api/admin/connectors/${encodeURIComponent(id)}`), connector),
    /** Raw answer: a 404 means this Patchcord has no provider settings endpoint yet. */
    setProviderSettings: (id: string, credentials: Record<string, string>) =>
      request('PUT', `/api/admin/connectors/${encodeURIComponent(id)}/provider`, { credentials }),
    async leadPhones(limit = 200): Promise<string[]> {
      const { items } = await expectOk('list leads', request('GET', `/api/admin/leads?limit=${limit}`), leads);
      return items.map((l) => l.phone);
    },
    /** Active agents with a phone, with their agent id for this connector (or for all connectors). */
    async agents(connectorId: string): Promise<{ phone: string; agentId?: string; name: string }[]> {
      const { items } = await expectOk('list users', request('GET', '/api/admin/users'), users);
      return items
        .filter((u) => u.role === 'agent' && u.active && u.phones.length > 0)
        .map((u) => {
          const id = u.agentIds.find((a) => a.connectorId === connectorId) ?? u.agentIds.find((a) => a.connectorId === null);
          return { phone: u.phones[0] ?? '', name: u.name, ...(id ? { agentId: id.agentId } : {}) };
        });
    },
  };
}

export type AdminClient = ReturnType<typeof makeAdminClient>;
