/** A connector's settings tab: the schema-driven form, provider-facing URLs, teams, numbers, agents. */
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { client, errorText, unwrap } from '../api/client';
import type { Body, Connector, Revealed, SettingField, Team, WebhookUrls } from '../api/types';
import { Badge, BusyButton, CopyButton, Notice, useBusy } from '../lib/ui';
import { AgentMapping, VirtualNumbers } from './numbers-agents';

/** The provider-facing URLs, in the order a call uses them. */
const URL_ROWS: readonly (readonly [keyof WebhookUrls, string, string])[] = [
  ['route', 'Call route (GET: who takes this caller)', 'route-url'],
  ['popup', 'Agent popup (POST)', 'popup-url'],
  ['callEvent', 'Call events (POST: answered, hangup)', 'call-event-url'],
  ['callLog', 'Call log (POST JSON, form or query string)', 'call-log-url'],
  ['sso', 'Single sign-on (POST: agent session)', 'sso-url'],
];

interface Props {
  connector: Connector;
  revealed: Revealed | null;
  onRevealed(r: Revealed): void;
  onChanged(): void;
}

export function ConnectorSettings({ connector, revealed, onRevealed, onChanged }: Props) {
  return (
    <div className="settings-grid">
      <ProviderUrls connector={connector} revealed={revealed} onRevealed={onRevealed} onChanged={onChanged} />
      <SettingsForm connector={connector} onChanged={onChanged} />
      <VirtualNumbers connector={connector} onChanged={onChanged} />
      <Teams connector={connector} onChanged={onChanged} />
      <AgentMapping connector={connector} />
    </div>
  );
}

const COUNTRIES = ['IN', 'US', 'GB', 'AE', 'SG', 'AU', 'CA', 'DE', 'FR', 'ZA', 'SA', 'MY', 'ID', 'PH', 'NG', 'KE', 'BR', 'MX'];
const countryName = (code: string) => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
};
const TIME_ZONES: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['Asia/Kolkata', 'UTC'];

type Values = Record<string, string | boolean>;

interface SchemaFieldsProps {
  fields: SettingField[];
  values: Values;
  onChange(key: string, v: string | boolean): void;
  idPrefix: string;
  /** Which secret fields hold a value: secrets are write-only, so `values` holds only what is typed. */
  secretsSet?: Record<string, boolean>;
  /** Shown under a field's input (a secret's set/unset state and its clear button). */
  extra?(f: SettingField): ReactNode;
}

