/**
 * The connector picker: one combobox that filters by name, preset or id, with the matches in a
 * listbox below it. Arrow keys move through the matches and Enter opens one, so however many
 * connectors there are, the picker is one Tab stop and the connector's screen is the next.
 */
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import type { Connector, Preset } from '../api/types';
import { filterConnectors } from './connector-filter';

export function ConnectorPicker({
  connectors,
  presets,
  currentId,
  onPick,
}: {
  connectors: Connector[];
  presets: Preset[];
  currentId: string | null;
  onPick(id: string): void;
}) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const presetName = (id: string) => presets.find((p) => p.id === id)?.name ?? id;
  const matches = filterConnectors(connectors, query, presetName);
  const activeIndex = Math.min(active, Math.max(matches.length - 1, 0));
  const optionId = (i: number) => `${listId}-opt-${i}`;

  useEffect(() => {
    if (!open) return;
    document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
  }, [open, activeIndex]);

  const pick = (id: string) => {
    setOpen(false);
    setQuery('');
    onPick(id);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.max(0, Math.min(matches.length - 1, activeIndex + step)));
    } else if (e.key === 'Home' && open) {
      e.preventDefault();
      setActive(0);
    } else if (e.key === 'End' && open) {
      e.preventDefault();
      setActive(matches.length - 1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const target = matches[activeIndex];
      if (open && target) pick(target.id);
      else setOpen(true);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
    }
  };

  const current = connectors.find((c) => c.id === currentId);
  return (
    <div className="connector-picker">
      <label htmlFor={`${listId}-input`} className="picker-label">
        Find a connector <span className="muted small">(name, preset or id; ↓ and Enter to open)</span>
      </label>
      <div className="picker-box">
        <input
          id={`${listId}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && matches.length ? optionId(activeIndex) : undefined}
          placeholder={current ? `${current.name} — type to find another` : 'Type to find a connector'}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        <ul id={listId} role="listbox" aria-label="Connectors" className="picker-list" hidden={!open}>
          {matches.map((c, i) => (
            <li
              key={c.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === activeIndex}
              className={c.id === currentId ? 'current' : undefined}
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(c.id);
              }}
              onMouseMove={() => setActive(i)}
            >
              <span className="picker-name">
                {c.name}
                {c.isDefault && <span className="muted"> (default)</span>}
              </span>
              <span className="muted small">
                {presetName(c.presetId)} · {c.id}
              </span>
            </li>
          ))}
          {matches.length === 0 && (
            <li role="option" aria-selected={false} aria-disabled="true" className="muted">
              No connector matches "{query}".
            </li>
          )}
        </ul>
      </div>
      <span className="muted small" role="status">
        {query ? `${matches.length} of ${connectors.length} match` : `${connectors.length} connector${connectors.length === 1 ? '' : 's'}`}
      </span>
    </div>
  );
}
