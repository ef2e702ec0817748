/** Target-first: every canonical call field with its previewed value and a badge for what is wrong. */
import { type CanonicalField, type FieldProblem, type Preview } from '../lib/api';
import { Badge } from '../lib/ui';

const PROBLEM_LABEL: Record<FieldProblem['code'], string> = {
  missing: 'missing',
  wrong_type: 'wrong type',
  not_allowed: 'out of range',
  invalid: 'invalid',
  unknown_field: 'not a call field',
};

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

export function FieldsPane({ fields, preview }: { fields: CanonicalField[]; preview: Preview | null }) {
  const problems = preview?.problems ?? [];
  const unknown = problems.filter((p) => p.code === 'unknown_field');
  const whole = problems.find((p) => p.field === '$');
  const mandatoryLeft = fields.filter((f) => f.mandatory && problems.some((p) => p.field === f.name)).length;
  return (
    <section className="pane fields" aria-labelledby="fields-title">
      <h2 id="fields-title">3 · Call fields</h2>
      <p className="muted small">
        {preview === null ? 'Waiting for a preview…' : preview.error ? 'The mapping does not run; fix the error first.' : mandatoryLeft === 0 && problems.length === 0 ? 'Every field is valid.' : `${problems.length} problem(s); ${mandatoryLeft} mandatory field(s) not right yet.`}
      </p>
      {whole && <p className="error-text">{whole.message}</p>}
      <ul className="field-list">
        {fields.map((f) => {
          const own = problems.filter((p) => p.field === f.name || p.field.startsWith(`${f.name}.`));
          const value = preview?.normalized[f.name];
          return (
            <li key={f.name} className={own.length ? 'has-problem' : value !== undefined ? 'has-value' : ''} data-field={f.name}>
              <div className="field-head">
                <strong>{f.name}</strong>
                <span className="muted small">{f.seedName} · {f.type}</span>
                {f.mandatory && <Badge kind="muted">mandatory</Badge>}
                {own.map((p) => (
                  <Badge key={p.code + p.field} kind={p.code === 'missing' ? 'warn' : 'bad'} title={p.message}>{PROBLEM_LABEL[p.code]}</Badge>
                ))}
                {!own.length && value !== undefined && <Badge kind="ok">ok</Badge>}
              </div>
              {value !== undefined && <div className="value mono">{show(value)}</div>}
              {own.map((p) => (
                <div key={p.message} className="problem small">{p.message}</div>
              ))}
              <div className="desc small muted">
                {f.description}
                {f.values && <> Allowed: {f.values.join(', ')}.</>}
              </div>
            </li>
          );
        })}
      </ul>
      {unknown.length > 0 && (
        <>
          <h3>Not call fields</h3>
          <ul className="field-list">
            {unknown.map((p) => (
              <li key={p.field} className="has-problem">
                <div className="field-head"><strong>{p.field}</strong><Badge kind="bad">not a call field</Badge></div>
                <div className="problem small">{p.message}</div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
