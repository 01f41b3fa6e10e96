import { describe, expect, it } from 'vitest';
import { describeTimeSpan, formatDateAt } from './timeSpan';

const span = (fields: Partial<Parameters<typeof describeTimeSpan>[1] & object>) => ({
  start: null,
  startPrecision: null,
  end: null,
  endPrecision: null,
  asOf: null,
  ...fields,
});

describe('saying when a fact holds', () => {
  it('writes each end at the precision its source gives, in either language', () => {
    expect(formatDateAt('EN', '2019-06-15', 'DAY')).toBe('15 June 2019');
    expect(formatDateAt('FR', '2019-06-15', 'DAY')).toBe('15 juin 2019');
    expect(formatDateAt('EN', '2019-06', 'MONTH')).toBe('June 2019');
    expect(formatDateAt('EN', '2019-06-15', 'YEAR')).toBe('2019');
    expect(formatDateAt('EN', '2019', null)).toBe('2019');
  });

  it('gives a span, a single date, an open end, or the date the source describes it as of', () => {
    expect(
      describeTimeSpan('EN', span({ start: '2019-06', startPrecision: 'MONTH', end: '2020', endPrecision: 'YEAR' })),
    ).toBe('June 2019 – 2020');
    expect(
      describeTimeSpan(
        'EN',
        span({ start: '2019-06-15', startPrecision: 'DAY', end: '2019-06-15', endPrecision: 'DAY' }),
      ),
    ).toBe('15 June 2019');
    expect(describeTimeSpan('EN', span({ start: '2019', startPrecision: 'YEAR' }))).toBe('since 2019');
    expect(describeTimeSpan('FR', span({ end: '2021-03', endPrecision: 'MONTH' }))).toBe('jusqu’à mars 2021');
    expect(describeTimeSpan('EN', span({ asOf: '2016-07-08' }))).toBe('as of 8 July 2016');
    expect(describeTimeSpan('FR', span({ asOf: '2016-07-08' }))).toBe('au 8 juillet 2016');
    expect(describeTimeSpan('EN', null)).toBeNull();
  });
});
