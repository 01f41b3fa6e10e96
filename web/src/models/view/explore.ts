import { DEFAULT_EXPANSION_LIMIT, MAX_EXPANSION_LIMIT, type Explore } from './viewState';

/** One exploration step. */
export type ExploreStep =
  | { type: 'expand'; id: string; limit?: number }
  | { type: 'collapse'; id: string }
  | { type: 'hide'; id: string }
  | { type: 'showHidden' }
  | { type: 'focus'; id: string }
  | { type: 'unfocus' }
  | { type: 'path'; from: string; to: string }
  | { type: 'clearPath' }
  | { type: 'reset' };

/** Applies one step; returns the same object when the step changes nothing. */
export function applyStep(explore: Explore, step: ExploreStep): Explore {
  switch (step.type) {
    case 'expand': {
      const limit = Math.min(Math.max(1, step.limit ?? DEFAULT_EXPANSION_LIMIT), MAX_EXPANSION_LIMIT);
      const existing = explore.expanded.find((item) => item.id === step.id);
      if (existing && existing.limit >= limit) return explore;
      const expanded = existing
        ? explore.expanded.map((item) => (item.id === step.id ? { id: step.id, limit } : item))
        : [...explore.expanded, { id: step.id, limit }];
      return { ...explore, expanded, hidden: explore.hidden.filter((id) => id !== step.id) };
    }
    case 'collapse':
      if (!explore.expanded.some((item) => item.id === step.id)) return explore;
      return { ...explore, expanded: explore.expanded.filter((item) => item.id !== step.id) };
    case 'hide':
      if (explore.hidden.includes(step.id)) return explore;
      return {
        ...explore,
        hidden: [...explore.hidden, step.id],
        expanded: explore.expanded.filter((item) => item.id !== step.id),
        focus: explore.focus === step.id ? null : explore.focus,
      };
    case 'showHidden':
      return explore.hidden.length ? { ...explore, hidden: [] } : explore;
    case 'focus':
      return explore.focus === step.id ? explore : { ...explore, focus: step.id };
    case 'unfocus':
      return explore.focus === null ? explore : { ...explore, focus: null };
    case 'path':
      if (step.from === step.to) return explore;
      if (explore.path?.from === step.from && explore.path.to === step.to) return explore;
      return { ...explore, path: { from: step.from, to: step.to } };
    case 'clearPath':
      return explore.path ? { ...explore, path: null } : explore;
    case 'reset':
      return { expanded: [], hidden: [], focus: null, path: null };
  }
}

/** Undo/redo over exploration states. */
export interface ExploreHistory {
  past: Explore[];
  future: Explore[];
}

export const EMPTY_HISTORY: ExploreHistory = { past: [], future: [] };

/** The most steps undo remembers. */
export const HISTORY_DEPTH = 100;

/** Records a move from `before` to a different `after`: it can be undone, and the redo list is dropped. */
export function record(history: ExploreHistory, before: Explore, after: Explore): ExploreHistory {
  if (before === after) return history;
  return { past: [...history.past, before].slice(-HISTORY_DEPTH), future: [] };
}

/** Steps back: the state to show and the history after it, or null when there is nothing to undo. */
export function undo(history: ExploreHistory, present: Explore): { state: Explore; history: ExploreHistory } | null {
  const previous = history.past.at(-1);
  if (!previous) return null;
  return {
    state: previous,
    history: { past: history.past.slice(0, -1), future: [present, ...history.future] },
  };
}

/** Steps forward again after an undo, or null when there is nothing to redo. */
export function redo(history: ExploreHistory, present: Explore): { state: Explore; history: ExploreHistory } | null {
  const next = history.future[0];
  if (!next) return null;
  return {
    state: next,
    history: { past: [...history.past, present], future: history.future.slice(1) },
  };
}
