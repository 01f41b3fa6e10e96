import { describe, expect, it } from 'vitest';
import { playNext, playStart, stepPeriod } from './play';

const range = { first: 2015, last: 2020 };

describe('stepping through the years', () => {
  it('moves the period a year at a time, keeping its width and months', () => {
    expect(stepPeriod('2016', '2017', 1, range)).toEqual({ since: '2017', until: '2018' });
    expect(stepPeriod('2019-06', '2019-09', -1, range)).toEqual({ since: '2018-06', until: '2018-09' });
  });

  it('starts from the first or last year, or from an open period’s end', () => {
    expect(stepPeriod(null, null, 1, range)).toEqual({ since: '2015', until: '2015' });
    expect(stepPeriod(null, null, -1, range)).toEqual({ since: '2020', until: '2020' });
    expect(stepPeriod('2017', null, 1, range)).toEqual({ since: '2018', until: '2018' });
  });

  it('goes no further than the range', () => {
    expect(stepPeriod('2020', '2020', 1, range)).toBeNull();
    expect(stepPeriod('2015', '2015', -1, range)).toBeNull();
    expect(stepPeriod(null, '2014', -1, range)).toBeNull();
  });
});

describe('playing through the years', () => {
  it('starts from the year chosen, the period’s first year or the first year, and over at the end', () => {
    expect(playStart('2017', '2017', range)).toBe('2017');
    expect(playStart('2016', '2018', range)).toBe('2016');
    expect(playStart(null, null, range)).toBe('2015');
    expect(playStart('2020', '2020', range)).toBe('2015');
    expect(playStart('1990', '1995', range)).toBe('2015');
  });

  it('advances a year at a time and stops after the last', () => {
    expect(playNext('2017', range)).toBe('2018');
    expect(playNext('2019-06', range)).toBe('2020');
    expect(playNext('2020', range)).toBeNull();
  });
});

describe('playing through the months', () => {
  it('starts from the month chosen, the period’s first month or the first month, and over at the end', () => {
    expect(playStart('2017-03', '2017-03', range, 'MONTH')).toBe('2017-03');
    expect(playStart('2016', '2018', range, 'MONTH')).toBe('2016-01');
    expect(playStart(null, null, range, 'MONTH')).toBe('2015-01');
    expect(playStart('2020-12', '2020-12', range, 'MONTH')).toBe('2015-01');
    expect(playStart('1990', '1995', range, 'MONTH')).toBe('2015-01');
  });

  it('advances a month at a time, into the next year, and stops after the last month', () => {
    expect(playNext('2017-03', range, 'MONTH')).toBe('2017-04');
    expect(playNext('2017-12', range, 'MONTH')).toBe('2018-01');
    expect(playNext('2017', range, 'MONTH')).toBe('2018-01');
    expect(playNext('2020-12', range, 'MONTH')).toBeNull();
    expect(playNext(null, range, 'MONTH')).toBe('2015-01');
  });
});
