import { describe, expect, it } from 'vitest';
import { firstDayOf, formatPeriod, lastDayOf, orderedPeriod, parsePeriodEnd, shiftPeriod } from './period';

describe('period ends', () => {
  it('reads years and months in bounds, and nothing else', () => {
    expect(parsePeriodEnd(' 2019 ')).toBe('2019');
    expect(parsePeriodEnd('2019-06')).toBe('2019-06');
    for (const bad of ['2019-00', '2019-13', '1899', '2101', '2019-6', '', null, undefined]) {
      expect(parsePeriodEnd(bad)).toBeNull();
    }
  });

  it('stands for every day it may mean', () => {
    expect(firstDayOf('2019')).toBe('2019-01-01');
    expect(lastDayOf('2019')).toBe('2019-12-31');
    expect(firstDayOf('2020-02')).toBe('2020-02-01');
    expect(lastDayOf('2020-02')).toBe('2020-02-29');
    expect(lastDayOf('2019-02')).toBe('2019-02-28');
  });

  it('orders the ends by the days they stand for: a year and a month in it are in order both ways', () => {
    expect(orderedPeriod('2019', '2019-06')).toEqual({ since: '2019', until: '2019-06' });
    expect(orderedPeriod('2019-06', '2019')).toEqual({ since: '2019-06', until: '2019' });
    expect(orderedPeriod('2020', '2019-06')).toEqual({ since: '2019-06', until: '2020' });
  });

  it('moves by whole years, keeping months', () => {
    expect(shiftPeriod({ since: '2019', until: '2019' }, 1)).toEqual({ since: '2020', until: '2020' });
    expect(shiftPeriod({ since: '2019-11', until: '2020-02' }, -1)).toEqual({ since: '2018-11', until: '2019-02' });
  });

  it('is said as one end when both are the same', () => {
    expect(formatPeriod('2019', '2019')).toBe('2019');
    expect(formatPeriod('2019-06', null)).toBe('2019-06–…');
  });
});
