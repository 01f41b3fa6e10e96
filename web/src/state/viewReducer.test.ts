import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, EMPTY_FILTERS } from '../models/view/viewState';
import { appReducer, initialAppState } from './viewReducer';

describe('the explorer state', () => {
  it('records exploration steps for undo and redo, not other changes', () => {
    let state = initialAppState(DEFAULT_VIEW);
    state = appReducer(state, { type: 'filters', filters: { ...EMPTY_FILTERS, countries: ['DE'] } });
    expect(state.history.past).toHaveLength(0);
    state = appReducer(state, { type: 'step', step: { type: 'expand', id: 'org:verdi' } });
    state = appReducer(state, { type: 'step', step: { type: 'focus', id: 'org:verdi' } });
    expect(state.history.past).toHaveLength(2);
    state = appReducer(state, { type: 'undo' });
    expect(state.view.explore.focus).toBeNull();
    expect(state.view.explore.expanded).toEqual([{ id: 'org:verdi', limit: 25 }]);
    expect(state.view.filters.countries).toEqual(['DE']);
    state = appReducer(state, { type: 'redo' });
    expect(state.view.explore.focus).toBe('org:verdi');
    expect(appReducer(state, { type: 'redo' })).toBe(state);
  });

  it('drops the selection of an entity it hides', () => {
    let state = initialAppState({ ...DEFAULT_VIEW, selected: 'org:verdi' });
    state = appReducer(state, { type: 'step', step: { type: 'hide', id: 'org:verdi' } });
    expect(state.view.selected).toBeNull();
    expect(state.view.explore.hidden).toEqual(['org:verdi']);
  });

  it('takes a whole view from the address', () => {
    const state = appReducer(initialAppState(DEFAULT_VIEW), {
      type: 'replace',
      view: { ...DEFAULT_VIEW, lang: 'FR', view: 'matrix' },
    });
    expect(state.view).toMatchObject({ lang: 'FR', view: 'matrix' });
  });
});
