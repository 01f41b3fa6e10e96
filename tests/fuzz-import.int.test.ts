import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importData, type ImportRequest } from '@faire-collectif/api';
import type { Database } from '@faire-collectif/neo4j';
import { ValidationError, parseCsvDocument, parseJsonDocument, validateDocuments } from '@faire-collectif/seed';
import { graphChecksum } from '../api/scripts/graphSnapshot';
import { seedProgramme, startApi, type RunningApi } from './api-harness';
import { testDatabase } from '@faire-collectif/seed/testing';

// Property-based fuzzing of the importer's input: valid documents broken at random (fields
// removed or replaced, values of the wrong type, truncated text, stray bytes, duplicated ids) in
// the JSON format and the CSV pair. The parsers and the validator never fail otherwise than with
// the problems listed; an import refused leaves the graph exactly as it was; nothing ever crashes.

const KEY = 'fuzz-key-0123456789abcdef';
const citations = ['programme-2016-07-08-en#session-1'];

/** A small valid data set that refers to the programme already in the graph. */
function validDocument(): Record<string, unknown> {
  return {
    dataset: 'fuzz',
    sources: [
      {
        id: 'fuzz-source',
        title: 'A source',
        language: 'en',
        publisher: 'Us',
        date: '2020-01-01',
        url: 'https://example.org',
      },
    ],
    nodes: [
      {
        id: 'org:fuzz-union',
        label: 'Organisation',
        nameEn: 'Fuzz union',
        nameFr: 'Syndicat fuzz',
        kind: 'UNION',
        kindBasis: 'stated',
        basis: 'stated',
        citations: ['fuzz-source#a'],
      },
      {
        id: 'worker:fuzzers',
        label: 'WorkerType',
        nameEn: 'Fuzzers',
        nameFr: 'Fuzzeurs',
        basis: 'inferred',
        note: 'n',
        citations,
      },
    ],
    relationships: [
      { type: 'BASED_IN', from: 'org:fuzz-union', to: 'country:DE', basis: 'stated', citations },
      { type: 'ORGANISES', from: 'org:fuzz-union', to: 'worker:fuzzers', basis: 'stated', citations },
    ],
  };
}

const VALID_CSV = {
  nodes: `id,label,nameEn,nameFr,kind,kindBasis,basis,citations\norg:csv-fuzz,Organisation,CSV fuzz,CSV fuzz,UNION,stated,stated,${citations[0]}\n`,
  relationships: `source,target,type,basis,citations\norg:csv-fuzz,country:FR,BASED_IN,stated,${citations[0]}\n`,
};

const oddText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.constantFrom(
    '',
    ' ',
    '"',
    '\n',
    ',',
    ';',
    '\u0000',
    '\uFEFF',
    'org:',
    'country:XX',
    'null',
    '{',
    '🙂',
    "x'; MATCH (n) DETACH DELETE n //",
  ),
);
const oddValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), oddText);

/** One random change to a document: the path to change and what to do there. */
const jsonMutation = fc.record({
  list: fc.constantFrom('sources', 'nodes', 'relationships', 'dataset', 'extra'),
  index: fc.nat({ max: 2 }),
  field: fc.constantFrom(
    'id',
    'label',
    'nameEn',
    'kind',
    'basis',
    'citations',
    'from',
    'to',
    'type',
    'date',
    'code',
    'note',
    'unknownField',
  ),
  action: fc.constantFrom('delete', 'replace', 'duplicate', 'wrap'),
  value: oddValue,
});

type MutationShape = { list: string; index: number; field: string; action: string; value: unknown };

function mutate(document: Record<string, unknown>, change: MutationShape): void {
  const { list, index, field, action, value } = change;
  if (list === 'dataset' || list === 'extra') {
    if (action === 'delete') delete document[list === 'extra' ? 'sources' : 'dataset'];
    else document[list] = value;
    return;
  }
  const records = document[list];
  if (!Array.isArray(records)) return;
  if (action === 'wrap') {
    document[list] = value;
    return;
  }
  // An earlier change may have put any JSON value in the list: only records can be edited.
  const record: unknown = records[index % Math.max(records.length, 1)];
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return;
  const fields = record as Record<string, unknown>;
  if (action === 'delete') delete fields[field];
  else if (action === 'replace') fields[field] = value;
  else records.push({ ...fields });
}

