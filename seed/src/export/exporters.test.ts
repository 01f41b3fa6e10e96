import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { parseJsonDocument } from '../format/document';
import type { Dataset } from '../format/schema';
import { validateDocuments } from '../format/validate';
import { escapeXml } from './formats';
import { toGraphml } from './toGraphml';
import { toGexf } from './toGexf';
import { toJsonDocument } from './toJson';

function programme(): Dataset {
  const text = readFileSync(new URL('../../data/programme-2016-07-08.json', import.meta.url), 'utf8');
  return validateDocuments([parseJsonDocument('programme.json', text)]);
}

describe('toJsonDocument', () => {
  it('writes the seed format, which validates back to the same data set', () => {
    const dataset = programme();
    const text = toJsonDocument(dataset);
    expect(validateDocuments([parseJsonDocument('export.json', text)])).toEqual(dataset);
    const document = JSON.parse(text) as { dataset: string; nodes: unknown[]; relationships: unknown[] };
    expect(document.dataset).toBe('programme-2016-07-08');
    expect(document.nodes[0]).not.toHaveProperty('dataset');
    expect(document.relationships[0]).not.toHaveProperty('id');
  });

  it('keeps records of other data sets and non-default relationship ids', () => {
    const dataset = programme();
    dataset.nodes[0]!.dataset = 'other';
    dataset.relationships[0]!.id = 'custom-id';
    const back = validateDocuments([parseJsonDocument('export.json', toJsonDocument(dataset))]);
    expect(back.nodes[0]!.dataset).toBe('other');
    expect(back.relationships[0]!.id).toBe('custom-id');
  });
});

