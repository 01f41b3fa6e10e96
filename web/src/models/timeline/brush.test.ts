import { describe, expect, it } from 'vitest';
import { brushKey, bucketAt, dragModeAt, dragTo, periodOfSelection, selectionOfPeriod, type BucketSpan } from './brush';

const years = (first: number, last: number): BucketSpan[] =>
  Array.from({ length: last - first + 1 }, (_, index) => ({
    start: String(first + index),
    firstDay: `${first + index}-01-01`,
    lastDay: `${first + index}-12-31`,
  }));

const months: BucketSpan[] = ['2019-11', '2019-12', '2020-01', '2020-02'].map((start) => ({
  start,
  firstDay: `${start}-01`,
  lastDay: `${start}-${start.endsWith('02') ? '29' : start.endsWith('11') ? '30' : '31'}`,
}));

describe('the brush and the period', () => {
  const buckets = years(2015, 2020);

  it('stands for the period from its first bucket to its last', () => {
    expect(periodOfSelection(buckets, { from: 1, to: 3 })).toEqual({ since: '2016', until: '2018' });
    expect(periodOfSelection(months, { from: 1, to: 2 })).toEqual({ since: '2019-12', until: '2020-01' });
    expect(periodOfSelection(buckets, { from: 9, to: 9 })).toBeNull();
  });

  it('covers the buckets a period touches, open ends to the ends of the strip', () => {
    expect(selectionOfPeriod(buckets, '2016', '2018')).toEqual({ from: 1, to: 3 });
    expect(selectionOfPeriod(buckets, '2018', null)).toEqual({ from: 3, to: 5 });
    expect(selectionOfPeriod(buckets, null, '2015')).toEqual({ from: 0, to: 0 });
    expect(selectionOfPeriod(buckets, '2019-06', '2019-07')).toEqual({ from: 4, to: 4 });
    expect(selectionOfPeriod(months, '2020', null)).toEqual({ from: 2, to: 3 });
    expect(selectionOfPeriod(buckets, '1990', '1999')).toBeNull();
    expect(selectionOfPeriod(buckets, null, null)).toBeNull();
    expect(selectionOfPeriod([], '2019', '2019')).toBeNull();
  });

  it('round-trips a selection through its period', () => {
    for (const selection of [
      { from: 0, to: 0 },
      { from: 2, to: 5 },
    ]) {
      const period = periodOfSelection(buckets, selection)!;
      expect(selectionOfPeriod(buckets, period.since, period.until)).toEqual(selection);
    }
  });
});

describe('the brush from the keyboard', () => {
  it('arrows move it by one bucket, keeping its width, within the strip', () => {
    expect(brushKey({ from: 1, to: 2 }, 6, 'ArrowRight', false)).toEqual({ from: 2, to: 3 });
    expect(brushKey({ from: 1, to: 2 }, 6, 'ArrowLeft', false)).toEqual({ from: 0, to: 1 });
    expect(brushKey({ from: 4, to: 5 }, 6, 'ArrowRight', false)).toEqual({ from: 4, to: 5 });
    expect(brushKey({ from: 0, to: 1 }, 6, 'ArrowLeft', false)).toEqual({ from: 0, to: 1 });
  });

  it('starts from the end the arrow points away from when nothing is chosen', () => {
    expect(brushKey(null, 6, 'ArrowRight', false)).toEqual({ from: 0, to: 0 });
    expect(brushKey(null, 6, 'ArrowLeft', false)).toEqual({ from: 5, to: 5 });
  });

  it('shift and an arrow resize it by its last bucket, never below one', () => {
    expect(brushKey({ from: 1, to: 2 }, 6, 'ArrowRight', true)).toEqual({ from: 1, to: 3 });
    expect(brushKey({ from: 1, to: 2 }, 6, 'ArrowLeft', true)).toEqual({ from: 1, to: 1 });
    expect(brushKey({ from: 1, to: 1 }, 6, 'ArrowLeft', true)).toEqual({ from: 1, to: 1 });
    expect(brushKey({ from: 1, to: 5 }, 6, 'ArrowRight', true)).toEqual({ from: 1, to: 5 });
  });

  it('Home and End take it to either end, Escape clears it, other keys are not its own', () => {
    expect(brushKey({ from: 2, to: 3 }, 6, 'Home', false)).toEqual({ from: 0, to: 1 });
    expect(brushKey({ from: 2, to: 3 }, 6, 'End', false)).toEqual({ from: 4, to: 5 });
    expect(brushKey(null, 6, 'End', false)).toEqual({ from: 5, to: 5 });
    expect(brushKey({ from: 2, to: 3 }, 6, 'Escape', false)).toBeNull();
    expect(brushKey(null, 6, 'Escape', false)).toBeUndefined();
    expect(brushKey({ from: 2, to: 3 }, 6, 'a', false)).toBeUndefined();
    expect(brushKey(null, 0, 'ArrowRight', false)).toBeUndefined();
  });
});

describe('the brush under the pointer', () => {
  it('finds the bucket under a point', () => {
    expect(bucketAt(0, 600, 6)).toBe(0);
    expect(bucketAt(199, 600, 6)).toBe(1);
    expect(bucketAt(650, 600, 6)).toBe(5);
    expect(bucketAt(-5, 600, 6)).toBe(0);
  });

  it('draws a new selection from where the drag started, either way', () => {
    const drag = { mode: dragModeAt(null, 3, null), origin: 3, initial: null };
    expect(drag.mode).toBe('new');
    expect(dragTo(drag, 5, 6)).toEqual({ from: 3, to: 5 });
    expect(dragTo(drag, 1, 6)).toEqual({ from: 1, to: 3 });
  });

  it('moves a selection dragged from inside, within the strip', () => {
    const initial = { from: 1, to: 2 };
    const drag = { mode: dragModeAt(initial, 2, null), origin: 2, initial };
    expect(drag.mode).toBe('move');
    expect(dragTo(drag, 4, 6)).toEqual({ from: 3, to: 4 });
    expect(dragTo(drag, 9, 6)).toEqual({ from: 4, to: 5 });
  });

  it('resizes a selection by the edge taken, crossing over the other', () => {
    const initial = { from: 2, to: 3 };
    expect(dragTo({ mode: dragModeAt(initial, 2, 'start'), origin: 2, initial }, 0, 6)).toEqual({ from: 0, to: 3 });
    expect(dragTo({ mode: 'end', origin: 3, initial }, 5, 6)).toEqual({ from: 2, to: 5 });
    expect(dragTo({ mode: 'end', origin: 3, initial }, 0, 6)).toEqual({ from: 0, to: 2 });
    expect(dragModeAt(initial, 5, null)).toBe('new');
  });
});