/** A JSON text: a valid document with 0 to 3 random changes, sometimes cut short or with stray text. */
const jsonText = fc
  .record({
    changes: fc.array(jsonMutation, { maxLength: 3 }),
    cut: fc.option(fc.nat({ max: 2000 }), { nil: undefined, freq: 4 }),
    stray: fc.option(oddText, { nil: undefined, freq: 4 }),
  })
  .map(({ changes, cut, stray }) => {
    const document = validDocument();
    for (const change of changes) mutate(document, change);
    let text = JSON.stringify(document);
    if (cut !== undefined) text = text.slice(0, cut % (text.length + 1));
    if (stray !== undefined) text = `${text}${stray}`;
    return text;
  });

/** A CSV text: the valid file with a random line, cell or character changed. */
const csvText = (valid: string) =>
  fc
    .record({
      line: fc.nat({ max: 3 }),
      cell: fc.nat({ max: 9 }),
      value: oddText,
      cut: fc.option(fc.nat({ max: 300 }), { nil: undefined }),
    })
    .map(({ line, cell, value, cut }) => {
      const lines = valid.split('\n');
      const target = lines[line % lines.length]!.split(',');
      target[cell % Math.max(target.length, 1)] = value;
      lines[line % lines.length] = target.join(',');
      const text = lines.join('\n');
      return cut === undefined ? text : text.slice(0, cut);
    });

const importRequest: fc.Arbitrary<ImportRequest> = fc.oneof(
  { weight: 3, arbitrary: jsonText.map((json) => ({ json })) },
  {
    weight: 2,
    arbitrary: fc
      .record({
        nodes: csvText(VALID_CSV.nodes),
        relationships: csvText(VALID_CSV.relationships),
        dataset: fc.option(oddText, { nil: null }),
      })
      .map((csv) => ({ csv })),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      json: fc.option(jsonText, { nil: null }),
      mode: fc.constantFrom('MERGE' as const, 'REPLACE' as const),
    }),
  },
);

let db: Database;
let api: RunningApi;

beforeAll(async () => {
  db = testDatabase();
  await seedProgramme(db);
  api = await startApi(db, { apiKey: KEY });
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('the parsers and the validator (in-process)', () => {
  it('turn any text into documents, and documents into a data set or a list of problems', () => {
    fc.assert(
      fc.property(
        jsonText,
        csvText(VALID_CSV.nodes),
        csvText(VALID_CSV.relationships),
        (json, nodes, relationships) => {
          const documents = [
            parseJsonDocument('json', json),
            parseCsvDocument('csv.nodes', nodes),
            parseCsvDocument('csv.relationships', relationships),
          ];
          for (const group of [[documents[0]!], [documents[1]!, documents[2]!]]) {
            try {
              const dataset = validateDocuments(group);
              expect(Array.isArray(dataset.nodes)).toBe(true);
            } catch (error) {
              expect(error).toBeInstanceOf(ValidationError);
              expect((error as ValidationError).issues.length).toBeGreaterThan(0);
            }
          }
        },
      ),
      { numRuns: 2500 },
    );
  });
});

describe('imports against the real database', () => {
  it('write everything or nothing: a refused import leaves the graph unchanged', async () => {
    const programme = await graphChecksum(db);
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(importRequest, async (request) => {
        const before = await graphChecksum(db);
        const outcome = await importData(db, request);
        const after = await graphChecksum(db);
        if (outcome.userErrors.length > 0) {
          expect(outcome.summary).toBeNull();
          expect(after).toEqual(before);
          for (const error of outcome.userErrors) {
            expect(['INVALID_INPUT', 'INVALID_DATA', 'CONFLICT']).toContain(error.code);
            expect(error.field.length).toBeGreaterThan(0);
          }
        } else {
          accepted += 1;
          expect(outcome.summary).not.toBeNull();
          // Put the programme back for the next case.
          if (after.sha256 !== programme.sha256) await seedProgramme(db);
        }
      }),
      { numRuns: 120 },
    );
    expect(accepted).toBeLessThan(120);
  }, 240_000);

  it('answer over HTTP without a 5xx, and leave the graph unchanged when refused', async () => {
    await fc.assert(
      fc.asyncProperty(importRequest, async (input) => {
        const before = await graphChecksum(db);
        const answer = await api.post<{ importData: { userErrors: unknown[] } }>(
          'mutation($input: ImportDataInput!) { importData(input: $input) { summary { changed } userErrors { code } } }',
          { input },
          { authorization: `Bearer ${KEY}` },
        );
        expect(answer.status).toBeLessThan(500);
        expect(answer.body.errors ?? []).toEqual([]);
        if (answer.body.data?.importData.userErrors.length) expect(await graphChecksum(db)).toEqual(before);
        else await seedProgramme(db);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
