import { describe, expect, it } from 'vitest';
import { parseJsonDocument } from './document';
import { ValidationError } from './issues';
import { validateDataset, validateDocuments } from './validate';

const FILE = 'seed/data/x.json';

/** A small valid data set; each test breaks one thing. */
type Fields = Record<string, unknown>;

function dataset(): { dataset?: string; sources: Fields[]; nodes: Fields[]; relationships: Fields[] } {
  return {
    dataset: 'x',
    sources: [
      { id: 'src-en', title: 'A programme', language: 'en', publisher: 'France Stratégie', date: '2016-07-08' },
    ],
    nodes: [
      {
        id: 'person:ann',
        label: 'Person',
        nameEn: 'Ann',
        nameFr: 'Ann',
        basis: 'stated',
        citations: ['src-en#session-1'],
      },
      {
        id: 'org:ig-metall',
        label: 'Organisation',
        nameEn: 'IG Metall',
        nameFr: 'IG Metall',
        kind: 'UNION',
        kindBasis: 'stated',
        basis: 'stated',
        citations: ['src-en#session-1'],
      },
      {
        id: 'country:DE',
        label: 'Country',
        code: 'DE',
        nameEn: 'Germany',
        nameFr: 'Allemagne',
        basis: 'stated',
        citations: ['src-en#session-1'],
      },
    ],
    relationships: [
      {
        type: 'HOLDS_ROLE',
        from: 'person:ann',
        to: 'org:ig-metall',
        roleEn: 'Leader',
        roleFr: 'pilote',
        basis: 'stated',
        citations: ['src-en#session-1'],
      },
      { type: 'BASED_IN', from: 'org:ig-metall', to: 'country:DE', basis: 'stated', citations: ['src-en#session-1'] },
    ],
  };
}

function problems(value: unknown): string[] {
  try {
    validateDataset(value, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).lines;
  }
  throw new Error('expected a ValidationError');
}

