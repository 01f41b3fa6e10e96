import { describe, expect, it } from 'vitest';
import { EDGES, NODES, PROVENANCE_INFERRED, PROVENANCE_SESSION_1, fuss, igMetall, session1 } from '../../test/fixtures';
import { TIME_FIELDS, csvField, escapeXml } from '@faire-collectif/seed/formats';
import { buildEdgesCsv, buildNodesCsv } from './csv';
import { citationText, citedSources, exportFileStem, type ExportInput } from './exportInput';
import { buildGexf } from './gexf';
import { buildGraphml } from './graphml';
import { buildJson } from './json';

const TIME_ATTRIBUTES = [...TIME_FIELDS, 'timeBasis'];
const ROLE = 'person:robert-fuss|HOLDS_ROLE|org:faircrowdwork-watch';
const ORGANISES = 'org:faircrowdwork-watch|ORGANISES|worker:crowd-workers';

const input: ExportInput = {
  nodes: NODES,
  edges: EDGES,
  provenance: new Map([
    [fuss.id, PROVENANCE_SESSION_1],
    [ROLE, PROVENANCE_SESSION_1],
    [ORGANISES, PROVENANCE_INFERRED],
  ]),
  lang: 'EN',
  generatedAt: '2024-05-01T10:00:00.000Z',
  viewUrl: 'http://localhost/?country=DE&sel=org:ig-metall',
};

