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
});
