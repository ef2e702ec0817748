/**
 * The merge fields a request template can use (GET /api/admin/merge-fields): a picker that inserts
 * `{{field}}` at the cursor of the template last edited, and the warning for a `{{path}}` that is no
 * field Patchcord fills, with the nearest known name (the server answers a save with the same).
 */
import { useEffect, useState } from 'react';
import { client, unwrap } from '../api/client';
import { insertable, type MergeField } from './merge-field-check';

export { serverWarnings, unknownFields, type MergeField } from './merge-field-check';

let cached: Promise<MergeField[]> | null = null;
export function useMergeFields(): MergeField[] {
  const [fields, setFields] = useState<MergeField[]>([]);
  useEffect(() => {
    cached ??= unwrap(client.GET('/api/admin/merge-fields')).then(
      (r) => r.items,
      (err: unknown) => {
        cached = null;
        throw err;
      },
    );
    cached.then(setFields, () => setFields([]));
  }, []);
  return fields;
}

export function MergeFieldPicker({
  fields,
  targetLabel,
  onInsert,
  idPrefix,
}: {
  fields: readonly MergeField[];
  targetLabel: string;
  onInsert(text: string): void;
  idPrefix: string;
}) {
  const [choice, setChoice] = useState('');
  const chosen = fields.find((f) => f.path === choice);
  return (
    <div className="merge-picker">
      <label htmlFor={`${idPrefix}-merge`}>Merge field</label>
      <select
        id={`${idPrefix}-merge`}
        value={choice}
        onChange={(e) => setChoice(e.target.value)}
        aria-describedby={`${idPrefix}-merge-help`}
      >
        <option value="">Choose a field…</option>
        {insertable(fields).map((f) => (
          <option key={f.path} value={f.path}>
            {f.path}
            {f.only ? ` (${f.only})` : ''}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="small"
        disabled={!chosen}
        onClick={() => {
          if (chosen) onInsert(chosen.handlebars);
        }}
      >
        Insert into {targetLabel}
      </button>
      <span className="help" id={`${idPrefix}-merge-help`}>
        {chosen ? chosen.description : `Inserts {{field}} at the cursor of the ${targetLabel.toLowerCase()} (the template last focused).`}
      </span>
    </div>
  );
}
