import { describe, expect, it } from 'vitest';
import {
  csvField,
  dayOf,
  escapeXml,
  mergeIntervals,
  overlaps,
  presences,
  timeFields,
  timeOf,
  writeCsv,
  writeGexf,
  writeGraphml,
} from './index';

describe('escapeXml', () => {
  it('drops every character XML 1.0 cannot hold, lone surrogates included, and keeps the rest', () => {
    expect(escapeXml('a\u0000b\u000Bc\uFFFEd\uD800e')).toBe('abcde');
    expect(escapeXml('tab\tline\nsmile 😀')).toBe('tab\tline\nsmile 😀');
  });
});

describe('writeCsv', () => {
  it('defuses formulas for spreadsheets only, and ends lines as asked', () => {
    expect(writeCsv(['a', 'b'], [['=1+1', 'x,y']], { lineEnding: '\r\n', defuseFormulas: true })).toBe(
      'a,b\r\n\'=1+1,"x,y"\r\n',
    );
    expect(writeCsv(['a'], [['=1+1'], [null]], { lineEnding: '\n', defuseFormulas: false })).toBe('a\n=1+1\n\n');
    expect(csvField('-x')).toBe("'-x");
    expect(csvField('-x', false)).toBe('-x');
  });
});

describe('writeGraphml', () => {
  it('leaves out empty values and keeps a comment well-formed', () => {
    const xml = writeGraphml({
      keys: [{ id: 'k', for: 'node', name: 'k', type: 'string' }],
      comment: 'made -- here',
      nodes: [
        {
          id: 'n<1>',
          data: [
            ['k', ''],
            ['k', 'v'],
          ],
        },
      ],
      edges: [],
    });
    expect(xml).toContain('<!-- made - - here -->');
    expect(xml).toContain('<node id="n&lt;1&gt;">\n      <data key="k">v</data>\n    </node>');
  });
});

describe('writeGexf', () => {
  it('carries the drawing of nodes that have one: position (y up), size and colour', () => {
    const xml = writeGexf({
      creator: 'test',
      description: 'drawing',
      nodeAttributes: [],
      edgeAttributes: [],
      nodes: [
        { id: 'a', label: 'A', values: [], viz: { x: 12.345, y: 40, size: 30, colour: '#1f77b4' } },
        { id: 'b', label: 'B', values: [], viz: { x: Number.NaN, y: 1, colour: 'not a colour' } },
        { id: 'c', label: 'C', values: [] },
      ],
      edges: [],
    });
    expect(xml).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    expect(xml).toContain(
      '<node id="a" label="A">\n        <viz:position x="12.35" y="-40" z="0"/>\n        <viz:size value="30"/>\n        <viz:color r="31" g="119" b="180"/>\n      </node>',
    );
    expect(xml).toContain('<node id="b" label="B">\n        <viz:position x="0" y="-1" z="0"/>\n      </node>');
    expect(xml).toContain('<node id="c" label="C">\n      </node>');
  });
});

describe('timeOf', () => {
  it('reads the time properties, filling the days they stand for', () => {
    expect(timeOf({ timeStart: '2019-06', timeStartPrecision: 'month' })).toEqual({
      start: '2019-06',
      startPrecision: 'month',
      end: null,
      endPrecision: null,
      asOf: null,
      firstDay: '2019-06-01',
      lastDay: null,
    });
    expect(timeOf({ timeAsOf: '2016-07-08', timeFirstDay: '2016-07-08', timeLastDay: '2016-07-08' })).toMatchObject({
      asOf: '2016-07-08',
      start: null,
      firstDay: '2016-07-08',
      lastDay: '2016-07-08',
    });
  });

  it("falls back on a record's date at its precision, and leaves what nothing dates undated", () => {
    expect(timeOf({ date: '2020-02-01', datePrecision: 'month' })).toEqual({
      start: '2020-02-01',
      startPrecision: 'month',
      end: '2020-02-01',
      endPrecision: 'month',
      asOf: null,
      firstDay: '2020-02-01',
      lastDay: '2020-02-29',
    });
    expect(timeOf({ date: '2016-07-08' })).toMatchObject({ startPrecision: 'day', lastDay: '2016-07-08' });
    expect(timeOf({ nameEn: 'Germany' })).toBeNull();
    expect(timeOf({ date: '' })).toBeNull();
  });

  it('gives a flat field for each value it has', () => {
    expect(timeFields(timeOf({ date: '2019-01-01', datePrecision: 'year' }))).toEqual({
      timeStart: '2019-01-01',
      timeStartPrecision: 'year',
      timeEnd: '2019-01-01',
      timeEndPrecision: 'year',
      timeFirstDay: '2019-01-01',
      timeLastDay: '2019-12-31',
    });
    expect(timeFields(null)).toEqual({});
  });
});

