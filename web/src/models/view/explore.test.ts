import { describe, expect, it } from 'vitest';
import { applyStep, EMPTY_HISTORY, record, redo, undo } from './explore';
import { EMPTY_EXPLORE } from './viewState';

describe('exploration steps', () => {
  it('expands, raises the limit, collapses', () => {
    const one = applyStep(EMPTY_EXPLORE, { type: 'expand', id: 'org:a' });
    expect(one.expanded).toEqual([{ id: 'org:a', limit: 25 }]);
    expect(applyStep(one, { type: 'expand', id: 'org:a' })).toBe(one);
    const more = applyStep(one, { type: 'expand', id: 'org:a', limit: 9999 });
    expect(more.expanded).toEqual([{ id: 'org:a', limit: 500 }]);
    expect(applyStep(more, { type: 'collapse', id: 'org:a' }).expanded).toEqual([]);
  });

  it('hides (dropping the expansion and the focus) and shows again', () => {
    const start = { ...EMPTY_EXPLORE, expanded: [{ id: 'org:a', limit: 25 }], focus: 'org:a' };
    const hidden = applyStep(start, { type: 'hide', id: 'org:a' });
    expect(hidden).toEqual({ ...EMPTY_EXPLORE, hidden: ['org:a'] });
    expect(applyStep(hidden, { type: 'showHidden' }).hidden).toEqual([]);
  });

  it('ignores a path from an entity to itself', () => {
    expect(applyStep(EMPTY_EXPLORE, { type: 'path', from: 'a', to: 'a' })).toBe(EMPTY_EXPLORE);
    expect(applyStep(EMPTY_EXPLORE, { type: 'path', from: 'a', to: 'b' }).path).toEqual({ from: 'a', to: 'b' });
  });

  it('undoes and redoes', () => {
    const first = applyStep(EMPTY_EXPLORE, { type: 'expand', id: 'org:a' });
    let history = record(EMPTY_HISTORY, EMPTY_EXPLORE, first);
    const second = applyStep(first, { type: 'hide', id: 'org:b' });
    history = record(history, first, second);
    const back = undo(history, second)!;
    expect(back.state).toBe(first);
    const backAgain = undo(back.history, back.state)!;
    expect(backAgain.state).toBe(EMPTY_EXPLORE);
    expect(undo(backAgain.history, backAgain.state)).toBeNull();
    const forward = redo(backAgain.history, backAgain.state)!;
    expect(forward.state).toBe(first);
    // A new step drops what could be redone.
    const other = applyStep(forward.state, { type: 'focus', id: 'org:a' });
    expect(record(forward.history, forward.state, other).future).toEqual([]);
  });

  it('records nothing when a step changes nothing', () => {
    expect(record(EMPTY_HISTORY, EMPTY_EXPLORE, EMPTY_EXPLORE)).toBe(EMPTY_HISTORY);
  });
});
