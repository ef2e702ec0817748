/** The disposition settings: allowed values, follow-up modes, required before the next call, push to the provider. */
import { FOLLOW_UP_MODES } from '../../../src/domain/connector';
import type { Connector } from '../api/types';
import { errorProps, LcFieldError, LifecycleForm, type Lifecycle, type PartProps } from './lifecycle-form';

type Disposition = Lifecycle['disposition'];
const MODE_LABELS: Record<(typeof FOLLOW_UP_MODES)[number], string> = {
  off: 'Off',
  optional: 'Offered (optional)',
  mandatory: 'Required',
};

export function DispositionSettings({ connector }: { connector: Connector }) {
  return (
    <LifecycleForm
      connector={connector}
      title="Disposition"
      intro="What an agent records when a call ends: the values offered, the follow-ups, and whether the provider is told."
    >
      {(props) => <DispositionFields {...props} />}
    </LifecycleForm>
  );
}

function DispositionFields({ draft, set, errors }: PartProps) {
  const d = draft.disposition;
  const put = (patch: Partial<Disposition>) => set({ ...draft, disposition: { ...d, ...patch } });
  const values = d.values;
  return (
    <>
      <fieldset className="lc-group">
        <legend>Allowed values</legend>
        {values.length === 0 && <p className="muted small">No list: the agent types any value.</p>}
        <ol className="lc-values">
          {values.map((v, i) => (
            <li key={i}>
              <input
                aria-label={`Disposition value ${i + 1}`}
                value={v}
                maxLength={100}
                onChange={(e) => put({ values: values.map((x, j) => (j === i ? e.target.value : x)) })}
                {...errorProps(errors, `disposition.values.${i}`)}
              />
              <button
                type="button"
                className="small"
                aria-label={`Remove value ${v || i + 1}`}
                onClick={() => put({ values: values.filter((_, j) => j !== i) })}
              >
                Remove
              </button>
              <LcFieldError errors={errors} path={`disposition.values.${i}`} />
            </li>
          ))}
        </ol>
        <LcFieldError errors={errors} path="disposition.values" />
        <div className="buttons left">
          <button type="button" onClick={() => put({ values: [...values, ''] })}>
            Add value
          </button>
        </div>
      </fieldset>

      <fieldset className="lc-group">
        <legend>Before the next call</legend>
        <div className="field checkbox">
          <label>
            <input type="checkbox" checked={d.requiredBeforeNextCall} onChange={(e) => put({ requiredBeforeNextCall: e.target.checked })} />
            Required before the agent's next call
          </label>
        </div>
        <div className="field">
          <label htmlFor="lc-lead-field">Copy the value to the lead's custom field (blank: none)</label>
          <input
            id="lc-lead-field"
            value={d.leadField}
            maxLength={64}
            onChange={(e) => put({ leadField: e.target.value })}
            {...errorProps(errors, 'disposition.leadField')}
          />
          <LcFieldError errors={errors} path="disposition.leadField" />
        </div>
      </fieldset>

      <fieldset className="lc-group">
        <legend>Follow-ups</legend>
        <div className="lc-row">
          <div className="field">
            <label htmlFor="lc-task-mode">Task mode</label>
            <select
              id="lc-task-mode"
              value={d.task.mode}
              onChange={(e) => put({ task: { ...d.task, mode: e.target.value as Disposition['task']['mode'] } })}
            >
              {FOLLOW_UP_MODES.map((m) => (
                <option key={m} value={m}>
                  {MODE_LABELS[m]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="lc-task-due">Task due in (minutes)</label>
            <input
              id="lc-task-due"
              type="number"
              min={0}
              value={d.task.dueInMinutes}
              onChange={(e) => put({ task: { ...d.task, dueInMinutes: Number(e.target.value) } })}
              {...errorProps(errors, 'disposition.task.dueInMinutes')}
            />
            <LcFieldError errors={errors} path="disposition.task.dueInMinutes" />
          </div>
        </div>
        <div className="lc-row">
          <div className="field">
            <label htmlFor="lc-activity-mode">Custom activity mode</label>
            <select
              id="lc-activity-mode"
              value={d.customActivity.mode}
              onChange={(e) =>
                put({ customActivity: { ...d.customActivity, mode: e.target.value as Disposition['customActivity']['mode'] } })
              }
            >
              {FOLLOW_UP_MODES.map((m) => (
                <option key={m} value={m}>
                  {MODE_LABELS[m]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="lc-activity-type">Custom activity type</label>
            <input
              id="lc-activity-type"
              value={d.customActivity.type}
              maxLength={100}
              onChange={(e) => put({ customActivity: { ...d.customActivity, type: e.target.value } })}
              {...errorProps(errors, 'disposition.customActivity.type')}
            />
            <LcFieldError errors={errors} path="disposition.customActivity.type" />
          </div>
        </div>
      </fieldset>

      <PushFields push={d.push} errors={errors} onChange={(push) => put({ push })} />
    </>
  );
}

function PushFields({
  push,
  errors,
  onChange,
}: {
  push: Disposition['push'];
  errors: PartProps['errors'];
  onChange(p: Disposition['push']): void;
}) {
  const put = (patch: Partial<Disposition['push']>) => onChange({ ...push, ...patch });
  return (
    <fieldset className="lc-group">
      <legend>Push to the provider</legend>
      <div className="field checkbox">
        <label>
          <input type="checkbox" checked={push.enabled} onChange={(e) => put({ enabled: e.target.checked })} />
          Send each disposition to the provider
        </label>
      </div>
      <div className="lc-row">
        <div className="field lc-narrow">
          <label htmlFor="lc-push-method">Method</label>
          <select id="lc-push-method" value={push.method} onChange={(e) => put({ method: e.target.value as 'GET' | 'POST' })}>
            <option value="POST">POST</option>
            <option value="GET">GET</option>
          </select>
        </div>
        <div className="field grow">
          <label htmlFor="lc-push-url">URL (with the seed's @parameters)</label>
          <input
            id="lc-push-url"
            className="mono"
            value={push.url}
            maxLength={2000}
            onChange={(e) => put({ url: e.target.value })}
            {...errorProps(errors, 'disposition.push.url')}
          />
          <LcFieldError errors={errors} path="disposition.push.url" />
        </div>
      </div>
      <div className="field">
        <label htmlFor="lc-push-type">Content type</label>
        <input
          id="lc-push-type"
          value={push.contentType}
          maxLength={200}
          onChange={(e) => put({ contentType: e.target.value })}
          {...errorProps(errors, 'disposition.push.contentType')}
        />
        <LcFieldError errors={errors} path="disposition.push.contentType" />
      </div>
      <div className="field">
        <label htmlFor="lc-push-body">Body (POST)</label>
        <textarea
          id="lc-push-body"
          className="mono"
          rows={4}
          value={push.body}
          onChange={(e) => put({ body: e.target.value })}
          {...errorProps(errors, 'disposition.push.body')}
        />
        <LcFieldError errors={errors} path="disposition.push.body" />
      </div>
    </fieldset>
  );
}
