/**
 * The payload formats beside their mapping: what this kind's mapping yields (its own keys and the
 * canonical call fields) and what Patchcord then sends to the agent's console. Everything shown comes
 * from GET /api/admin/canonical-fields, which serves the server's own field lists, so it cannot
 * drift from what the webhooks accept and the console receives.
 */
import type { CanonicalFields, MappingKind, MappingKindInfo } from '../api/types';

interface Row {
  name: string;
  type: string;
  notes: string;
}

export function FormatPanel({
  kind,
  info,
  catalogue,
}: {
  kind: MappingKind;
  info: MappingKindInfo | undefined;
  catalogue: CanonicalFields | null;
}) {
  if (!info || !catalogue) return null;
  const own: Row[] = info.fields.map((f) => ({
    name: f.name,
    type: f.values ? 'one of' : info.callFields ? 'extra key' : 'text',
    notes: `${f.description}${f.values ? ` Values: ${f.values.join(', ')}.` : ''}`,
  }));
  const call: Row[] = info.callFields
    ? catalogue.items.map((f) => ({
        name: f.name,
        type: f.type,
        notes: `${f.description}${f.values ? ` Values: ${f.values.join(', ')}.` : ''}${f.complete ? ' Part of a complete call.' : ''}${
          f.seedName !== f.name ? ` Also read as ${f.seedName}.` : ''
        }`,
      }))
    : [];
  const consoleEvents = catalogue.consoleEvents.filter((e) => e.raisedBy.includes(kind));
  const shape =
    kind === 'events'
      ? 'One object or a list of them, each the keys below; nothing or an empty list passes over the delivery.'
      : kind === 'route'
        ? 'One object with the keys below.'
        : 'One object with any of the keys below; an event needs only what identifies its call and what it knows.';

  return (
    <section className="card wide format-panel" aria-labelledby="format-title" data-testid="format-panel">
      <details>
        <summary>
          <h2 id="format-title">Payload format · {info.label}</h2>
        </summary>
        <p className="small">
          {info.description} Webhook: …/{info.segment}. {shape}
        </p>
        <h3>What this mapping yields</h3>
        <FieldTable caption={`Keys the ${info.label.toLowerCase()} mapping may produce`} rows={[...own, ...call]} testId="format-yields" />
        {consoleEvents.map((e) => (
          <div key={e.type}>
            <h3>What the agent&apos;s console receives: {e.type}</h3>
            <p className="small">{e.description}</p>
            <FieldTable
              caption={`The ${e.type} event's fields`}
              rows={e.fields.map((f) => ({ name: f.name, type: '', notes: f.description }))}
              testId={`format-console-${e.type}`}
              noType
            />
          </div>
        ))}
      </details>
    </section>
  );
}

function FieldTable({ caption, rows, testId, noType = false }: { caption: string; rows: Row[]; testId: string; noType?: boolean }) {
  return (
    <table className="table format-table" data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          {!noType && <th scope="col">Type</th>}
          <th scope="col">Notes</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.name}>
            <td className="mono">{r.name}</td>
            {!noType && <td>{r.type}</td>}
            <td>{r.notes}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
