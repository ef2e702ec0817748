/**
 * Connectors (seed section 4), picked from a searchable list: add from a preset, rename, clone,
 * delete, mark default; each connector's sections below.
 */
import { type FormEvent, lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { AgentPanelSettings } from '../connectors/agent-panel';
import { CallLifecycleSettings } from '../connectors/call-assembly';
import { DispositionSettings } from '../connectors/disposition';
import { ConnectorPicker } from '../connectors/picker';
import { RoutingSettings } from '../connectors/routing';
import { ConnectorSettings } from '../connectors/settings';
import { client, errorText, unwrap } from '../api/client';
import type { Connector, Preset, Revealed, Usage } from '../api/types';
import { Link, navigate } from '../lib/router';
import { usePageTitle } from '../lib/title';
import { Modal, Notice } from '../lib/ui';
import { ProviderPanel } from '../provider/panel';
import { RouteAnswerPanel } from '../route/panel';

/** The mapping designer brings CodeMirror: loaded on first opening, not with the app. */
const MappingDesigner = lazy(() => import('../mapping/designer').then((m) => ({ default: m.MappingDesigner })));

type Dialog = null | 'add' | 'rename' | 'clone' | 'delete';

/** A connector's sections: the path suffix after `/connectors/:id` and the sub-tab's label. */
export const CONNECTOR_SECTIONS = [
  { id: 'settings', suffix: '', label: 'Settings' },
  { id: 'mapping', suffix: '/mapping', label: 'Mappings' },
  { id: 'provider', suffix: '/provider', label: 'Provider API' },
  { id: 'route-answer', suffix: '/route-answer', label: 'Route answer' },
  { id: 'lifecycle', suffix: '/lifecycle', label: 'Call lifecycle' },
  { id: 'disposition', suffix: '/disposition', label: 'Disposition' },
  { id: 'routing', suffix: '/routing', label: 'Routing' },
  { id: 'agent-panel', suffix: '/agent-panel', label: 'Agent panel' },
] as const;
export type ConnectorSection = (typeof CONNECTOR_SECTIONS)[number]['id'];
const suffixOf = (section: ConnectorSection) => CONNECTOR_SECTIONS.find((s) => s.id === section)?.suffix ?? '';

export function ConnectorsPage({ connectorId, section }: { connectorId: string | null; section: ConnectorSection }) {
  const [connectors, setConnectors] = useState<Connector[] | null>(null);
  const [presets, setPresets] = useState<Preset[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  /** Secrets revealed by create/clone/rotate, shown once on the connector's settings. */
  const [revealed, setRevealed] = useState<Record<string, Revealed>>({});

  const reload = useCallback(async () => {
    try {
      const list = await unwrap(client.GET('/api/admin/connectors'));
      setConnectors(list.items);
      return list.items;
    } catch (err) {
      setError(errorText(err));
      return [];
    }
  }, []);

  useEffect(() => {
    void reload();
    unwrap(client.GET('/api/admin/presets')).then(
      (p) => setPresets(p.items),
      (err) => setError(errorText(err)),
    );
  }, [reload]);

  const current = connectors?.find((c) => c.id === connectorId) ?? null;
  const sectionLabel = CONNECTOR_SECTIONS.find((s) => s.id === section)?.label ?? 'Settings';
  usePageTitle(current ? `${current.name} · ${sectionLabel}` : 'Connectors');
  useEffect(() => {
    if (connectors && connectors.length > 0 && !current) navigate(`/connectors/${connectors[0]!.id}`, { replace: true });
  }, [connectors, current]);

  const created = async (c: Connector & Revealed) => {
    setRevealed((r) => ({ ...r, [c.id]: { webhookUrls: c.webhookUrls, notice: c.notice } }));
    await reload();
    setDialog(null);
    navigate(`/connectors/${c.id}`);
  };

  const markDefault = async () => {
    if (!current) return;
    try {
      await unwrap(client.PATCH('/api/admin/connectors/{id}', { params: { path: { id: current.id } }, body: { isDefault: true } }));
      await reload();
    } catch (err) {
      setError(errorText(err));
    }
  };

  if (connectors === null) return <div className="loading">Loading connectors…</div>;

  return (
    <div className="connectors">
      <div className="picker-row">
        {connectors.length > 0 && (
          <ConnectorPicker
            connectors={connectors}
            presets={presets}
            currentId={current?.id ?? null}
            onPick={(id) => navigate(`/connectors/${id}${suffixOf(section)}`)}
          />
        )}
        <button type="button" className="primary" onClick={() => setDialog('add')}>
          + Add connector
        </button>
      </div>
      {error && (
        <Notice kind="error" onDismiss={() => setError(null)}>
          {error}
        </Notice>
      )}

      {connectors.length === 0 && (
        <div className="empty">
          <h2>No connectors yet</h2>
          <p>A connector is one account with a telephony provider. Add one from a preset to get its webhook URLs and design its mapping.</p>
          <button type="button" className="primary" onClick={() => setDialog('add')}>
            Add your first connector
          </button>
        </div>
      )}

      {current && (
        <section className="connector" aria-label={`Connector ${current.name}`}>
          <div className="connector-head">
            <div>
              <h1>
                {current.name} {current.isDefault && <span className="badge ok">default</span>}
              </h1>
              <p className="muted">
                Preset: {presets.find((p) => p.id === current.presetId)?.name ?? current.presetId} · live mapping version{' '}
                {current.mappings.callLog.version}
              </p>
            </div>
            <div className="actions" role="group" aria-label="Connector actions">
              <button type="button" onClick={() => setDialog('rename')}>
                Rename
              </button>
              <button type="button" onClick={() => setDialog('clone')}>
                Clone
              </button>
              <button type="button" onClick={() => void markDefault()} disabled={current.isDefault}>
                {current.isDefault ? 'Default' : 'Mark default'}
              </button>
              <button type="button" className="danger" onClick={() => setDialog('delete')}>
                Delete
              </button>
            </div>
          </div>
          <nav className="subtabs" aria-label="Connector sections">
            {CONNECTOR_SECTIONS.map((s) => (
              <Link
                key={s.id}
                to={`/connectors/${current.id}${s.suffix}`}
                className={section === s.id ? 'active' : ''}
                aria-current={section === s.id ? 'page' : undefined}
              >
                {s.label}
              </Link>
            ))}
          </nav>
          {section === 'settings' ? (
            <ConnectorSettings
              key={current.id}
              connector={current}
              revealed={revealed[current.id] ?? null}
              onRevealed={(r) => setRevealed((all) => ({ ...all, [current.id]: r }))}
              onChanged={() => void reload()}
            />
          ) : section === 'provider' ? (
            <ProviderPanel key={current.id} connector={current} onChanged={() => void reload()} />
          ) : section === 'route-answer' ? (
            <RouteAnswerPanel key={current.id} connector={current} />
          ) : section === 'lifecycle' ? (
            <CallLifecycleSettings key={current.id} connector={current} />
          ) : section === 'disposition' ? (
            <DispositionSettings key={current.id} connector={current} />
          ) : section === 'routing' ? (
            <RoutingSettings key={current.id} connector={current} />
          ) : section === 'agent-panel' ? (
            <AgentPanelSettings key={current.id} connector={current} />
          ) : (
            <Suspense fallback={<p className="loading">Loading the mapping designer…</p>}>
              <MappingDesigner key={current.id} connector={current} onPublished={() => void reload()} />
            </Suspense>
          )}
        </section>
      )}

      <Modal title="Add a connector" open={dialog === 'add'} onClose={() => setDialog(null)}>
        <AddConnector presets={presets} onCreated={(c) => void created(c)} onCancel={() => setDialog(null)} />
      </Modal>
      {current && (
        <>
          <Modal title={`Rename ${current.name}`} open={dialog === 'rename'} onClose={() => setDialog(null)}>
            <NameForm
              initial={current.name}
              submitLabel="Rename"
              onCancel={() => setDialog(null)}
              onSubmit={async (name) => {
                await unwrap(client.PATCH('/api/admin/connectors/{id}', { params: { path: { id: current.id } }, body: { name } }));
                await reload();
                setDialog(null);
              }}
            />
          </Modal>
          <Modal title={`Clone ${current.name}`} open={dialog === 'clone'} onClose={() => setDialog(null)}>
            <p className="muted">
              The clone gets the settings, teams, live mapping and fixtures; not the virtual numbers, and new secrets.
            </p>
            <NameForm
              initial={`${current.name} copy`}
              submitLabel="Clone"
              onCancel={() => setDialog(null)}
              onSubmit={async (name) =>
                created(
                  await unwrap(client.POST('/api/admin/connectors/{id}/clone', { params: { path: { id: current.id } }, body: { name } })),
                )
              }
            />
          </Modal>
          <Modal title={`Delete ${current.name}?`} open={dialog === 'delete'} onClose={() => setDialog(null)}>
            <DeleteConnector
              connector={current}
              onCancel={() => setDialog(null)}
              onDeleted={async () => {
                setDialog(null);
                const rest = await reload();
                navigate(rest[0] ? `/connectors/${rest[0].id}` : '/connectors', { replace: true });
              }}
            />
          </Modal>
        </>
      )}
    </div>
  );
}

function NameForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: string;
  submitLabel: string;
  onSubmit(name: string): Promise<unknown>;
  onCancel(): void;
}) {
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await onSubmit(name.trim());
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)}>
      <label>
        Name
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} autoFocus />
      </label>
      {error && <Notice kind="error">{error}</Notice>}
      <div className="buttons">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