describe('days', () => {
  it('finds the first and last day a date may mean, and refuses what is no date', () => {
    expect(dayOf('2019', 'first')).toBe('2019-01-01');
    expect(dayOf('2019-02', 'last')).toBe('2019-02-28');
    expect(dayOf('2019-06-15', 'last', 'year')).toBe('2019-12-31');
    expect(dayOf('2019-13', 'first')).toBeNull();
    expect(dayOf('2019-02-30', 'first')).toBeNull();
    expect(dayOf('June', 'first')).toBeNull();
  });

  it('says whether intervals share a day, open ends reaching every day', () => {
    const y2019 = { start: '2019-01-01', end: '2019-12-31' };
    expect(overlaps(y2019, { start: '2019-12-31', end: null })).toBe(true);
    expect(overlaps(y2019, { start: '2020-01-01', end: null })).toBe(false);
    expect(overlaps(y2019, { start: null, end: '2018-12-31' })).toBe(false);
    expect(overlaps({ start: null, end: null }, y2019)).toBe(true);
  });

  it('merges overlapping and touching intervals, in order', () => {
    expect(
      mergeIntervals([
        { start: '2020-03-01', end: '2020-03-31' },
        { start: '2019-01-01', end: '2019-12-31' },
        { start: '2020-01-01', end: '2020-01-31' },
        { start: '2019-06-01', end: '2019-06-30' },
        { start: '2021-05-01', end: null },
        { start: '2022-01-01', end: '2022-01-01' },
      ]),
    ).toEqual([
      { start: '2019-01-01', end: '2020-01-31' },
      { start: '2020-03-01', end: '2020-03-31' },
      { start: '2021-05-01', end: null },
    ]);
  });
});

describe('presences', () => {
  it('places dated elements on their days, and what they tie while they hold, as an inference', () => {
    const time = (date: string) => timeOf({ date, datePrecision: 'day' });
    const { nodes, edges } = presences(
      [
        { id: 'a1', time: time('2019-03-01') },
        { id: 'a2', time: time('2020-05-01') },
        { id: 'org', time: null },
        { id: 'country' },
        { id: 'kind' },
      ],
      [
        { id: 'org>a1', source: 'org', target: 'a1' },
        { id: 'org>a2', source: 'org', target: 'a2' },
        { id: 'org>country', source: 'org', target: 'country' },
        { id: 'org>kind', source: 'org', target: 'kind', time: timeOf({ timeAsOf: '2016-07-08' }) },
      ],
    );
    expect(nodes.get('a1')).toEqual({ intervals: [{ start: '2019-03-01', end: '2019-03-01' }], basis: 'stated' });
    expect(nodes.get('org')).toEqual({
      intervals: [
        { start: '2016-07-08', end: '2016-07-08' },
        { start: '2019-03-01', end: '2019-03-01' },
        { start: '2020-05-01', end: '2020-05-01' },
      ],
      basis: 'inferred',
    });
    expect(nodes.has('country')).toBe(false);
    expect(edges.get('org>a2')).toEqual({ intervals: [{ start: '2020-05-01', end: '2020-05-01' }], basis: 'inferred' });
    expect(edges.get('org>kind')?.basis).toBe('stated');
    expect(edges.has('org>country')).toBe(false);
  });
});

describe('writeGexf with time', () => {
  it('is dynamic with dates when an element has a presence: start and end, or spells, open ends left out', () => {
    const xml = writeGexf({
      creator: 'test',
      description: 'time',
      nodeAttributes: [],
      edgeAttributes: [],
      nodes: [
        { id: 'a', label: 'A', values: [], presence: [{ start: '2019-03-01', end: '2019-03-01' }] },
        {
          id: 'b',
          label: 'B',
          values: [],
          presence: [
            { start: '2016-07-08', end: '2016-07-08' },
            { start: '2019-01-01', end: null },
          ],
          viz: { x: 1, y: 2 },
        },
        { id: 'c', label: 'C', values: [], presence: [{ start: null, end: null }] },
      ],
      edges: [
        { id: 'e', source: 'b', target: 'a', label: 'E', values: [], presence: [{ start: '2019-03-01', end: null }] },
      ],
    });
    expect(xml).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
    expect(xml).toContain('<node id="a" label="A" start="2019-03-01" end="2019-03-01">\n      </node>');
    expect(xml).toContain(
      '<node id="b" label="B">\n        <spells>\n          <spell start="2016-07-08" end="2016-07-08"/>\n          <spell start="2019-01-01"/>\n        </spells>\n        <viz:position',
    );
    expect(xml).toContain('<node id="c" label="C">\n      </node>');
    expect(xml).toContain('<edge id="e" source="b" target="a" label="E" start="2019-03-01">');
  });

  it('stays static when nothing is dated', () => {
    const xml = writeGexf({
      creator: 'test',
      description: '',
      nodeAttributes: [],
      edgeAttributes: [],
      nodes: [{ id: 'c', label: 'C', values: [], presence: [{ start: null, end: null }] }],
      edges: [],
    });
    expect(xml).toContain('<graph defaultedgetype="directed" mode="static">');
  });
});
