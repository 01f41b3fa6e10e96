// The timeline's brush over its buckets: which buckets a period covers and back, and how the
// keyboard and the pointer move it. Pure functions: the strip keeps the state, the view's filters the period.
import { firstDayOf, lastDayOf, type PeriodEnd } from '../view/period';

/** A bucket as the timeline answers it (a year `2019` or a month `2019-06`). */
export interface BucketSpan {
  start: string;
  firstDay: string;
  lastDay: string;
}

/** The buckets a brush covers, first and last inclusive (indexes into the buckets). */
export interface Selection {
  from: number;
  to: number;
}

/** The period a selection of buckets stands for: from its first bucket to its last. */
export function periodOfSelection(
  buckets: readonly BucketSpan[],
  selection: Selection,
): { since: PeriodEnd; until: PeriodEnd } | null {
  const first = buckets[selection.from];
  const last = buckets[selection.to];
  return first && last ? { since: first.start, until: last.start } : null;
}

/**
 * The buckets a period touches (an open end runs to the first or last bucket); null without a
 * period, or when it touches none of them.
 */
export function selectionOfPeriod(
  buckets: readonly BucketSpan[],
  since: PeriodEnd | null,
  until: PeriodEnd | null,
): Selection | null {
  if (!buckets.length || (since === null && until === null)) return null;
  const start = since === null ? '' : firstDayOf(since);
  const end = until === null ? '\uffff' : lastDayOf(until);
  let from = -1;
  let to = -1;
  buckets.forEach((bucket, index) => {
    if (bucket.lastDay < start || bucket.firstDay > end) return;
    if (from < 0) from = index;
    to = index;
  });
  return from < 0 ? null : { from, to };
}

/** What a key does to the brush; undefined when the brush does not take that key. */
export function brushKey(
  selection: Selection | null,
  count: number,
  key: string,
  shift: boolean,
): Selection | null | undefined {
  if (count === 0) return undefined;
  const last = count - 1;
  if (key === 'Escape') return selection ? null : undefined;
  const step = key === 'ArrowRight' || key === 'ArrowUp' ? 1 : key === 'ArrowLeft' || key === 'ArrowDown' ? -1 : 0;
  if (step !== 0) {
    // Nothing chosen yet: the arrows start from the end they point away from.
    if (!selection) return step > 0 ? { from: 0, to: 0 } : { from: last, to: last };
    // Shift moves the last bucket: the period grows or shrinks, never below one bucket.
    if (shift) return { from: selection.from, to: clamp(selection.to + step, selection.from, last) };
    const width = selection.to - selection.from;
    const from = clamp(selection.from + step, 0, last - width);
    return { from, to: from + width };
  }
  if (key === 'Home' || key === 'End') {
    const width = selection ? selection.to - selection.from : 0;
    return key === 'Home' ? { from: 0, to: width } : { from: last - width, to: last };
  }
  return undefined;
}

/** What a drag started on: the plot (a new selection), inside the selection (moves it) or one of its edges. */
export type DragMode = 'new' | 'move' | 'start' | 'end';

/** A drag in progress: where it started and the selection then. */
export interface Drag {
  mode: DragMode;
  origin: number;
  initial: Selection | null;
}

/** Which part of the brush a pointer down at bucket `index` takes, `edge` when it is on an edge handle. */
export function dragModeAt(selection: Selection | null, index: number, edge: 'start' | 'end' | null): DragMode {
  if (!selection) return 'new';
  if (edge) return edge;
  return index >= selection.from && index <= selection.to ? 'move' : 'new';
}

/** The selection while a drag is at bucket `index`. */
export function dragTo(drag: Drag, index: number, count: number): Selection {
  const last = count - 1;
  const at = clamp(index, 0, last);
  const initial = drag.initial ?? { from: drag.origin, to: drag.origin };
  switch (drag.mode) {
    case 'new':
      return { from: Math.min(drag.origin, at), to: Math.max(drag.origin, at) };
    case 'move': {
      const width = initial.to - initial.from;
      const from = clamp(initial.from + at - drag.origin, 0, last - width);
      return { from, to: from + width };
    }
    case 'start':
      return { from: Math.min(at, initial.to), to: Math.max(at, initial.to) };
    case 'end':
      return { from: Math.min(at, initial.from), to: Math.max(at, initial.from) };
  }
}

/** The bucket under a point `x` pixels into a plot `width` pixels wide holding `count` buckets. */
export function bucketAt(x: number, width: number, count: number): number {
  if (width <= 0 || count === 0) return 0;
  return clamp(Math.floor((x / width) * count), 0, count - 1);
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}