describe('validateDataset', () => {
  it('accepts a valid data set and resolves data set names, aliases and relationship ids', () => {
    const result = validateDataset(dataset(), FILE);
    expect(result.sources).toEqual([{ ...dataset().sources[0], dataset: 'x' }]);
    expect(result.nodes.map((node) => [node.id, node.dataset, node.aliases])).toEqual([
      ['person:ann', 'x', []],
      ['org:ig-metall', 'x', []],
      ['country:DE', 'x', []],
    ]);
    expect(result.relationships.map((r) => r.id)).toEqual([
      'person:ann|HOLDS_ROLE|org:ig-metall',
      'org:ig-metall|BASED_IN|country:DE',
    ]);
  });

  it('names an enum value out of range with the allowed values', () => {
    const data = dataset();
    data.nodes[1]!.kind = 'TRADE_UNION';
    expect(problems(data)).toEqual([
      'seed/data/x.json: nodes[1] (org:ig-metall) .kind: expected one of UNION, UNION_INITIATIVE, COOPERATIVE, ONLINE_COMMUNITY, COWORKING_COLLECTIVE, PROFESSIONAL_BODY, RESEARCH_INSTITUTE, PUBLIC_BODY, NETWORK, UNSPECIFIED, COMPANY, got "TRADE_UNION"',
    ]);
  });

  it('reports an unknown relationship endpoint', () => {
    const data = dataset();
    data.relationships[1]!.to = 'country:XX';
    expect(problems(data)).toEqual([
      'seed/data/x.json: relationships[1] (org:ig-metall|BASED_IN|country:XX) .to: unknown node "country:XX"',
    ]);
  });

  it('reports a duplicate id, pointing at the first one', () => {
    const data = dataset();
    data.nodes.push({ ...data.nodes[0]!, nameEn: 'Ann again' });
    expect(problems(data)).toEqual([
      'seed/data/x.json: nodes[3] (person:ann) .id: duplicate id "person:ann" (first at nodes[0])',
    ]);
  });

  it('reports a duplicate relationship (same default id)', () => {
    const data = dataset();
    data.relationships.push({ ...data.relationships[1]! });
    expect(problems(data)).toEqual([
      'seed/data/x.json: relationships[2] (org:ig-metall|BASED_IN|country:DE) .id: duplicate id "org:ig-metall|BASED_IN|country:DE" (first at relationships[1])',
    ]);
  });

  it('reports a country code that is not ISO 3166-1 alpha-2', () => {
    const data = dataset();
    data.nodes[2] = { ...data.nodes[2]!, id: 'country:UK', code: 'UK' };
    data.relationships[1]!.to = 'country:UK';
    expect(problems(data)).toEqual([
      'seed/data/x.json: nodes[2] (country:UK) .code: "UK" is not an ISO 3166-1 alpha-2 country code',
    ]);
  });

  it('reports a citation of a source that is not defined', () => {
    const data = dataset();
    data.nodes[0]!.citations = ['src-en#session-1', 'src-fr#session-1'];
    expect(problems(data)).toEqual([
      'seed/data/x.json: nodes[0] (person:ann) .citations[1]: unknown source "src-fr" (not in the data nor in the graph)',
    ]);
  });

  it('reports a record without citations', () => {
    const data = dataset();
    data.nodes[0]!.citations = [];
    expect(problems(data)).toEqual(['seed/data/x.json: nodes[0] (person:ann) .citations: needs at least one citation']);
  });

  it('reports a relationship type not allowed between those labels', () => {
    const data = dataset();
    data.relationships.push({
      type: 'BASED_IN',
      from: 'person:ann',
      to: 'country:DE',
      basis: 'stated',
      citations: ['src-en#x'],
    });
    data.relationships.push({
      type: 'HOLDS_ROLE',
      from: 'person:ann',
      to: 'country:DE',
      basis: 'stated',
      citations: ['src-en#x'],
    });
    expect(problems(data)).toEqual([
      'seed/data/x.json: relationships[2] (person:ann|BASED_IN|country:DE) .from: BASED_IN must start at Organisation, not at Person ("person:ann")',
      'seed/data/x.json: relationships[3] (person:ann|HOLDS_ROLE|country:DE) .to: HOLDS_ROLE from Person must end at Organisation, not at Country ("country:DE")',
    ]);
  });

  it('requires a note on an inferred fact, and a kindNote on an inferred kind', () => {
    const data = dataset();
    data.relationships[1]!.basis = 'inferred';
    data.nodes[1]!.kindBasis = 'inferred';
    expect(problems(data)).toEqual([
      'seed/data/x.json: nodes[1] (org:ig-metall) .kindNote: required when kindBasis is "inferred" (say why the kind follows)',
      'seed/data/x.json: relationships[1] (org:ig-metall|BASED_IN|country:DE) .note: required when basis is "inferred" (say why it follows)',
    ]);
  });

  it('reports unknown fields, missing fields and bad ids together', () => {
    const data = dataset();
    Object.assign(data.nodes[0]!, { id: 'ann', founded: 1999 });
    delete data.nodes[0]!.nameFr;
    data.relationships[0]!.basis = 'stated';
    Object.assign(data.relationships[0]!, { from: 'ann', order: 'first' });
    expect(problems(data)).toEqual([
      'seed/data/x.json: nodes[0] (ann) .id: expected "person:" followed by letters, digits, ".", "_" or "-", got "ann"',
      'seed/data/x.json: nodes[0] (ann) .nameFr: required',
      'seed/data/x.json: nodes[0] (ann) .founded: unknown field for Person',
      'seed/data/x.json: relationships[0] (ann|HOLDS_ROLE|org:ig-metall) .order: unknown field for HOLDS_ROLE',
    ]);
  });

  it('reports a missing or unknown label, and a missing data set name', () => {
    const data = dataset();
    delete data.dataset;
    data.nodes.push({ id: 'x:y', label: 'Thing' });
    expect(problems(data)).toEqual([
      'seed/data/x.json: .dataset: required: the name of the data set',
      'seed/data/x.json: sources[0] (src-en) .dataset: required: name the data set (a "dataset" field, or a default for the file)',
      'seed/data/x.json: nodes[0] (person:ann) .dataset: required: name the data set (a "dataset" field, or a default for the file)',
      'seed/data/x.json: nodes[1] (org:ig-metall) .dataset: required: name the data set (a "dataset" field, or a default for the file)',
      'seed/data/x.json: nodes[2] (country:DE) .dataset: required: name the data set (a "dataset" field, or a default for the file)',
      'seed/data/x.json: nodes[3] (x:y) .label: expected one of Event, Session, Person, Organisation, Country, WorkerType, OrganisingForm, CollectiveAction, Struggle',
      'seed/data/x.json: relationships[0] (person:ann|HOLDS_ROLE|org:ig-metall) .dataset: required: name the data set (a "dataset" field, or a default for the file)',
      'seed/data/x.json: relationships[1] (org:ig-metall|BASED_IN|country:DE) .dataset: required: name the data set (a "dataset" field, or a default for the file)',
    ]);
  });

  it('requires UNSPECIFIED kinds to be inferred', () => {
    const data = dataset();
    data.nodes[1]!.kind = 'UNSPECIFIED';
    expect(problems(data)).toEqual([
      'seed/data/x.json: nodes[1] (org:ig-metall) .kindBasis: must be "inferred" when kind is UNSPECIFIED (no source states it)',
    ]);
  });

  it('resolves references against what the graph already holds', () => {
    const data = dataset();
    data.sources = [];
    data.nodes = [data.nodes[0]!];
    const result = validateDataset(data, FILE, {
      known: {
        nodes: new Map([
          ['org:ig-metall', 'Organisation'],
          ['country:DE', 'Country'],
        ]),
        sources: new Set(['src-en']),
      },
    });
    expect(result.nodes).toHaveLength(1);
    expect(result.relationships).toHaveLength(2);
  });

  it("accepts quotes from the record's citations and fields marked as the project's translation", () => {
    const data = dataset();
    Object.assign(data.nodes[0]!, { translatedByProject: ['nameFr'], quotes: ['src-en#session-1: Ann, Leader'] });
    Object.assign(data.relationships[0]!, { quotes: ['src-en#session-1: Leader'] });
    const result = validateDataset(data, FILE);
    expect(result.nodes[0]).toMatchObject({
      translatedByProject: ['nameFr'],
      quotes: ['src-en#session-1: Ann, Leader'],
    });
    expect(result.relationships[0]).toMatchObject({ quotes: ['src-en#session-1: Leader'] });
  });

  it("reports a quote not from the record's citations, or without words, and a translation mark on a missing field", () => {
    const data = dataset();
    Object.assign(data.nodes[0]!, {
      translatedByProject: ['descriptionEn', 'title'],
      quotes: ['src-en#session-2: Ann', 'src-en#session-1'],
    });
    expect(problems(data)).toEqual([
      'seed/data/x.json: nodes[0] (person:ann) .translatedByProject[1]: expected one of nameEn, nameFr, descriptionEn, descriptionFr, got "title"',
      'seed/data/x.json: nodes[0] (person:ann) .quotes[1]: expected "<sourceId>#<locator>: <the source\'s words>" (at most 200 characters of words)',
    ]);
    data.nodes[0]!.translatedByProject = ['descriptionEn'];
    data.nodes[0]!.quotes = ['src-en#session-2: Ann'];
    expect(problems(data)).toEqual([
      'seed/data/x.json: nodes[0] (person:ann) .quotes[0]: quotes "src-en#session-2", which is not one of the record\'s citations',
      'seed/data/x.json: nodes[0] (person:ann) .translatedByProject[0]: marks descriptionEn as translated, but the record has no descriptionEn',
    ]);
  });

  it('resolves references across files, and reports file-level problems', () => {
    const { relationships, ...definitions } = dataset();
    const a = parseJsonDocument('a.json', JSON.stringify(definitions));
    const b = parseJsonDocument('b.json', JSON.stringify({ dataset: 'y', relationships }));
    const result = validateDocuments([a, b]);
    expect(result.relationships.map((r) => r.dataset)).toEqual(['y', 'y']);

    const broken = parseJsonDocument('c.json', '{"dataset": "y", "nodes": {}, "extra": 1,}');
    expect(() => validateDocuments([broken])).toThrow(/^1 problem in the data:\nc\.json: not valid JSON: /);
    const shaped = parseJsonDocument('c.json', '{"dataset": "y", "nodes": {}, "extra": 1}');
    expect(() => validateDocuments([shaped])).toThrow(
      '2 problems in the data:\nc.json: .extra: unknown field (expected dataset, sources, nodes, relationships)\nc.json: .nodes: expected an array',
    );
  });
});
