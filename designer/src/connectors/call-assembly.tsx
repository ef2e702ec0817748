/** The call lifecycle: how a call is assembled from its events (quiet period, complete set, precedence) and lead sharing. */
import { useEffect, useState } from 'react';
import { client, unwrap } from '../api/client';
import type { CanonicalField, Connector } from '../api/types';
import { errorProps, LcFieldError, LifecycleForm, type Lifecycle, type PartProps } from './lifecycle-form';

type Calls = Lifecycle['calls'];

export function CallLifecycleSettings({ connector }: { connector: Connector }) {
  const [fields, setFields] = useState<CanonicalField[]>([]);
  useEffect(() => {
    unwrap(client.GET('/api/admin/canonical-fields')).then(
      (c) => setFields(c.items.filter((f) => f.type !== 'object')),
      () => undefined,
    );
  }, []);
  return (
    <LifecycleForm
      connector={connector}
      title="Call lifecycle"
      intro="A call is assembled from the provider's events: when it counts as finished, which fields make it complete, and which event's value wins."
    >
      {(props) => <CallFields {...props} fields={fields} />}
    </LifecycleForm>
  );
}

function CallFields({ draft, set, errors, fields }: PartProps & { fields: CanonicalField[] }) {
  // A connector saved before these settings existed may lack the optional parts.
  const c: Calls = { ...draft.calls, completeFields: draft.calls.completeFields ?? [], fieldPrecedence: draft.calls.fieldPrecedence ?? {} };
  const put = (patch: Partial<Calls>) => set({ ...draft, calls: { ...c, ...patch } });
  const precedence = Object.entries(c.fieldPrecedence);
  const setPrecedence = (rows: [string, 'first' | 'latest'][]) => put({ fieldPrecedence: Object.fromEntries(rows) });
  return (
    <>
      <fieldset className="lc-group">
        <legend>Finishing a call</legend>
        <div className="field">
          <label htmlFor="lc-quiet">Quiet period (seconds): a call with no final event is finalised this long after its last event</label>
          <input
            id="lc-quiet"
            type="number"
            min={1}
            value={c.quietSeconds}
            onChange={(e) => put({ quietSeconds: Number(e.target.value) })}
            {...errorProps(errors, 'calls.quietSeconds')}
          />
          <LcFieldError errors={errors} path="calls.quietSeconds" />
        </div>
        <div className="field checkbox">
          <label>
            <input type="checkbox" checked={draft.leadSharing} onChange={(e) => set({ ...draft, leadSharing: e.target.checked })} />
            Share leads between agents (a call reaches the lead's owner's colleagues)
          </label>
        </div>
      </fieldset>
      <fieldset className="lc-group">
        <legend>Fields a complete call must have (none ticked: the default set)</legend>
        <div className="checks lc-checks">
          {fields.map((f) => (
            <label key={f.name}>
              <input
                type="checkbox"
                checked={c.completeFields.includes(f.name as Calls['completeFields'][number])}
                onChange={(e) =>
                  put({
                    completeFields: e.target.checked
                      ? [...c.completeFields, f.name as Calls['completeFields'][number]]
                      : c.completeFields.filter((x) => x !== f.name),
                  })
                }
              />
              {f.name}
            </label>
          ))}
        </div>
        <LcFieldError errors={errors} path="calls.completeFields" />
      </fieldset>
      <fieldset className="lc-group">
        <legend>Which event's value wins (by default the latest)</legend>
        <datalist id="lc-field-names">
          {fields.map((f) => (
            <option key={f.name} value={f.name} />
          ))}
        </datalist>
        {precedence.map(([field, rule], i) => (
          <div className="lc-row" key={i}>
            <div className="field grow">
              <label htmlFor={`lc-prec-field-${i}`}>Field {i + 1}</label>
              <input
                id={`lc-prec-field-${i}`}
                list="lc-field-names"
                value={field}
                onChange={(e) => setPrecedence(precedence.map((r, j) => (j === i ? [e.target.value, r[1]] : r)))}
                {...errorProps(errors, `calls.fieldPrecedence.${field}`)}
              />
              <LcFieldError errors={errors} path={`calls.fieldPrecedence.${field}`} />
            </div>
            <div className="field">
              <label htmlFor={`lc-prec-rule-${i}`}>Keeps</label>
              <select
                id={`lc-prec-rule-${i}`}
                value={rule}
                onChange={(e) => setPrecedence(precedence.map((r, j) => (j === i ? [r[0], e.target.value as 'first' | 'latest'] : r)))}
              >
                <option value="first">the first value</option>
                <option value="latest">the latest value</option>
              </select>
            </div>
            <button
              type="button"
              className="small"
              aria-label={`Remove the rule for ${field || `field ${i + 1}`}`}
              onClick={() => setPrecedence(precedence.filter((_, j) => j !== i))}
            >
              Remove
            </button>
          </div>
        ))}
        <div className="buttons left">
          <button type="button" onClick={() => setPrecedence([...precedence, ['', 'first']])} disabled={precedence.some(([f]) => f === '')}>
            Add a rule
          </button>
        </div>
      </fieldset>
    </>
  );
}
