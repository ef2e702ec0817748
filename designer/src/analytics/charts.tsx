/**
 * The volume charts (recharts, loaded only with this screen). The drawing is hidden from assistive
 * technology; each chart's figures are also a table under "Show as table" and a one-line summary.
 */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { percent } from './format';

export interface ChartRow {
  label: string;
  calls: number;
  answered: number;
  missed: number;
  voicemail: number;
  unknown: number;
  answerRate: number | null;
}

/** Outcome colours: the palette's text colours, so they keep contrast on white. */
const SERIES = [
  { key: 'answered', name: 'Answered', color: '#157347' },
  { key: 'missed', name: 'Missed', color: '#b42318' },
  { key: 'voicemail', name: 'Voicemail', color: '#8a5a00' },
  { key: 'unknown', name: 'Unknown', color: '#667085' },
] as const;

const TICK = { fill: '#1d2330', fontSize: 12 };

export function VolumeChart({ id, title, unit, rows }: { id: string; title: string; unit: string; rows: ChartRow[] }) {
  const busiest = rows.reduce<ChartRow | null>((best, r) => (r.calls > (best?.calls ?? 0) ? r : best), null);
  const total = rows.reduce((n, r) => n + r.calls, 0);
  const summary = busiest ? `${total} calls; the busiest ${unit} is ${busiest.label} with ${busiest.calls}.` : `No calls in this range.`;
  const shown = SERIES.filter((s) => s.key !== 'unknown' || rows.some((r) => r.unknown > 0));
  return (
    <figure className="card analytics-chart" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} data-testid={id}>
      <figcaption>
        <h2 id={`${id}-title`}>{title}</h2>
        <p id={`${id}-summary`} className="muted small">
          {summary}
        </p>
      </figcaption>
      <div className="analytics-plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={rows} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={TICK} interval="preserveStartEnd" />
            <YAxis allowDecimals={false} tick={TICK} width={36} />
            <Tooltip />
            <Legend formatter={(value: string) => <span className="analytics-legend">{value}</span>} />
            {shown.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.name} stackId="calls" fill={s.color} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details>
        <summary>Show {title.toLowerCase()} as a table</summary>
        <table className="table analytics-table">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{unit === 'hour' ? 'Hour' : 'Day'}</th>
              <th scope="col">Calls</th>
              {shown.map((s) => (
                <th key={s.key} scope="col">
                  {s.name}
                </th>
              ))}
              <th scope="col">Answer rate</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td>{r.calls}</td>
                {shown.map((s) => (
                  <td key={s.key}>{r[s.key]}</td>
                ))}
                <td>{percent(r.answerRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
