import { describe, expect, it } from 'vitest';
import { nodeProperties, relationshipProperties } from '../load/rows';
import { firstDayOf, lastDayOf, timeDays } from '../model/time';
import { ValidationError } from './issues';
import { validateDataset } from './validate';

type Fields = Record<string, unknown>;
const cite = (locator: string, source = 'programme') => ({ basis: 'stated', citations: [`${source}#${locator}`] });
const named = (id: string, label: string, extra: Fields = {}) => ({
  id,
  label,
  nameEn: id,
  nameFr: id,
  ...cite('header'),
  ...extra,
});

/** A programme described as of its day, and a data set of actions that describes nothing as of a day. */
function dataset(extra: { nodes?: Fields[]; relationships?: Fields[] } = {}) {
  return {
    dataset: 'x',
    sources: [
      { id: 'programme', title: 'P', language: 'en', publisher: 'F', date: '2016-06-01', asOf: '2016-07-08' },
      { id: 'actions', title: 'A', language: 'en', publisher: 'T', date: '2023-11-30' },
    ],
    nodes: [
      named('event:seminar', 'Event', { date: '2016-07-08' }),
      named('session:one', 'Session', { order: 1, kind: 'SESSION' }),
      named('person:ann', 'Person'),
      named('org:union', 'Organisation', { kind: 'UNION', kindBasis: 'stated' }),
      named('country:DE', 'Country', { code: 'DE' }),
      named('worker:crowd', 'WorkerType'),
      named('worker:all', 'WorkerType'),
      named('action:1', 'CollectiveAction', {
        ...cite('1', 'actions'),
        date: '2019-01-01',
        datePrecision: 'year',
        dateRaw: '2019',
        tags: [],
        tagsRaw: [],
        sourceUrls: [],
        sourcesRaw: [],
        locationsRaw: [],
      }),
      ...(extra.nodes ?? []),
    ],
    relationships: [
      { type: 'PART_OF', from: 'session:one', to: 'event:seminar', order: 1, ...cite('session-1') },
      { type: 'SPEAKS_IN', from: 'person:ann', to: 'session:one', order: 1, ...cite('session-1') },
      { type: 'HOLDS_ROLE', from: 'person:ann', to: 'org:union', ...cite('session-1') },
      {
        type: 'BASED_IN',
        from: 'org:union',
        to: 'country:DE',
        basis: 'inferred',
        note: 'n',
        citations: ['programme#x'],
      },
      { type: 'SUBTYPE_OF', from: 'worker:crowd', to: 'worker:all', ...cite('session-1') },
      { type: 'INVOLVES', from: 'action:1', to: 'worker:crowd', ...cite('1', 'actions') },
      { type: 'TOOK_PLACE_IN', from: 'action:1', to: 'country:DE', ...cite('1', 'actions') },
      ...(extra.relationships ?? []),
    ],
  };
}

const times = (record: Fields) => Object.fromEntries(Object.entries(record).filter(([key]) => key.startsWith('time')));

describe('dating facts from their sources', () => {
  const loaded = validateDataset(dataset());
  const node = (id: string) => times(nodeProperties(loaded.nodes.find((n) => n.id === id)!));
  const rel = (type: string, from: string) =>
    times(relationshipProperties(loaded.relationships.find((r) => r.type === type && r.from === from)!));

  it('dates an action at its precision, and its relationships with it', () => {
    const year = {
      timeStart: '2019',
      timeStartPrecision: 'year',
      timeEnd: '2019',
      timeEndPrecision: 'year',
      timeFirstDay: '2019-01-01',
      timeLastDay: '2019-12-31',
    };
    expect(node('action:1')).toEqual(year);
    expect(rel('INVOLVES', 'action:1')).toEqual(year);
    expect(rel('TOOK_PLACE_IN', 'action:1')).toEqual(year);
  });

  it('dates the event on its day, its sessions and their speakers with it', () => {
    const day = {
      timeStart: '2016-07-08',
      timeStartPrecision: 'day',
      timeEnd: '2016-07-08',
      timeEndPrecision: 'day',
      timeFirstDay: '2016-07-08',
      timeLastDay: '2016-07-08',
    };
    expect(node('event:seminar')).toEqual(day);
    expect(node('session:one')).toEqual(day);
    expect(rel('SPEAKS_IN', 'person:ann')).toEqual(day);
    expect(rel('PART_OF', 'session:one')).toEqual(day);
  });

  it('dates what a programme states, or the project infers from it, as of its day; taxonomy and entities stay undated', () => {
    const asOf = { timeAsOf: '2016-07-08', timeFirstDay: '2016-07-08', timeLastDay: '2016-07-08' };
    expect(rel('HOLDS_ROLE', 'person:ann')).toEqual(asOf);
    expect(rel('BASED_IN', 'org:union')).toEqual(asOf);
    expect(rel('SUBTYPE_OF', 'worker:crowd')).toEqual({});
    expect(node('org:union')).toEqual({});
    expect(node('person:ann')).toEqual({});
  });

  it('keeps a time a record gives, with its precision from how it is written and open ends left open', () => {
    const given = validateDataset(
      dataset({
        relationships: [{ type: 'LEADS', from: 'org:union', to: 'org:other', timeStart: '2020-02', ...cite('x') }],
        nodes: [named('org:other', 'Organisation', { kind: 'UNION', kindBasis: 'stated' })],
      }),
    );
    const leads = given.relationships.find((r) => r.type === 'LEADS')!;
    expect(times(relationshipProperties(leads))).toEqual({
      timeStart: '2020-02',
      timeStartPrecision: 'month',
      timeFirstDay: '2020-02-01',
    });
  });

  it('refuses a time that is no date, a precision that is not how it is written, an end before its start', () => {
    const bad = (fields: Fields) => () => validateDataset(dataset({ nodes: [named('person:bob', 'Person', fields)] }));
    expect(bad({ timeStart: '2019-02-30' })).toThrow(/timeStart: expected a date YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(bad({ timeStart: '2019', timeStartPrecision: 'day' })).toThrow(/timeStartPrecision: is "day"/);
    expect(bad({ timeStart: '2019-06', timeEnd: '2019-05-31' })).toThrow(/timeEnd: "2019-05-31" is before/);
    expect(bad({ timeStart: '2019', timeAsOf: '2019' })).toThrow(ValidationError);
  });
});

describe('the days a date may mean', () => {
  it('at year, month (31 days, 30, February in a leap year and not) and day precision', () => {
    expect([firstDayOf('2019'), lastDayOf('2019')]).toEqual(['2019-01-01', '2019-12-31']);
    expect([firstDayOf('2019-05'), lastDayOf('2019-05')]).toEqual(['2019-05-01', '2019-05-31']);
    expect(lastDayOf('2019-06')).toBe('2019-06-30');
    expect(lastDayOf('2020-02')).toBe('2020-02-29');
    expect(lastDayOf('2019-02')).toBe('2019-02-28');
    expect([firstDayOf('2019-06-15'), lastDayOf('2019-06-15')]).toEqual(['2019-06-15', '2019-06-15']);
  });

  it('leaves an open end open', () => {
    expect(timeDays({ timeEnd: '2019' })).toEqual({ timeLastDay: '2019-12-31' });
    expect(timeDays({})).toEqual({});
  });
});