function parseXml(text: string): Document {
  const document = new DOMParser().parseFromString(text, 'application/xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}

describe('GraphML', () => {
  const document = parseXml(buildGraphml(input));

  it('is well-formed GraphML with every entity and relationship', () => {
    expect(document.documentElement.localName).toBe('graphml');
    expect(document.documentElement.namespaceURI).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(document.getElementsByTagName('node')).toHaveLength(NODES.length);
    expect(document.getElementsByTagName('edge')).toHaveLength(EDGES.length);
    expect(document.getElementsByTagName('graph')[0]!.getAttribute('edgedefault')).toBe('directed');
  });

  it('declares its keys and fills them', () => {
    const keys = [...document.getElementsByTagName('key')].map((key) => key.getAttribute('attr.name'));
    expect(keys).toContain('sources');
    const ig = [...document.getElementsByTagName('node')].find((item) => item.getAttribute('id') === igMetall.id)!;
    const values = Object.fromEntries(
      [...ig.getElementsByTagName('data')].map((item) => [item.getAttribute('key') ?? '', item.textContent]),
    );
    expect(values).toMatchObject({
      label: 'IG Metall',
      type: 'ORGANISATION',
      kind: 'UNION',
      countries: 'DE',
      degree: '5',
    });
  });

  it('carries the sources of each fact', () => {
    const role = [...document.getElementsByTagName('edge')].find((item) => item.getAttribute('id') === ROLE)!;
    expect(role.getAttribute('source')).toBe(fuss.id);
    const sources = [...role.getElementsByTagName('data')].find((item) => item.getAttribute('key') === 'esources');
    expect(sources?.textContent).toBe(
      'Building collective groups and action — programme (EN) — Session 1, 09:15 [programme-2016-07-08-en#session-1]',
    );
  });

  it('escapes markup in labels', () => {
    const text = buildGraphml({ ...input, nodes: [{ ...igMetall, label: 'A & <B> "C"' }], edges: [] });
    const parsed = parseXml(text);
    expect(parsed.getElementsByTagName('data')[0]!.textContent).toBe('A & <B> "C"');
  });
});

describe('GEXF', () => {
  const document = parseXml(buildGexf(input));

  it('is well-formed GEXF 1.3 with attributes declared and valued', () => {
    expect(document.documentElement.getAttribute('version')).toBe('1.3');
    expect(document.getElementsByTagName('node')).toHaveLength(NODES.length);
    expect(document.getElementsByTagName('edge')).toHaveLength(EDGES.length);
    const declared = [...document.getElementsByTagName('attribute')].map((item) => item.getAttribute('title'));
    expect(declared).toEqual([
      'type',
      'organisationKind',
      'countryCodes',
      'degree',
      'basis',
      'sources',
      ...TIME_ATTRIBUTES,
      'type',
      'basis',
      'sources',
      ...TIME_ATTRIBUTES,
    ]);
    expect(document.getElementsByTagName('graph')[0]!.getAttribute('mode')).toBe('static');
    const edge = [...document.getElementsByTagName('edge')].find((item) => item.getAttribute('id') === ORGANISES)!;
    expect(edge.getAttribute('label')).toBe('organises');
    const values = [...edge.getElementsByTagName('attvalue')].map((item) => [
      item.getAttribute('for'),
      item.getAttribute('value'),
    ]);
    expect(values[1]).toEqual(['1', 'INFERRED']);
    expect(values[2]![1]).toContain('[programme-2016-07-08-en#session-1]');
  });
});

describe('time', () => {
  // The session on its day; the role as of a year the source gives; the rest undated.
  const day = { start: '2016-07-08', startPrecision: 'DAY', end: '2016-07-08', endPrecision: 'DAY' } as const;
  const timed: ExportInput = {
    ...input,
    nodes: NODES.map((node) =>
      node.id === session1.id
        ? { ...node, time: { ...day, asOf: null, firstDay: '2016-07-08', lastDay: '2016-07-08' } }
        : node,
    ),
    edges: EDGES.map((edge) =>
      edge.id === ROLE
        ? {
            ...edge,
            time: {
              start: null,
              startPrecision: null,
              end: null,
              endPrecision: null,
              asOf: '2015',
              firstDay: '2015-01-01',
              lastDay: '2015-12-31',
            },
          }
        : edge,
    ),
  };

  it('makes the GEXF dynamic: dated parts on their days, what they tie while they hold, the rest always', () => {
    const document = parseXml(buildGexf(timed));
    const graph = document.getElementsByTagName('graph')[0]!;
    expect([graph.getAttribute('mode'), graph.getAttribute('timeformat')]).toEqual(['dynamic', 'date']);
    const node = (id: string) =>
      [...document.getElementsByTagName('node')].find((item) => item.getAttribute('id') === id)!;
    expect([node(session1.id).getAttribute('start'), node(session1.id).getAttribute('end')]).toEqual([
      '2016-07-08',
      '2016-07-08',
    ]);
    // Robert Fuss: his role's year and the session he spoke in, as inferred spells.
    const spells = [...node(fuss.id).getElementsByTagName('spell')].map((spell) => [
      spell.getAttribute('start'),
      spell.getAttribute('end'),
    ]);
    expect(spells).toEqual([
      ['2015-01-01', '2015-12-31'],
      ['2016-07-08', '2016-07-08'],
    ]);
    expect(node(igMetall.id).hasAttribute('start')).toBe(false);
    expect(node(igMetall.id).getElementsByTagName('spells')).toHaveLength(0);
    /** An element's attribute values by title, through the declarations of its class. */
    const values = (element: Element): Record<string, string | null> => {
      const declared = [...document.getElementsByTagName('attributes')].find(
        (item) => item.getAttribute('class') === element.localName,
      )!;
      const titles = new Map(
        [...declared.getElementsByTagName('attribute')].map((item) => [
          item.getAttribute('id'),
          item.getAttribute('title'),
        ]),
      );
      return Object.fromEntries(
        [...element.getElementsByTagName('attvalue')].map((item) => [
          titles.get(item.getAttribute('for')) ?? '',
          item.getAttribute('value'),
        ]),
      );
    };
    expect(values(node(session1.id))).toMatchObject({
      timeStart: '2016-07-08',
      timeStartPrecision: 'DAY',
      timeBasis: 'stated',
    });
    expect(values(node(fuss.id))).toMatchObject({ timeBasis: 'inferred' });
    expect(values(node(fuss.id))).not.toHaveProperty('timeStart');
    const role = [...document.getElementsByTagName('edge')].find((item) => item.getAttribute('id') === ROLE)!;
    expect([role.getAttribute('start'), role.getAttribute('end')]).toEqual(['2015-01-01', '2015-12-31']);
    expect(values(role)).toMatchObject({ timeAsOf: '2015', timeBasis: 'stated' });
  });

  it('gives the CSV files the dates of dated parts', () => {
    const session = buildNodesCsv(timed)
      .split('\r\n')
      .find((line) => line.startsWith(`${session1.id},`))!;
    expect(session.endsWith(',2016-07-08,DAY,2016-07-08,DAY,,2016-07-08,2016-07-08')).toBe(true);
    const role = buildEdgesCsv(timed)
      .split('\r\n')
      .find((line) => line.startsWith(`${ROLE},`))!;
    expect(role.endsWith(',,,,,2015,2015-01-01,2015-12-31')).toBe(true);
  });

  it('gives the GraphML the dates of dated parts', () => {
    const document = parseXml(buildGraphml(timed));
    const data = (element: Element): Record<string, string | null> =>
      Object.fromEntries(
        [...element.getElementsByTagName('data')].map((item) => [item.getAttribute('key') ?? '', item.textContent]),
      );
    const session = [...document.getElementsByTagName('node')].find((item) => item.getAttribute('id') === session1.id)!;
    expect(data(session)).toMatchObject({
      ntimeStart: '2016-07-08',
      ntimeFirstDay: '2016-07-08',
      ntimeLastDay: '2016-07-08',
    });
    const role = [...document.getElementsByTagName('edge')].find((item) => item.getAttribute('id') === ROLE)!;
    expect(data(role)).toMatchObject({ etimeAsOf: '2015', etimeLastDay: '2015-12-31' });
    expect(data(role)).not.toHaveProperty('etimeStart');
    const keys = [...document.getElementsByTagName('key')].map((key) => key.getAttribute('id'));
    expect(keys).toEqual(expect.arrayContaining(['ntimeStart', 'etimeLastDay']));
  });
});

describe('CSV', () => {
  it('quotes and defuses fields', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
  });

  it('lists entities with their basis, note and sources', () => {
    const lines = buildNodesCsv(input).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,name,type,organisation_kind,countries,degree,basis,note,sources,time_start,time_start_precision,time_end,time_end_precision,time_as_of,time_first_day,time_last_day',
    );
    expect(lines).toHaveLength(NODES.length + 1);
    const fussLine = lines.find((line) => line.startsWith('person:robert-fuss,'))!;
    expect(fussLine).toBe(
      'person:robert-fuss,Robert Fuss,PERSON,,DE,2,STATED,,Building collective groups and action — programme (EN) — Session 1, 09:15 [programme-2016-07-08-en#session-1]'.replace(
        /,Building(.*)$/,
        ',"Building$1",,,,,,,',
      ),
    );
  });

  it('lists relationships with both ends and sources', () => {
    const lines = buildEdgesCsv(input).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,type,label,source_id,source_name,target_id,target_name,basis,note,sources,time_start,time_start_precision,time_end,time_end_precision,time_as_of,time_first_day,time_last_day',
    );
    const organises = lines.find((line) => line.startsWith(ORGANISES))!;
    expect(organises).toContain(',INFERRED,The session on crowd workers places the initiative there.,');
    expect(organises).toContain('FairCrowdWork Watch');
  });
});

