/**
 * Calls, for admins and ops: every call's phone-call activity, newest first, filtered by connector,
 * completeness, a missing field or the lack of a final event (kept in the query string), and the
 * selected call (`/calls/:id`) with its fields and timeline beside the list.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { client, unwrap } from '../api/client';
import type { CallActivity, User } from '../api/types';
import { connectorChoices, type ConnectorOption } from '../lib/connector-select';
import { navigate } from '../lib/router';
import { usePageTitle } from '../lib/title';
import { CallDetail } from './detail';
import { filtersFromSearch, searchOf, type ListFilters } from './format';
import { CallFiltersBar, CallList } from './list';

export function CallsPage({ callId, role }: { callId: string | null; role: User['role'] }) {
  const [filters, setFilters] = useState<ListFilters>(() => filtersFromSearch(window.location.search));
  const [version, setVersion] = useState(0);
  const [named, setNamed] = useState<ConnectorOption[]>([]);
  const [seen, setSeen] = useState<string[]>([]);
  const search = searchOf(filters);
  // With a call open, its detail names the tab ("Call …" once loaded).
  usePageTitle(callId ? 'Call' : 'Calls');

  // Connector names come from the admin API; ops pick among the connectors of the calls listed.
  useEffect(() => {
    if (role !== 'admin') return;
    unwrap(client.GET('/api/admin/connectors')).then(
      (r) => setNamed(r.items.map((c) => ({ id: c.id, name: c.name }))),
      () => setNamed([]),
    );
  }, [role]);

  const connectors = useMemo(() => connectorChoices(named, [...seen, filters.connectorId]), [named, seen, filters.connectorId]);
  const connectorName = useCallback((id: string) => named.find((c) => c.id === id)?.name ?? `Connector ${id}`, [named]);

  const onLoaded = useCallback((calls: CallActivity[]) => {
    setSeen((prev) => {
      const ids = [...new Set([...prev, ...calls.map((c) => c.connectorId)])];
      return ids.length === prev.length ? prev : ids;
    });
  }, []);

  const changeFilters = (next: ListFilters) => {
    setFilters(next);
    navigate(`${window.location.pathname}${searchOf(next)}`, { replace: true });
  };

  return (
    <div className="calls-page">
      <h1>Calls</h1>
      <CallFiltersBar filters={filters} connectors={connectors} onChange={changeFilters} onRefresh={() => setVersion((v) => v + 1)} />
      <div className={callId ? 'calls-layout with-detail' : 'calls-layout'}>
        <CallList
          filters={filters}
          version={version}
          selectedId={callId}
          connectorName={connectorName}
          search={search}
          onLoaded={onLoaded}
        />
        {callId && (
          <CallDetail
            key={callId}
            id={callId}
            version={version}
            connectorName={connectorName}
            onClose={() => navigate(`/calls${search}`)}
          />
        )}
      </div>
    </div>
  );
}