function AddConnector({ presets, onCreated, onCancel }: { presets: Preset[]; onCreated(c: Connector & Revealed): void; onCancel(): void }) {
  const [presetId, setPresetId] = useState(presets[0]?.id ?? '');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const preset = presets.find((p) => p.id === presetId);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      onCreated(await unwrap(client.POST('/api/admin/connectors', { body: { name: name.trim(), presetId } })));
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)}>
      <label>
        Connector type (preset)
        <select value={presetId} onChange={(e) => setPresetId(e.target.value)} required>
          {presets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      {preset && <p className="muted small">{preset.description}</p>}
      <label>
        Name
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} placeholder="e.g. Bangalore" autoFocus />
      </label>
      {error && <Notice kind="error">{error}</Notice>}
      <div className="buttons">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary">
          Add
        </button>
      </div>
    </form>
  );
}

function DeleteConnector({ connector, onDeleted, onCancel }: { connector: Connector; onDeleted(): Promise<void>; onCancel(): void }) {
  const [usage, setUsage] = useState<Usage | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    unwrap(client.GET('/api/admin/connectors/{id}/usage', { params: { path: { id: connector.id } } })).then(setUsage, (err) =>
      setError(errorText(err)),
    );
  }, [connector.id]);
  const remove = async () => {
    try {
      await unwrap(client.DELETE('/api/admin/connectors/{id}', { params: { path: { id: connector.id } } }));
      await onDeleted();
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <div>
      {usage ? (
        <>
          <p>
            This deletes the connector <strong>{usage.name}</strong>:
          </p>
          <ul className="goes">
            <li>its webhook URLs stop working at once (providers get 401);</li>
            <li>
              {usage.virtualNumbers} virtual number(s) and its assignment to {usage.teams} team(s);
            </li>
            <li>
              its call-log mapping: {usage.versions} version(s) and {usage.fixtures} fixture(s), and any draft.
            </li>
          </ul>
          <p className="muted">
            Kept: {usage.activities} call activit{usage.activities === 1 ? 'y' : 'ies'}, {usage.requestLogs} request-log entries, and{' '}
            {usage.agentMappings} user agent-id mapping(s).
          </p>
        </>
      ) : (
        !error && <p>Counting what goes…</p>
      )}
      {error && <Notice kind="error">{error}</Notice>}
      <div className="buttons">
        <button type="button" onClick={onCancel} autoFocus>
          Cancel
        </button>
        <button type="button" className="danger" onClick={() => void remove()} disabled={!usage}>
          Delete {connector.name}
        </button>
      </div>
    </div>
  );
}
