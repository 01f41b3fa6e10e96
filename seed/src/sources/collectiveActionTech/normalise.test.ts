import { describe, expect, it } from 'vitest';
import { parseDate, parseLocation, slugOf, splitUrls, tagKey, titleCase, titleFrom, valueKey } from './normalise';

describe('normalising Collective Action in Tech values', () => {
  it('reads dates with the precision they give, and refuses what is no calendar date', () => {
    expect(parseDate('1969/03/04')).toEqual({ date: '1969-03-04', precision: 'day' });
    expect(parseDate('2020/3')).toEqual({ date: '2020-03-01', precision: 'month' });
    expect(parseDate('1970')).toEqual({ date: '1970-01-01', precision: 'year' });
    expect(parseDate('2021/02/30')).toBeUndefined();
    expect(parseDate('None')).toBeUndefined();
  });

  it('splits an entry holding several URLs and sets aside what is no URL', () => {
    expect(splitUrls('https://a.example/x\nhttps://b.example/y')).toEqual({
      urls: ['https://a.example/x', 'https://b.example/y'],
      rejected: [],
    });
    expect(splitUrls('www.example.org/page')).toEqual({ urls: [], rejected: ['www.example.org/page'] });
    expect(splitUrls('')).toEqual({ urls: [], rejected: [''] });
  });

  it('takes the last part of a location as its country and keeps the rest as given', () => {
    expect(parseLocation('staten island-new york city-new york-usa')).toEqual({
      country: 'usa',
      place: 'staten island, new york city, new york',
    });
    expect(parseLocation('washington_dc-usa')).toEqual({ country: 'usa', place: 'washington_dc' });
    expect(parseLocation('south korea')).toEqual({ country: 'south korea', place: undefined });
  });

  it('makes one key of spelling variants', () => {
    expect(valueKey('Open_Letter ')).toBe('open letter');
    expect(tagKey('coworker solidarity')).toBe(tagKey('coworker_solidarity'));
    expect(slugOf('at&t')).toBe('at-t');
    expect(slugOf('São Paulo')).toBe('sao-paulo');
    expect(titleCase('smith-corona-marchant')).toBe('Smith-Corona-Marchant');
    expect(titleCase('code for america')).toBe('Code for America');
  });

  it('names an action by its first sentence, cut after twelve words', () => {
    expect(titleFrom('Workers struck. Then more.')).toBe('Workers struck.');
    const long = 'one two three four five six seven eight nine ten eleven, twelve thirteen fourteen.';
    expect(titleFrom(long)).toBe('one two three four five six seven eight nine ten eleven, twelve…');
  });
});
