import { describe, expect, it } from 'vitest';
import {
  describeBar,
  NO_VALUE_COLOUR,
  OTHER_COLOUR,
  prefersMonths,
  segmentsOf,
  stripSeries,
  tallest,
  type TimelineData,
} from './bars';

const timeline: TimelineData = {
  interval: 'YEAR',
  by: 'DATASET',
  series: [
    { id: 'collective-action-tech', label: 'Collective Action in Tech', count: 50 },
    { id: 'programme', label: 'Programme', count: 3 },
  ],
  buckets: [
    {
      start: '2016',
      firstDay: '2016-01-01',
      lastDay: '2016-12-31',
      total: 7,
      counts: [4, 3],
      otherCount: 0,
      noValueCount: 0,
      imprecise: 0,
    },
    {
      start: '2017',
      firstDay: '2017-01-01',
      lastDay: '2017-12-31',
      total: 0,
      counts: [0, 0],
      otherCount: 0,
      noValueCount: 0,
      imprecise: 0,
    },
    {
      start: '2018',
      firstDay: '2018-01-01',
      lastDay: '2018-12-31',
      total: 10,
      counts: [8, 0],
      otherCount: 1,
      noValueCount: 2,
      imprecise: 1,
    },
  ],
  datedCount: 17,
  undatedCount: 2,
  undatedCounts: [2, 0],
};

describe('the timeline bars', () => {
  const series = stripSeries(timeline, { other: 'Other', noValue: 'No value' });

  it('stack the named series, then other and no value when some bucket has them', () => {
    expect(series.map((item) => item.id)).toEqual(['collective-action-tech', 'programme', 'other', 'none']);
    expect(series[2]!.colour).toBe(OTHER_COLOUR);
    expect(series[3]!.colour).toBe(NO_VALUE_COLOUR);
    expect(new Set(series.map((item) => item.colour)).size).toBe(4);
    const plain = stripSeries({ ...timeline, buckets: [timeline.buckets[0]!] }, { other: 'O', noValue: 'N' });
    expect(plain.map((item) => item.id)).toEqual(['collective-action-tech', 'programme']);
  });

  it('give each bucket its non-empty segments in series order', () => {
    expect(segmentsOf(timeline.buckets[2]!, series).map(({ series: id, count }) => [id, count])).toEqual([
      ['collective-action-tech', 8],
      ['other', 1],
      ['none', 2],
    ]);
    expect(segmentsOf(timeline.buckets[1]!, series)).toEqual([]);
  });

  it('say what each bar counts', () => {
    const segments = segmentsOf(timeline.buckets[0]!, series);
    expect(describeBar('2016', 7, segments, series, (n) => `${n} facts`)).toBe(
      '2016: 7 facts (Collective Action in Tech 4, Programme 3)',
    );
    expect(describeBar('2017', 0, [], series, (n) => `${n} facts`)).toBe('2017: 0 facts');
  });

  it('scale to the tallest stack, and ask for months when the range is short', () => {
    expect(tallest(timeline)).toBe(11);
    expect(prefersMonths(timeline)).toBe(true);
    expect(prefersMonths({ ...timeline, interval: 'MONTH' })).toBe(false);
    expect(prefersMonths({ ...timeline, buckets: [...timeline.buckets, ...timeline.buckets] })).toBe(false);
  });
});
