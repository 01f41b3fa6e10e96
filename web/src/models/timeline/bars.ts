// The timeline's stacked bars: one segment per series, then "other" and "no value", from the
// timeline's answer; and what each bar says to a screen reader.
import { COMMUNITY_COLOURS } from '../cytoscape/palette';
import type { TimelineQuery } from '../graphql/generated';

export type TimelineData = TimelineQuery['timeline'];

/** The colours of the "other" and "no value" series, apart from the palette of named values. */
export const OTHER_COLOUR = '#9CA3AF';
export const NO_VALUE_COLOUR = '#E5E7EB';

/** A series of the strip, as its legend shows it. */
export interface StripSeries {
  id: string;
  label: string;
  colour: string;
}

/** One coloured part of a bar, bottom up. */
export interface Segment {
  series: string;
  count: number;
  colour: string;
}

/** The series the bars stack: the named ones in their order, then "other" and "no value" when some bucket has them. */
export function stripSeries(timeline: TimelineData, words: { other: string; noValue: string }): StripSeries[] {
  const series: StripSeries[] = timeline.series.map((item, index) => ({
    id: item.id,
    label: item.label,
    colour: COMMUNITY_COLOURS[index % COMMUNITY_COLOURS.length] ?? OTHER_COLOUR,
  }));
  if (timeline.buckets.some((bucket) => bucket.otherCount > 0)) {
    series.push({ id: 'other', label: words.other, colour: OTHER_COLOUR });
  }
  if (timeline.buckets.some((bucket) => bucket.noValueCount > 0)) {
    series.push({ id: 'none', label: words.noValue, colour: NO_VALUE_COLOUR });
  }
  return series;
}

/** A bucket's segments, in the order of `series`, leaving out the empty ones. */
export function segmentsOf(bucket: TimelineData['buckets'][number], series: readonly StripSeries[]): Segment[] {
  return series
    .map((item, index) => ({
      series: item.id,
      colour: item.colour,
      count:
        item.id === 'other'
          ? bucket.otherCount
          : item.id === 'none'
            ? bucket.noValueCount
            : (bucket.counts[index] ?? 0),
    }))
    .filter((segment) => segment.count > 0);
}

/** What a bar says: "2019: 45 facts (Collective Action in Tech 40, Programme 5)". */
export function describeBar(
  start: string,
  total: number,
  segments: readonly Segment[],
  series: readonly StripSeries[],
  counted: (n: number) => string,
): string {
  const labels = new Map(series.map((item) => [item.id, item.label]));
  const parts = segments.map((segment) => `${labels.get(segment.series) ?? segment.series} ${segment.count}`);
  return `${start}: ${counted(total)}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

/** The tallest bar, to scale the others (at least 1, so an empty timeline draws flat). */
export function tallest(timeline: TimelineData): number {
  return Math.max(1, ...timeline.buckets.map((bucket) => Math.max(bucket.total, sumOf(bucket))));
}

/** A bar's height is the sum of its segments (a fact with several values counts in each). */
function sumOf(bucket: TimelineData['buckets'][number]): number {
  return bucket.counts.reduce((sum, count) => sum + count, 0) + bucket.otherCount + bucket.noValueCount;
}

/** Whether a timeline's range is short enough to be drawn by month (three years of buckets or fewer). */
export function prefersMonths(timeline: TimelineData): boolean {
  return timeline.interval === 'YEAR' && timeline.buckets.length > 0 && timeline.buckets.length <= 3;
}
