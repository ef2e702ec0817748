/** The mapping designer's reducer: the draft's save state and which answers move the editor. */
import type { Draft } from '../../designer/src/api/types';
import { designerReducer, initialState, type DesignerState } from '../../designer/src/mapping/designer-state';

const sample = { contentType: 'application/json', body: '{}', query: '' };
const draft = (expression: string, saved: boolean): Draft => ({
  kind: 'callLog',
  expression,
  saved,
  updatedAt: null,
  differsFromLive: saved,
  live: { version: 2, expression: 'live', fromPreset: false },
});
const loaded = (): DesignerState => designerReducer(initialState(sample), { type: 'draftLoaded', draft: draft('a', false) });
const checked = { warnings: [], checkedAgainst: { fixtures: 0, deliveries: 0 } };

test('edits before the draft loads keep it loading; after, they make it unsaved', () => {
  expect(designerReducer(initialState(sample), { type: 'edit', expression: 'x' }).draftState).toBe('loading');
  expect(designerReducer(loaded(), { type: 'edit', expression: 'x' })).toMatchObject({ expression: 'x', draftState: 'unsaved' });
});

test('a save answer counts as saved only if nothing was typed meanwhile', () => {
  const typing = designerReducer(loaded(), { type: 'edit', expression: 'ab' });
  expect(designerReducer(typing, { type: 'saved', draft: draft('ab', true), checked, text: 'ab' }).draftState).toBe('saved');
  const more = designerReducer(typing, { type: 'edit', expression: 'abc' });
  expect(designerReducer(more, { type: 'saved', draft: draft('ab', true), checked, text: 'ab' })).toMatchObject({
    expression: 'abc',
    draftState: 'unsaved',
  });
});

test('after a rollback the editor follows live unless a draft is saved or being edited', () => {
  expect(designerReducer(loaded(), { type: 'liveChanged', draft: draft('live', false), followLive: true }).expression).toBe('live');
  expect(designerReducer(loaded(), { type: 'liveChanged', draft: draft('mine', true), followLive: true }).expression).toBe('a');
  const editing = designerReducer(loaded(), { type: 'edit', expression: 'b' });
  expect(designerReducer(editing, { type: 'liveChanged', draft: draft('live', false), followLive: true }).expression).toBe('b');
  expect(designerReducer(loaded(), { type: 'liveChanged', draft: draft('live', false), followLive: false }).expression).toBe('a');
});
