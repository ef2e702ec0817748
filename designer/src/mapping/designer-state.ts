/**
 * The state of one kind's mapping designer as one reducer: the sample and what it decodes to, the
 * expression and its draft's save state, the preview, fixtures and their runs, versions, and the
 * messages. Requests that can overlap (decode, preview, fixture runs) are dropped when stale by
 * `useLatestRequest`, so an answer never lands after a newer one.
 */
import { useEffect, useRef } from 'react';
import type { Checked, Draft, Fixture, FixtureRun, Preview, Sample, Version } from '../api/types';

export type DraftState = 'loading' | 'saved' | 'unsaved' | 'saving' | 'error';
export interface Message {
  kind: 'error' | 'success' | 'info';
  text: string;
}

export interface DesignerState {
  sample: Sample;
  payload: unknown;
  decodeError: string | null;
  expression: string;
  draft: Draft | null;
  draftState: DraftState;
  preview: Preview | null;
  fixtures: Fixture[];
  runs: FixtureRun[] | null;
  versions: Version[];
  note: string;
  message: Message | null;
  checked: Checked | null;
}

export type DesignerAction =
  | { type: 'sample'; sample: Sample }
  | { type: 'decoded'; payload: unknown }
  | { type: 'decodeFailed'; error: string }
  /** The draft as the server has it now (loaded, discarded, imported): the editor shows it. */
  | { type: 'draftLoaded'; draft: Draft }
  /** The live version changed (publish, rollback): a saved draft stays; otherwise the editor follows live. */
  | { type: 'liveChanged'; draft: Draft; followLive: boolean }
  | { type: 'edit'; expression: string }
  | { type: 'saving' }
  /** `text` is what was sent: typing may have gone on meanwhile, and then the draft is still unsaved. */
  | { type: 'saved'; draft: Draft; checked: Checked; text: string }
  | { type: 'saveFailed'; text: string }
  | { type: 'preview'; preview: Preview | null }
  | { type: 'fixtures'; fixtures: Fixture[] }
  | { type: 'runs'; runs: FixtureRun[] | null }
  | { type: 'versions'; versions: Version[] }
  | { type: 'note'; note: string }
  | { type: 'checked'; checked: Checked }
  | { type: 'message'; message: Message | null };

export const initialState = (sample: Sample): DesignerState => ({
  sample,
  payload: {},
  decodeError: null,
  expression: '',
  draft: null,
  draftState: 'loading',
  preview: null,
  fixtures: [],
  runs: null,
  versions: [],
  note: '',
  message: null,
  checked: null,
});

export function designerReducer(state: DesignerState, action: DesignerAction): DesignerState {
  switch (action.type) {
    case 'sample':
      return { ...state, sample: action.sample };
    case 'decoded':
      return { ...state, payload: action.payload, decodeError: null };
    case 'decodeFailed':
      return { ...state, decodeError: action.error };
    case 'draftLoaded':
      return { ...state, draft: action.draft, expression: action.draft.expression, draftState: 'saved' };
    case 'liveChanged':
      return action.followLive && !action.draft.saved && state.draftState === 'saved'
        ? { ...state, draft: action.draft, expression: action.draft.expression }
        : { ...state, draft: action.draft };
    case 'edit':
      return { ...state, expression: action.expression, draftState: state.draftState === 'loading' ? 'loading' : 'unsaved' };
    case 'saving':
      return { ...state, draftState: 'saving' };
    case 'saved':
      return { ...state, draft: action.draft, checked: action.checked, draftState: state.expression === action.text ? 'saved' : 'unsaved' };
    case 'saveFailed':
      return { ...state, draftState: 'error', message: { kind: 'error', text: action.text } };
    case 'preview':
      return { ...state, preview: action.preview };
    case 'fixtures':
      return { ...state, fixtures: action.fixtures };
    case 'runs':
      return { ...state, runs: action.runs };
    case 'versions':
      return { ...state, versions: action.versions };
    case 'note':
      return { ...state, note: action.note };
    case 'checked':
      return { ...state, checked: action.checked };
    case 'message':
      return { ...state, message: action.message };
  }
}

/**
 * One request of a kind at a time: `start()` aborts the previous one and returns the new one's
 * signal; an answer whose signal was aborted is stale and must be dropped. Unmounting aborts too.
 */
export function useLatestRequest(): { start(): AbortSignal } {
  const current = useRef<AbortController | null>(null);
  useEffect(() => () => current.current?.abort(), []);
  return useRef({
    start() {
      current.current?.abort();
      current.current = new AbortController();
      return current.current.signal;
    },
  }).current;
}