/** Renders any list of setting fields (conventions: schemas as data; no UI code per provider). */
export function SchemaFields({ fields, values, onChange, idPrefix, secretsSet = {}, extra }: SchemaFieldsProps) {
  return (
    <>
      {fields.map((f) => {
        const id = `${idPrefix}-${f.key}`;
        const value = values[f.key];
        const help = f.help ? (
          <span className="help" id={`${id}-help`}>
            {f.help}
          </span>
        ) : null;
        if (f.type === 'boolean') {
          return (
            <div key={f.key} className="field checkbox">
              <label htmlFor={id}>
                <input
                  id={id}
                  type="checkbox"
                  checked={value === true}
                  onChange={(e) => onChange(f.key, e.target.checked)}
                  aria-describedby={help ? `${id}-help` : undefined}
                />
                {f.label}
              </label>
              {help}
            </div>
          );
        }
        // A secret that is set stays as it is when left blank, so it is not required again.
        const common = {
          id,
          'aria-describedby': help ? `${id}-help` : undefined,
          required: f.required && !(f.secret && secretsSet[f.key]),
        };
        let input;
        if (f.type === 'select') {
          input = (
            <select {...common} value={String(value ?? '')} onChange={(e) => onChange(f.key, e.target.value)}>
              {(f.options ?? []).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          );
        } else if (f.type === 'country') {
          input = (
            <>
              <input
                {...common}
                value={String(value ?? '')}
                list={`${id}-list`}
                maxLength={2}
                pattern="[A-Za-z]{2}"
                onChange={(e) => onChange(f.key, e.target.value.toUpperCase())}
              />
              <datalist id={`${id}-list`}>
                {COUNTRIES.map((c) => (
                  <option key={c} value={c}>
                    {countryName(c)}
                  </option>
                ))}
              </datalist>
            </>
          );
        } else if (f.type === 'timezone') {
          input = (
            <select {...common} value={String(value ?? '')} onChange={(e) => onChange(f.key, e.target.value)}>
              {(TIME_ZONES.includes(String(value)) ? TIME_ZONES : [String(value), ...TIME_ZONES]).map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
            </select>
          );
        } else {
          input = (
            <input
              {...common}
              type={f.secret ? 'password' : f.type === 'number' ? 'number' : 'text'}
              value={String(value ?? '')}
              placeholder={f.secret ? (secretsSet[f.key] ? 'set — type to replace' : 'not set') : undefined}
              autoComplete={f.secret ? 'new-password' : undefined}
              onChange={(e) => onChange(f.key, e.target.value)}
            />
          );
        }
        return (
          <div key={f.key} className="field">
            <label htmlFor={id}>
              {f.label}
              {f.required && <span aria-hidden="true"> *</span>}
            </label>
            {input}
            {extra?.(f)}
            {help}
          </div>
        );
      })}
    </>
  );
}

function SettingsForm({ connector, onChanged }: { connector: Connector; onChanged(): void }) {
  const [fields, setFields] = useState<SettingField[]>([]);
  const initial = (): Values => ({
    defaultCountry: connector.defaultCountry,
    timeZone: connector.timeZone,
    duplicatePolicy: connector.duplicatePolicy,
    createUnknownLeads: connector.createUnknownLeads,
  });
  const [values, setValues] = useState<Values>(initial);
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [saving, busy] = useBusy();

  useEffect(() => {
    unwrap(client.GET('/api/admin/presets/{presetId}/settings-schema', { params: { path: { presetId: connector.presetId } } })).then(
      (s) => setFields([...s.connector, ...s.preset]),
      (err) => setStatus({ kind: 'error', text: errorText(err) }),
    );
  }, [connector.presetId]);

  const save = (e: FormEvent) => {
    e.preventDefault();
    void busy(async () => {
      try {
        // The form's keys are the connector's own settings fields, which the schema (as data) names.
        const body = Object.fromEntries(fields.filter((f) => f.key in initial()).map((f) => [f.key, values[f.key]])) as Body<
          '/api/admin/connectors/{id}',
          'patch'
        >;
        await unwrap(client.PATCH('/api/admin/connectors/{id}', { params: { path: { id: connector.id } }, body }));
        setStatus({ kind: 'success', text: 'Settings saved.' });
        onChanged();
      } catch (err) {
        setStatus({ kind: 'error', text: errorText(err) });
      }
    });
  };

  return (
    <form className="card" onSubmit={save} aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      <SchemaFields fields={fields} values={values} idPrefix="setting" onChange={(k, v) => setValues((all) => ({ ...all, [k]: v }))} />
      {status && (
        <Notice kind={status.kind} onDismiss={() => setStatus(null)}>
          {status.text}
        </Notice>
      )}
      <div className="buttons">
        <BusyButton type="submit" className="primary" busy={saving}>
          Save settings
        </BusyButton>
      </div>
    </form>
  );
}

function ProviderUrls({ connector, revealed, onRevealed, onChanged }: Props) {
  const [header, setHeader] = useState<{ name: string; value: string } | null>(null);
  const [headerName, setHeaderName] = useState('X-Patchcord-Auth');
  const [error, setError] = useState<string | null>(null);
  const call = async (fn: () => Promise<void>) => {
    setError(null);
    try {
      await fn();
    } catch (err) {
      setError(errorText(err));
    }
  };
  const rotateSecret = () =>
    call(async () => {
      if (!window.confirm('Rotate the webhook secret? The current URLs stop working at once; update your provider with the new ones.'))
        return;
      onRevealed(await unwrap(client.POST('/api/admin/connectors/{id}/webhook-secret', { params: { path: { id: connector.id } } })));
    });
  const rotateHeader = () =>
    call(async () => {
      setHeader(
        await unwrap(
          client.POST('/api/admin/connectors/{id}/auth-header', { params: { path: { id: connector.id } }, body: { name: headerName } }),
        ),
      );
      onChanged();
    });
  const disableHeader = () =>
    call(async () => {
      await unwrap(client.DELETE('/api/admin/connectors/{id}/auth-header', { params: { path: { id: connector.id } } }));
      setHeader(null);
      onChanged();
    });

  const urls = revealed?.webhookUrls ?? connector.webhookUrls;
  return (
    <section className="card wide" aria-labelledby="urls-title">
      <h2 id="urls-title">Provider-facing URLs</h2>
      <p className="muted small">
        Configure these in your telephony provider. They carry a secret; the API shows it only when it is created or rotated.
      </p>
      {revealed && <Notice kind="warning">{revealed.notice}</Notice>}
      {URL_ROWS.map(([key, label, testId]) => (
        <div className="url-row" key={key}>
          <span className="url-label">{label}</span>
          <code className="url" data-testid={testId}>
            {revealed ? urls[key] : urls[key].replace('{secret}', '••••••••')}
          </code>
          {revealed ? (
            <CopyButton text={urls[key]} label="Copy URL" />
          ) : (
            <Badge kind="muted" title="Rotate to see a new secret">
              secret hidden
            </Badge>
          )}
        </div>
      ))}
      <div className="buttons left">
        <button type="button" onClick={() => void rotateSecret()}>
          Rotate secret…
        </button>
      </div>
      <h3>Additional authentication header</h3>
      <p className="muted small">When enabled, providers must also send this header with every request.</p>
      <p>Status: {connector.authHeaderEnabled ? <Badge kind="ok">enabled</Badge> : <Badge kind="muted">not set</Badge>}</p>
      {header && (
        <Notice kind="warning">
          Send this header with every request. The value is shown only now:
          <div className="url-row">
            <code className="url" data-testid="auth-header">
              {header.name}: {header.value}
            </code>
            <CopyButton text={header.value} label="Copy value" />
          </div>
        </Notice>
      )}
      <div className="inline-form">
        <label>
          Header name
          <input value={headerName} onChange={(e) => setHeaderName(e.target.value)} pattern="[A-Za-z0-9-]{1,64}" />
        </label>
        <button type="button" onClick={() => void rotateHeader()}>
          {connector.authHeaderEnabled ? 'Rotate header value' : 'Generate header pair'}
        </button>
        {connector.authHeaderEnabled && (
          <button type="button" onClick={() => void disableHeader()}>
            Disable
          </button>
        )}
      </div>
      {error && <Notice kind="error">{error}</Notice>}
    </section>
  );
}

function Teams({ connector, onChanged }: { connector: Connector; onChanged(): void }) {
  const [teams, setTeams] = useState<Team[]>([]);
  const [selected, setSelected] = useState<string[]>(connector.teamIds);
  const [newTeam, setNewTeam] = useState('');
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [saving, busy] = useBusy();
  const [creating, busyCreating] = useBusy();
  const load = () =>
    unwrap(client.GET('/api/admin/teams')).then(
      (t) => setTeams(t.items),
      (err) => setStatus({ kind: 'error', text: errorText(err) }),
    );
  useEffect(() => {
    void load();
  }, []);
  const save = () =>
    busy(async () => {
      try {
        await unwrap(client.PATCH('/api/admin/connectors/{id}', { params: { path: { id: connector.id } }, body: { teamIds: selected } }));
        setStatus({ kind: 'success', text: 'Teams saved.' });
        onChanged();
      } catch (err) {
        setStatus({ kind: 'error', text: errorText(err) });
      }
    });
  const add = (e: FormEvent) => {
    e.preventDefault();
    void busyCreating(async () => {
      try {
        const t = await unwrap(client.POST('/api/admin/teams', { body: { name: newTeam.trim() } }));
        setNewTeam('');
        setSelected((s) => [...s, t.id]);
        await load();
      } catch (err) {
        setStatus({ kind: 'error', text: errorText(err) });
      }
    });
  };
  return (
    <section className="card" aria-labelledby="teams-title">
      <h2 id="teams-title">Teams</h2>
      <p className="muted small">
        Users in these teams see this connector's numbers when calling out. With no team anywhere, the default connector applies.
      </p>
      {teams.length === 0 && <p className="muted">No teams yet.</p>}
      <fieldset className="checks">
        <legend className="sr-only">Teams assigned to {connector.name}</legend>
        {teams.map((t) => (
          <label key={t.id}>
            <input
              type="checkbox"
              checked={selected.includes(t.id)}
              onChange={(e) => setSelected((s) => (e.target.checked ? [...s, t.id] : s.filter((id) => id !== t.id)))}
            />
            {t.name}
          </label>
        ))}
      </fieldset>
      <form className="inline-form" onSubmit={add}>
        <label>
          New team
          <input value={newTeam} onChange={(e) => setNewTeam(e.target.value)} required maxLength={100} />
        </label>
        <BusyButton type="submit" busy={creating} busyLabel="Creating…">
          Create team
        </BusyButton>
      </form>
      {status && (
        <Notice kind={status.kind} onDismiss={() => setStatus(null)}>
          {status.text}
        </Notice>
      )}
      <div className="buttons">
        <BusyButton type="button" className="primary" busy={saving} onClick={() => void save()}>
          Save teams
        </BusyButton>
      </div>
    </section>
  );
}