describe('toGraphml', () => {
  it('escapes XML special characters and drops characters XML cannot hold', () => {
    expect(escapeXml(`a<b>&"c"'d'\u0001`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;');
  });

  it('writes well-formed GraphML with a typed key declared for every attribute', () => {
    const dataset = programme();
    const errors: string[] = [];
    const xml = new DOMParser({
      errorHandler: (level: string, message: unknown) => void errors.push(`${level}: ${String(message)}`),
    }).parseFromString(toGraphml(dataset), 'text/xml');
    expect(errors).toEqual([]);
    const keys = new Map(
      Array.from(xml.getElementsByTagName('key')).map((key) => [key.getAttribute('id'), key.getAttribute('attr.type')]),
    );
    const used = new Set(Array.from(xml.getElementsByTagName('data')).map((d) => d.getAttribute('key')));
    expect([...used].filter((key) => !keys.has(key))).toEqual([]);
    expect(keys.get('n_order')).toBe('int');
    expect(keys.get('e_order')).toBe('int');
    expect(xml.getElementsByTagName('node')).toHaveLength(73);
    expect(xml.getElementsByTagName('edge')).toHaveLength(109);

    const verdi = Array.from(xml.getElementsByTagName('node')).find((n) => n.getAttribute('id') === 'org:verdi')!;
    const values = Object.fromEntries(
      Array.from(verdi.getElementsByTagName('data')).map((d) => [d.getAttribute('key') ?? '', d.textContent]),
    );
    expect(values).toMatchObject({
      n_label: 'Ver.di',
      n_labels: ':Entity:Organisation',
      n_kind: 'UNION',
      n_aliases: 'verdi',
      n_basis: 'stated',
      n_citations: 'programme-2016-07-08-en#session-1;programme-2016-07-08-fr#session-1',
      n_dataset: 'programme-2016-07-08',
    });
    const sources = xml.getElementsByTagName('graph')[0]!.getElementsByTagName('data')[0]!.textContent;
    expect(sources).toContain(
      "programme-2016-07-08-fr: Faire collectif à l'heure du numérique (programme) (fr, France Stratégie, 2016-07-08, https://www.strategie.gouv.fr)",
    );
  });
});

describe('toGexf', () => {
  it('writes GEXF that graphology (as Gephi) reads back with labels and attributes', () => {
    const graph = parseGexf(Graph, toGexf(programme()));
    expect(graph.order).toBe(73);
    expect(graph.size).toBe(109);
    expect(graph.getNodeAttributes('org:alliance-francaise-des-designers')).toMatchObject({
      label: 'French Allianz for Design',
      nameFr: 'Alliance française des designers',
      nodeLabel: 'Organisation',
      kind: 'PROFESSIONAL_BODY',
      kindBasis: 'inferred',
    });
    expect(graph.getEdgeAttributes('person:claudio-treves|HOLDS_ROLE|org:nidil-cgil')).toMatchObject({
      label: 'HOLDS_ROLE',
      roleEn: 'General Secretary',
      roleFr: 'secrétaire général',
      basis: 'stated',
    });
    expect(graph.getAttribute('description')).toContain('programme-2016-07-08-en: ');
  });

  it("plays the programme's day: the event on its date, what it ties while it holds, the rest always", () => {
    const dataset = programme();
    const text = toGexf(dataset);
    const xml = new DOMParser().parseFromString(text, 'text/xml');
    const graphElement = xml.getElementsByTagName('graph')[0]!;
    expect([graphElement.getAttribute('mode'), graphElement.getAttribute('timeformat')]).toEqual(['dynamic', 'date']);
    const byId = new Map(Array.from(xml.getElementsByTagName('node')).map((node) => [node.getAttribute('id'), node]));
    const event = dataset.nodes.find((node) => node.label === 'Event')!;
    expect([byId.get(event.id)!.getAttribute('start'), byId.get(event.id)!.getAttribute('end')]).toEqual([
      event.date,
      event.date,
    ]);
    // A session is dated by its event's day.
    const partOf = dataset.relationships.filter((r) => r.type === 'PART_OF' && r.to === event.id);
    expect(partOf.length).toBeGreaterThan(0);
    for (const r of partOf) expect(byId.get(r.from)!.getAttribute('start')).toBe(event.date);
    const graph = parseGexf(Graph, text);
    expect(graph.getNodeAttributes(event.id)).toMatchObject({
      timeStart: event.date,
      timeStartPrecision: 'day',
      timeBasis: 'stated',
    });
    // The organiser is not dated itself: present while what ties it holds, which the project infers.
    const organiser = dataset.relationships.find((r) => r.type === 'ORGANISED' && r.to === event.id)!.from;
    expect(byId.get(organiser)!.getAttribute('start')).toBe(event.date);
    expect(graph.getNodeAttributes(organiser)).toMatchObject({ timeBasis: 'inferred' });
    expect(graph.getNodeAttributes(organiser)).not.toHaveProperty('timeStart');
    // A country is never dated: present on the day the organisations based in it are described as of.
    expect(byId.get('country:DE')!.getAttribute('start')).toBe(event.date);
    expect(graph.getNodeAttributes('country:DE')).toMatchObject({ timeBasis: 'inferred' });
    expect(graph.getAttribute('description')).toContain('timeBasis inferred');
  });
});

describe('time in the other formats', () => {
  it('GraphML keys and JSON `time` carry the dates of dated records', () => {
    const dataset = programme();
    const event = dataset.nodes.find((node) => node.label === 'Event')!;
    const graphml = new DOMParser().parseFromString(toGraphml(dataset), 'text/xml');
    const node = Array.from(graphml.getElementsByTagName('node')).find((n) => n.getAttribute('id') === event.id)!;
    const values = Object.fromEntries(
      Array.from(node.getElementsByTagName('data')).map((d) => [d.getAttribute('key') ?? '', d.textContent]),
    );
    expect(values).toMatchObject({ n_timeStart: event.date, n_timeFirstDay: event.date, n_timeLastDay: event.date });
    const document = JSON.parse(toJsonDocument(dataset)) as { nodes: { id: string; time?: unknown }[] };
    expect(document.nodes.find((n) => n.id === event.id)!.time).toEqual({
      start: event.date,
      startPrecision: 'day',
      end: event.date,
      endPrecision: 'day',
      asOf: null,
      firstDay: event.date,
      lastDay: event.date,
    });
    expect(document.nodes.find((n) => n.id === 'country:DE')).not.toHaveProperty('time');
  });
});