describe('JSON', () => {
  it('holds entities, relationships, their provenance and the documents cited', () => {
    const document = JSON.parse(buildJson(input)) as {
      language: string;
      view: string;
      nodes: { id: string; provenance: unknown }[];
      edges: { id: string; provenance: { basis: string } | null }[];
      sources: { id: string }[];
    };
    expect(document.language).toBe('EN');
    expect(document.view).toBe(input.viewUrl);
    expect(document.nodes).toHaveLength(NODES.length);
    expect(document.nodes.find((item) => item.id === fuss.id)!.provenance).toEqual(PROVENANCE_SESSION_1);
    expect(document.nodes.find((item) => item.id === igMetall.id)!.provenance).toBeNull();
    expect(document.edges.find((item) => item.id === ORGANISES)!.provenance!.basis).toBe('INFERRED');
    expect(document.sources.map((source) => source.id)).toEqual(['programme-2016-07-08-en']);
  });
});

describe('shared helpers', () => {
  it('names citations, sources and files', () => {
    expect(citationText(PROVENANCE_SESSION_1.citations[0]!)).toContain('Session 1, 09:15');
    expect(citedSources(input)).toHaveLength(1);
    expect(exportFileStem(input.generatedAt)).toBe('faire-collectif-2024-05-01');
    expect(exportFileStem(input.generatedAt, 'germany-crowd-workers')).toBe(
      'faire-collectif-germany-crowd-workers-2024-05-01',
    );
    expect(escapeXml('a\u0001b<')).toBe('ab&lt;');
  });
});
