/**
 * The connector filter of the calls, ops and analytics screens: a select of the connectors the viewer
 * can name, plus the ids seen in the data (or chosen in the address) that have no name here, because
 * ops users cannot read the admin connector list.
 */
export interface ConnectorOption {
  id: string;
  name: string;
}

/** `named` first, then every other id from `seen`, once each, as "Connector <id>". */
export function connectorChoices(named: ConnectorOption[], seen: Iterable<string | null | undefined>): ConnectorOption[] {
  const known = new Set(named.map((c) => c.id));
  const extra = new Set<string>();
  for (const id of seen) if (id && !known.has(id)) extra.add(id);
  return [...named, ...[...extra].map((id) => ({ id, name: `Connector ${id}` }))];
}

export function ConnectorSelect({
  value,
  connectors,
  onChange,
}: {
  value: string | undefined;
  connectors: readonly ConnectorOption[];
  onChange(id: string | undefined): void;
}) {
  return (
    <label className="inline">
      Connector
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">All connectors</option>
        {connectors.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
