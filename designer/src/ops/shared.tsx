/** Pieces the ops screens share: error wording, connector names, links to a call and its workflow. */
import { useCallback, useEffect, useState } from 'react';
import { ApiError, client, unwrap } from '../api/client';
import type { User } from '../api/types';

/** The server's message, or words for a request that never got an answer. */
export function problemText(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return 'The server could not be reached. Check the connection and try again.';
}

/** Connector names for admins (the admin API lists them); ops see connector ids. */
export function useConnectorNames(role: User['role']) {
  const [names, setNames] = useState<{ id: string; name: string }[]>([]);
  useEffect(() => {
    if (role !== 'admin') return;
    unwrap(client.GET('/api/admin/connectors')).then(
      (r) => setNames(r.items.map((c) => ({ id: c.id, name: c.name }))),
      () => setNames([]),
    );
  }, [role]);
  const nameOf = useCallback((id: string | null) => (id ? (names.find((c) => c.id === id)?.name ?? `Connector ${id}`) : '—'), [names]);
  return { names, nameOf };
}

/** The Calls screen's address of a call's workflow (`call:<activity id>`); null for other workflows. */
export function callPathOf(workflowId: string | null | undefined): string | null {
  if (!workflowId?.startsWith('call:')) return null;
  return `/calls/${encodeURIComponent(workflowId.slice('call:'.length))}`;
}

export function formatWhen(iso: string | undefined | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

/** "5 min", "3 h", "2 d": how long ago. */
export function ageOf(iso: string, now = Date.now()): string {
  const minutes = Math.max(0, Math.round((now - new Date(iso).getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)} h`;
  return `${Math.round(minutes / 1440)} d`;
}
