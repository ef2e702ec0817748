/**
 * The operations Patchcord asks of the provider, one tab each: the editor beside its Test API. Drafts,
 * errors and sample values are kept per operation, so switching tabs loses nothing.
 */
import { useState } from 'react';
import { PROVIDER_OPERATIONS } from '../../../src/providers/operations';
import type { ProviderOperation, ProviderView } from '../api/types';
import { blankOperation, draftDiffers, toDraft, type OperationDraft, type PlacedErrors } from './drafts';
import { serverWarnings } from './merge-fields';
import { OperationEditor } from './operation-editor';
import { emptySample, TestApi, type Sample } from './test-api';

export const OPERATION_LABELS: Record<ProviderOperation, string> = {
  clickToCall: 'Click-to-call',
  disposition: 'Disposition',
  popupPull: 'Popup pull',
  didList: 'DID list',
  hangup: 'Hang up',
  blacklistAdd: 'Blacklist add',
  blacklistRemove: 'Blacklist remove',
  blacklistAddMany: 'Blacklist add (many)',
  blacklistRemoveMany: 'Blacklist remove (many)',
  callDetails: 'Call details',
  callStatus: 'Call status',
};

type PerOp<T> = Partial<Record<ProviderOperation, T>>;
const without = <T,>(all: PerOp<T>, op: ProviderOperation): PerOp<T> => Object.fromEntries(Object.entries(all).filter(([k]) => k !== op));

export function Operations({ connectorId, view, onView }: { connectorId: string; view: ProviderView; onView(v: ProviderView): void }) {
  const [added, setAdded] = useState<ProviderOperation[]>([]);
  const [drafts, setDrafts] = useState<PerOp<OperationDraft>>({});
  const [errors, setErrors] = useState<PerOp<PlacedErrors>>({});
  const [samples, setSamples] = useState<PerOp<Sample>>({});
  const ops = PROVIDER_OPERATIONS.filter((op) => view.operations[op] || added.includes(op));
  const addable = PROVIDER_OPERATIONS.filter((op) => !ops.includes(op));
  const [selected, setSelected] = useState<ProviderOperation | null>(ops[0] ?? null);
  const [toAdd, setToAdd] = useState<ProviderOperation | ''>('');
  const current = selected && ops.includes(selected) ? selected : (ops[0] ?? null);

  const draftOf = (op: ProviderOperation) => drafts[op] ?? toDraft(view.operations[op] ?? blankOperation());
  const dirty = (op: ProviderOperation) => draftDiffers(draftOf(op), view.operations[op]);
  const forget = (op: ProviderOperation) => {
    setDrafts((d) => without(d, op));
    setErrors((e) => without(e, op));
  };
  const add = () => {
    if (!toAdd) return;
    setAdded((a) => [...a, toAdd]);
    setSelected(toAdd);
    setToAdd('');
  };

  return (
    <section className="card wide" aria-labelledby="operations-title">
      <div className="card-head">
        <h2 id="operations-title">Operations</h2>
        <span className="spacer" />
        {addable.length > 0 && (
          <div className="inline-form">
            <label>
              <span className="sr-only">Operation to add</span>
              <select value={toAdd} onChange={(e) => setToAdd(e.target.value as ProviderOperation | '')}>
                <option value="">Add an operation…</option>
                {addable.map((op) => (
                  <option key={op} value={op}>
                    {OPERATION_LABELS[op]} ({op})
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={add} disabled={!toAdd}>
              Add
            </button>
          </div>
        )}
      </div>
      <p className="muted small">
        Each operation is one request template and the rules that read the provider's answer. Unchanged ones follow the preset.
      </p>
      {ops.length === 0 || !current ? (
        <p className="muted">This preset calls no provider API. Add an operation to describe one.</p>
      ) : (
        <>
          <div role="tablist" aria-label="Operations" className="mini-tabs op-tabs">
            {ops.map((op) => (
              <button
                key={op}
                type="button"
                role="tab"
                id={`op-tab-${op}`}
                aria-selected={op === current}
                aria-controls={`op-panel-${op}`}
                onClick={() => setSelected(op)}
              >
                {OPERATION_LABELS[op]}
                {!draftOf(op).enabled && <span className="muted small"> (off)</span>}
                {dirty(op) && <span title="Unsaved changes"> •</span>}
              </button>
            ))}
          </div>
          <div className="op-grid" role="tabpanel" id={`op-panel-${current}`} aria-labelledby={`op-tab-${current}`}>
            <OperationEditor
              key={current}
              connectorId={connectorId}
              op={current}
              label={OPERATION_LABELS[current]}
              saved={view.operations[current]}
              draft={draftOf(current)}
              dirty={dirty(current)}
              variants={view.variants.filter((v) => v.operation === current)}
              errors={errors[current]}
              warnings={serverWarnings(view.warnings, current)}
              onDraft={(d) => setDrafts((all) => ({ ...all, [current]: d }))}
              onErrors={(e) => setErrors((all) => (e ? { ...all, [current]: e } : without(all, current)))}
              onSaved={(v) => {
                onView(v);
                forget(current);
                setAdded((a) => a.filter((op) => op !== current));
              }}
              onDiscard={() => {
                forget(current);
                setAdded((a) => a.filter((op) => op !== current));
              }}
            />
            <TestApi
              key={`test-${current}`}
              connectorId={connectorId}
              op={current}
              draft={draftOf(current)}
              dirty={dirty(current)}
              sample={samples[current] ?? emptySample()}
              onSample={(s) => setSamples((all) => ({ ...all, [current]: s }))}
              onErrors={(e) => setErrors((all) => (e ? { ...all, [current]: e } : without(all, current)))}
            />
          </div>
        </>
      )}
    </section>
  );
}
