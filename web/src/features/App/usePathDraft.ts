import { useState } from 'react';
import type { ExploreStep } from '../../models/view/explore';
import type { Explore } from '../../models/view/viewState';
import type { PathEnd } from '../Explore/PathPanel';

/** The ends chosen in the path pickers, before (and while) their path is asked for. */
export interface PathDraft {
  from: PathEnd | null;
  to: PathEnd | null;
  /** Sets one end; with both ends chosen and different, asks for the path. */
  pick(end: 'from' | 'to', value: PathEnd | null): void;
  /** Asks again for the path between the chosen ends. */
  find(): void;
  clear(): void;
}

/**
 * The path pickers' state. The path in force (from the address or a search) fills them once its
 * ends have names (`labelKey` changes when new labels arrive).
 */
export function usePathDraft(
  asked: Explore['path'],
  labelOf: (id: string) => string,
  labelKey: unknown,
  step: (value: ExploreStep) => void,
): PathDraft {
  const endsOf = (path: NonNullable<Explore['path']>) => ({
    from: { id: path.from, label: labelOf(path.from) },
    to: { id: path.to, label: labelOf(path.to) },
  });
  const [draft, setDraft] = useState<{ from: PathEnd | null; to: PathEnd | null }>(() =>
    asked ? endsOf(asked) : { from: null, to: null },
  );
  // Filled again while rendering (not in an effect, which would draw the old ends first).
  const [seen, setSeen] = useState({ from: asked?.from, to: asked?.to, labelKey });
  if (seen.from !== asked?.from || seen.to !== asked?.to || seen.labelKey !== labelKey) {
    setSeen({ from: asked?.from, to: asked?.to, labelKey });
    if (asked) setDraft(endsOf(asked));
  }

  return {
    ...draft,
    pick(end, value) {
      const next = { ...draft, [end]: value };
      setDraft(next);
      if (next.from && next.to && next.from.id !== next.to.id) {
        step({ type: 'path', from: next.from.id, to: next.to.id });
      }
    },
    find() {
      if (draft.from && draft.to) step({ type: 'path', from: draft.from.id, to: draft.to.id });
    },
    clear() {
      setDraft({ from: null, to: null });
      step({ type: 'clearPath' });
    },
  };
}
