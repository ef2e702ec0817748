/**
 * Call analytics, for admins and ops: volume by local hour and day, outcomes, answer rate, ring and
 * talk time, per agent, team and connector, for a range of days in a time zone (the filters live in
 * the query string), with the same figures as a CSV download. Loaded on demand with recharts.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError, client, unwrap } from '../api/client';
import { navigate } from '../lib/router';
import { usePageTitle } from '../lib/title';
import { Notice } from '../lib/ui';
import { ConnectorSelect } from '../lib/connector-select';
import { VolumeChart, type ChartRow } from './charts';
import { duration, filtersFromSearch, hourLabel, percent, searchOf, zoneSource } from './format';
import type { AnalyticsFilters, AnalyticsOptions, CallAnalytics, NamedFigures } from './types';

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const allZones: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

const failure = (err: unknown) =>
  err instanceof ApiError ? err.message : `The server could not be reached (${err instanceof Error ? err.message : String(err)}).`;

export default function AnalyticsPage() {
  usePageTitle('Analytics');
  const [filters, setFilters] = useState<AnalyticsFilters>(() => filtersFromSearch(window.location.search));
  const [draft, setDraft] = useState<AnalyticsFilters>(filters);
  const [options, setOptions] = useState<AnalyticsOptions | null>(null);
  const [report, setReport] = useState<CallAnalytics | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    unwrap(client.GET('/api/analytics/options')).then(setOptions, (err: unknown) => setError(failure(err)));
  }, []);

  useEffect(() => {
    const run = ++latest.current;
    setLoading(true);
    unwrap(client.GET('/api/analytics/calls', { params: { query: filters } })).then(
      (r) => {
        if (run !== latest.current) return;
        setReport(r);
        setError(null);
        setLoading(false);
      },
      (err: unknown) => {
        if (run !== latest.current) return;
        setReport(null);
        setError(failure(err));
        setLoading(false);
      },
    );
  }, [filters]);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const next = { ...draft, timeZone: draft.timeZone?.trim() || undefined };
    setFilters(next);
    navigate(`${window.location.pathname}${searchOf(next)}`, { replace: true });
  };
  const set = (patch: Partial<AnalyticsFilters>) => setDraft((d) => ({ ...d, ...patch }));

  const zones = useMemo(() => {
    const first = [browserZone, 'UTC', ...(options?.connectors.map((c) => c.timeZone) ?? [])];
    return [...new Set([...first, ...allZones])];
  }, [options]);

  const hours: ChartRow[] = (report?.byHour ?? []).map((h) => ({ ...h, label: hourLabel(h.hour) }));
  const days: ChartRow[] = (report?.byDay ?? []).map((d) => ({ ...d, label: d.date }));

  return (
    <div className="analytics-page">
      <h1>Analytics</h1>
      <form className="toolbar analytics-filters" aria-label="Analytics filters" onSubmit={apply}>
        <label className="inline">
          From
          <input type="date" required value={draft.from} max={draft.to} onChange={(e) => set({ from: e.target.value })} />
        </label>
        <label className="inline">
          To
          <input type="date" required value={draft.to} min={draft.from} onChange={(e) => set({ to: e.target.value })} />
        </label>
        <label className="inline">
          Time zone
          <input
            list="analytics-zones"
            value={draft.timeZone ?? ''}
            placeholder="Connector's zone"
            onChange={(e) => set({ timeZone: e.target.value })}
            autoComplete="off"
            spellCheck={false}
          />
        </label>
        <datalist id="analytics-zones">
          {zones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        <button type="button" className="small" onClick={() => set({ timeZone: browserZone })}>
          Use my zone ({browserZone})
        </button>
        <ConnectorSelect
          value={draft.connectorId}
          connectors={options?.connectors ?? []}
          onChange={(connectorId) => set({ connectorId })}
        />
        <label className="inline">
          Team
          <select value={draft.teamId ?? ''} onChange={(e) => set({ teamId: e.target.value || undefined })}>
            <option value="">All teams</option>
            {options?.teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          Agent
          <select value={draft.agentId ?? ''} onChange={(e) => set({ agentId: e.target.value || undefined })}>
            <option value="">All agents</option>
            {options?.agents.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Loading…' : 'Show'}
        </button>
        {report && !error && (
          <a className="button" href={`/api/analytics/calls/csv${searchOf(filters)}`} download>
            Download CSV
          </a>
        )}
      </form>

      {error && <Notice kind="error">{error}</Notice>}
      <p className="muted analytics-status" role="status" data-testid="analytics-status">
        {loading
          ? 'Loading…'
          : report
            ? `${report.from} to ${report.to}, in ${report.timeZone} (${zoneSource(report.timeZoneSource)}).`
            : ''}
      </p>

      {report && (
        <>
          <Summary report={report} />
          <div className="analytics-charts">
            <VolumeChart id="volume-by-hour" title="Calls by hour of day" unit="hour" rows={hours} />
            <VolumeChart id="volume-by-day" title="Calls by day" unit="day" rows={days} />
          </div>
          <Breakdown id="by-agent" title="By agent" rows={report.byAgent} />
          <Breakdown id="by-team" title="By team" rows={report.byTeam} />
          <Breakdown id="by-connector" title="By connector" rows={report.byConnector} />
        </>
      )}
    </div>
  );
}

function Summary({ report }: { report: CallAnalytics }) {
  const t = report.totals;
  const tiles: [string, string, string][] = [
    ['calls', 'Calls', String(t.calls)],
    ['answered', 'Answered', String(t.answered)],
    ['missed', 'Missed', String(t.missed)],
    ['voicemail', 'Voicemail', String(t.voicemail)],
    ['answer-rate', 'Answer rate', percent(t.answerRate)],
    ['avg-ring', 'Average ring time', duration(t.avgRingSeconds)],
    ['avg-talk', 'Average talk time', duration(t.avgTalkSeconds)],
  ];
  return (
    <section className="card" aria-labelledby="analytics-summary-title">
      <h2 id="analytics-summary-title">Summary</h2>
      <dl className="analytics-tiles">
        {tiles.map(([key, label, value]) => (
          <div key={key} className="analytics-tile" data-figure={key}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {t.unknown > 0 && <p className="muted small">{t.unknown} calls without a status are counted in Calls only.</p>}
    </section>
  );
}

function Breakdown({ id, title, rows }: { id: string; title: string; rows: NamedFigures[] }) {
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">No calls in this range.</p>
      ) : (
        <div className="analytics-scroll">
          <table className="table analytics-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Calls</th>
                <th scope="col">Answered</th>
                <th scope="col">Missed</th>
                <th scope="col">Voicemail</th>
                <th scope="col">Answer rate</th>
                <th scope="col">Avg ring</th>
                <th scope="col">Avg talk</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id ?? 'none'} data-row-id={r.id ?? 'none'}>
                  <th scope="row">{r.name}</th>
                  <td>{r.calls}</td>
                  <td>{r.answered}</td>
                  <td>{r.missed}</td>
                  <td>{r.voicemail}</td>
                  <td>{percent(r.answerRate)}</td>
                  <td>{duration(r.avgRingSeconds)}</td>
                  <td>{duration(r.avgTalkSeconds)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
