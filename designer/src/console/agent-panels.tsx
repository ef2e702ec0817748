/**
 * The agent panels the agent may see (GET /api/agent/panels): one iframe per connector whose teams
 * include the agent (or that has none), in and out of calls; the current call's connector comes first,
 * its URL carrying the call's values. Reloaded when the call, its lead or the agent's freedom changes.
 */
import { useEffect, useState } from 'react';
import { client, errorText, unwrap } from '../api/client';
import { Notice } from '../lib/ui';
import type { AgentPanel } from './types';

export function useAgentPanels(reloadKey: string): { panels: AgentPanel[]; error: string | null } {
  const [panels, setPanels] = useState<AgentPanel[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    unwrap(client.GET('/api/agent/panels')).then(
      (res) => {
        if (!live) return;
        setPanels(res.items);
        setError(null);
      },
      (err: unknown) => live && setError(errorText(err)),
    );
    return () => {
      live = false;
    };
  }, [reloadKey]);
  return { panels, error };
}

export function PanelFrame({ panel }: { panel: AgentPanel }) {
  const [big, setBig] = useState(false);
  const headingId = `agent-panel-title-${panel.connectorId}`;
  return (
    <section className={`card console-panel${panel.showOnTop ? ' on-top' : ''}`} aria-labelledby={headingId}>
      <div className="card-head">
        <h2 id={headingId}>{panel.title}</h2>
        {!panel.hideScaleButtons && (
          <button type="button" className="small" onClick={() => setBig(!big)} aria-pressed={big}>
            {big ? 'Minimise' : 'Maximise'}
          </button>
        )}
      </div>
      <iframe
        title={panel.title}
        src={panel.url}
        data-testid="agent-panel"
        data-connector-id={panel.connectorId}
        allow={panel.permissions.join('; ')}
        style={{ width: big ? '100%' : `min(100%, ${panel.width}px)`, height: big ? Math.max(panel.height, 700) : panel.height }}
      />
    </section>
  );
}

export function PanelsError({ error }: { error: string | null }) {
  return error ? <Notice kind="warning">Your agent panels could not be loaded: {error}</Notice> : null;
}
