/** Call routing (mode, fallback, answer format) and missed calls, from the connector's lifecycle settings. */
import { useEffect, useState } from 'react';
import { ROUTE_FALLBACKS, ROUTE_FORMATS, ROUTING_MODES } from '../../../src/domain/connector';
import { client, unwrap } from '../api/client';
import type { Connector, FullUser } from '../api/types';
import { errorProps, LcFieldError, LifecycleForm, type Lifecycle, type PartProps } from './lifecycle-form';

type Routing = Lifecycle['routing'];
const MODE_LABELS: Record<(typeof ROUTING_MODES)[number], string> = {
  lead: "The caller's lead (its owner takes the call)",
  opportunity: 'An open opportunity on the lead (its owner takes the call)',
};
const FALLBACK_LABELS: Record<(typeof ROUTE_FALLBACKS)[number], string> = {
  none: 'Nobody (the provider decides)',
  agent: 'A fixed agent',
  queue: "The provider's queue",
};
const FORMAT_LABELS: Record<(typeof ROUTE_FORMATS)[number], string> = {
  json: 'JSON',
  'agent-phone': "The agent's phone number",
  'agent-id': "The agent's id at the provider",
  'agent-email': "The agent's email",
};

export function RoutingSettings({ connector }: { connector: Connector }) {
  const [agents, setAgents] = useState<FullUser[]>([]);
  useEffect(() => {
    // Only the fallback agent's choices; a failure leaves the id as stored and the server still checks it.
    unwrap(client.GET('/api/admin/users')).then(
      (u) => setAgents(u.items.filter((x) => x.role === 'agent' && x.active)),
      () => undefined,
    );
  }, []);
  return (
    <LifecycleForm
      connector={connector}
      title="Routing and missed calls"
      intro="Who takes an incoming call when the provider asks, how the answer names the agent, and what a missed call leaves behind."
    >
      {(props) => <RoutingFields {...props} agents={agents} />}
    </LifecycleForm>
  );
}

function RoutingFields({ draft, set, errors, agents }: PartProps & { agents: FullUser[] }) {
  const r = draft.routing;
  const put = (patch: Partial<Routing>) => set({ ...draft, routing: { ...r, ...patch } });
  const m = draft.missedCall;
  const putMissed = (patch: Partial<Lifecycle['missedCall']>) => set({ ...draft, missedCall: { ...m, ...patch } });
  const stored = r.fallbackAgentId && !agents.some((a) => a.id === r.fallbackAgentId) ? [r.fallbackAgentId] : [];
  return (
    <>
      <fieldset className="lc-group">
        <legend>Routing</legend>
        <div className="field">
          <label htmlFor="lc-route-mode">Route by</label>
          <select id="lc-route-mode" value={r.mode} onChange={(e) => put({ mode: e.target.value as Routing['mode'] })}>
            {ROUTING_MODES.map((v) => (
              <option key={v} value={v}>
                {MODE_LABELS[v]}
              </option>
            ))}
          </select>
        </div>
        <div className="lc-row">
          <div className="field">
            <label htmlFor="lc-route-fallback">When nobody owns the caller</label>
            <select id="lc-route-fallback" value={r.fallback} onChange={(e) => put({ fallback: e.target.value as Routing['fallback'] })}>
              {ROUTE_FALLBACKS.map((v) => (
                <option key={v} value={v}>
                  {FALLBACK_LABELS[v]}
                </option>
              ))}
            </select>
          </div>
          {r.fallback === 'agent' && (
            <div className="field">
              <label htmlFor="lc-route-agent">Fallback agent</label>
              <select
                id="lc-route-agent"
                value={r.fallbackAgentId ?? ''}
                onChange={(e) => put({ fallbackAgentId: e.target.value || null })}
                {...errorProps(errors, 'routing.fallbackAgentId')}
              >
                <option value="">Choose an agent…</option>
                {agents.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name} ({a.email})
                  </option>
                ))}
                {stored.map((id) => (
                  <option key={id} value={id}>
                    {id} (not an active agent)
                  </option>
                ))}
              </select>
              <LcFieldError errors={errors} path="routing.fallbackAgentId" />
            </div>
          )}
          {r.fallback === 'queue' && (
            <div className="field">
              <label htmlFor="lc-route-queue">Fallback queue</label>
              <input
                id="lc-route-queue"
                value={r.fallbackQueue}
                maxLength={100}
                onChange={(e) => put({ fallbackQueue: e.target.value })}
                {...errorProps(errors, 'routing.fallbackQueue')}
              />
              <LcFieldError errors={errors} path="routing.fallbackQueue" />
            </div>
          )}
        </div>
        <div className="field">
          <label htmlFor="lc-route-format">Answer format</label>
          <select id="lc-route-format" value={r.format} onChange={(e) => put({ format: e.target.value as Routing['format'] })}>
            {ROUTE_FORMATS.map((v) => (
              <option key={v} value={v}>
                {FORMAT_LABELS[v]}
              </option>
            ))}
          </select>
          <span className="help">The answer template itself is on the Route answer tab.</span>
        </div>
      </fieldset>
      <fieldset className="lc-group">
        <legend>Missed calls</legend>
        <div className="field checkbox">
          <label>
            <input type="checkbox" checked={m.createTask} onChange={(e) => putMissed({ createTask: e.target.checked })} />
            Create a call-back task for a missed call
          </label>
        </div>
        <div className="field">
          <label htmlFor="lc-missed-due">Task due in (minutes)</label>
          <input
            id="lc-missed-due"
            type="number"
            min={0}
            value={m.dueInMinutes}
            onChange={(e) => putMissed({ dueInMinutes: Number(e.target.value) })}
            {...errorProps(errors, 'missedCall.dueInMinutes')}
          />
          <LcFieldError errors={errors} path="missedCall.dueInMinutes" />
        </div>
      </fieldset>
    </>
  );
}
