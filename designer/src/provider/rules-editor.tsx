/** Response rules as table rows: a text keyword, a JSON key (= value), or a data field to copy out. */
import { emptyRule, type RuleRow, type RuleType } from './drafts';
import { FieldError, invalidProps } from './field-error';

const TYPES: { value: RuleType; label: string }[] = [
  { value: 'keyword', label: 'Keyword' },
  { value: 'key', label: 'Key = value' },
  { value: 'data', label: 'Data' },
];

interface Props {
  rows: RuleRow[];
  onChange(rows: RuleRow[]): void;
  errors: Record<string, string[]>;
  idPrefix: string;
}

export function RulesEditor({ rows, onChange, errors, idPrefix }: Props) {
  const update = (i: number, patch: Partial<RuleRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="rules">
      <legend>Response rules</legend>
      <p className="help">
        What the provider's answer means: a keyword the text answer contains (exact: is), a JSON key with a value (blank: any value), or a
        data field copied out under the name in “as” (<code>callId</code>, <code>customerNumber</code>, <code>numbers</code>; the key{' '}
        <code>$body</code> takes a whole text answer). Error rules win over success rules.
      </p>
      <table className="table rules-table">
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col">Keyword or key</th>
            <th scope="col">Value / as</th>
            <th scope="col">Outcome</th>
            <th scope="col">Exact</th>
            <th scope="col">Message</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const n = i + 1;
            const errs = errors[`rules.${i}`];
            const errId = `${idPrefix}-rule-${i}-error`;
            const invalid = invalidProps(errId, errs);
            return [
              <tr key={`r${i}`} data-rule={i}>
                <td>
                  <select aria-label={`Rule ${n} type`} value={r.type} onChange={(e) => update(i, { type: e.target.value as RuleType })}>
                    {TYPES.map((t) => (
                      <option key={t.value} value={t.value}>
                        {t.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    className="mono"
                    aria-label={`Rule ${n} ${r.type === 'keyword' ? 'keyword' : 'key'}`}
                    value={r.text}
                    onChange={(e) => update(i, { text: e.target.value })}
                    {...invalid}
                  />
                </td>
                <td>
                  {r.type === 'keyword' ? (
                    <span className="muted">—</span>
                  ) : (
                    <input
                      className="mono"
                      aria-label={`Rule ${n} ${r.type === 'data' ? 'as' : 'value'}`}
                      placeholder={r.type === 'data' ? 'same as key' : 'any value'}
                      value={r.value}
                      onChange={(e) => update(i, { value: e.target.value })}
                    />
                  )}
                </td>
                <td>
                  {r.type === 'data' ? (
                    <span className="muted">data</span>
                  ) : (
                    <select
                      aria-label={`Rule ${n} outcome`}
                      value={r.outcome}
                      onChange={(e) => update(i, { outcome: e.target.value as RuleRow['outcome'] })}
                    >
                      <option value="success">success</option>
                      <option value="error">error</option>
                    </select>
                  )}
                </td>
                <td>
                  {r.type === 'keyword' ? (
                    <input
                      type="checkbox"
                      aria-label={`Rule ${n} exact (the whole answer)`}
                      checked={r.exact}
                      onChange={(e) => update(i, { exact: e.target.checked })}
                    />
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td>
                  {r.type === 'data' ? (
                    <span className="muted">—</span>
                  ) : (
                    <input
                      aria-label={`Rule ${n} message`}
                      placeholder="the provider's own"
                      value={r.message}
                      onChange={(e) => update(i, { message: e.target.value })}
                    />
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    className="small"
                    onClick={() => onChange(rows.filter((_, j) => j !== i))}
                    aria-label={`Remove rule ${n}`}
                  >
                    Remove
                  </button>
                </td>
              </tr>,
              errs && (
                <tr key={`e${i}`}>
                  <td colSpan={7}>
                    <FieldError id={errId} messages={errs} />
                  </td>
                </tr>
              ),
            ];
          })}
          {rows.length === 0 && (
            <tr>
              <td colSpan={7} className="muted">
                No rules: every answer is “unknown”.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <FieldError id={`${idPrefix}-rules-error`} messages={errors.rules} />
      <div className="buttons left">
        <button type="button" onClick={() => onChange([...rows, emptyRule()])}>
          Add rule
        </button>
      </div>
    </fieldset>
  );
}
