/** The disposition of one call: a value from the connector's list and the follow-ups its modes ask for. */
import { type FormEvent, useEffect, useState } from 'react';
import { client, errorText, unwrap } from '../api/client';
import { Notice } from '../lib/ui';
import type { DispositionOptions } from './types';

export function DispositionForm({
  workflowId,
  connectorId,
  idPrefix,
  onDone,
}: {
  workflowId: string;
  connectorId: string;
  /** Keeps ids unique when the form shows twice (current call, a recent call). */
  idPrefix: string;
  onDone(value: string): void;
}) {
  const [options, setOptions] = useState<DispositionOptions | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [value, setValue] = useState('');
  const [notes, setNotes] = useState('');
  const [comments, setComments] = useState('');
  const [withTask, setWithTask] = useState(false);
  const [taskTitle, setTaskTitle] = useState('');
  const [taskDue, setTaskDue] = useState('');
  const [withActivity, setWithActivity] = useState(false);
  const [activityNote, setActivityNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    unwrap(client.GET('/api/agent/disposition-options', { params: { query: { connectorId } } })).then(setOptions, (err: unknown) =>
      setLoadError(errorText(err)),
    );
  }, [connectorId]);

  if (loadError) return <Notice kind="error">The disposition choices could not be loaded: {loadError}</Notice>;
  if (!options) return <p className="muted">Loading the disposition choices…</p>;

  const taskMode = options.task.mode;
  const activityMode = options.customActivity.mode;
  const taskOn = taskMode === 'mandatory' || (taskMode === 'optional' && withTask);
  const activityOn = activityMode === 'mandatory' || (activityMode === 'optional' && withActivity);
  const id = (name: string) => `${idPrefix}-${name}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        client.POST('/api/agent/disposition', {
          body: {
            workflowId,
            value,
            ...(notes ? { notes } : {}),
            ...(comments ? { comments } : {}),
            ...(taskOn ? { task: { title: taskTitle, ...(taskDue ? { dueAt: new Date(taskDue).toISOString() } : {}) } } : {}),
            ...(activityOn ? { customActivity: { note: activityNote } } : {}),
          },
        }),
      );
      onDone(value);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="console-form" onSubmit={(e) => void submit(e)} aria-label="Disposition">
      <label htmlFor={id('value')}>Disposition</label>
      {options.values.length > 0 ? (
        <select id={id('value')} value={value} onChange={(e) => setValue(e.target.value)} required>
          <option value="">Choose…</option>
          {options.values.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      ) : (
        <input id={id('value')} value={value} onChange={(e) => setValue(e.target.value)} required maxLength={200} />
      )}
      <label htmlFor={id('notes')}>Notes</label>
      <textarea id={id('notes')} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} maxLength={4000} />
      <label htmlFor={id('comments')}>Comments</label>
      <textarea id={id('comments')} rows={2} value={comments} onChange={(e) => setComments(e.target.value)} maxLength={4000} />
      {taskMode !== 'off' && (
        <fieldset>
          <legend>Follow-up task{taskMode === 'mandatory' ? ' (required)' : ''}</legend>
          {taskMode === 'optional' && (
            <label className="inline-check">
              <input type="checkbox" checked={withTask} onChange={(e) => setWithTask(e.target.checked)} /> Create a follow-up task
            </label>
          )}
          {taskOn && (
            <>
              <label htmlFor={id('task-title')}>Task title</label>
              <input id={id('task-title')} value={taskTitle} onChange={(e) => setTaskTitle(e.target.value)} required maxLength={200} />
              <label htmlFor={id('task-due')}>Task due (optional)</label>
              <input id={id('task-due')} type="datetime-local" value={taskDue} onChange={(e) => setTaskDue(e.target.value)} />
            </>
          )}
        </fieldset>
      )}
      {activityMode !== 'off' && (
        <fieldset>
          <legend>
            {options.customActivity.type}
            {activityMode === 'mandatory' ? ' (required)' : ''}
          </legend>
          {activityMode === 'optional' && (
            <label className="inline-check">
              <input type="checkbox" checked={withActivity} onChange={(e) => setWithActivity(e.target.checked)} /> Record a{' '}
              {options.customActivity.type.toLowerCase()}
            </label>
          )}
          {activityOn && (
            <>
              <label htmlFor={id('activity-note')}>Activity note</label>
              <textarea id={id('activity-note')} rows={2} value={activityNote} onChange={(e) => setActivityNote(e.target.value)} />
            </>
          )}
        </fieldset>
      )}
      {error && <Notice kind="error">The disposition was refused: {error}</Notice>}
      <div className="buttons left">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save disposition'}
        </button>
      </div>
    </form>
  );
}
