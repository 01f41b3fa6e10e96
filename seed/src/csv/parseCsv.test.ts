import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJsonDocument } from '../format/document';
import { ValidationError } from '../format/issues';
import { validateDocuments } from '../format/validate';
import { parseCsvDocument } from './parseCsv';
import { toCsv } from './writeCsv';

const NODES = [
  'id,label,nameEn,nameFr,aliases,kind,kindBasis,code,title,language,publisher,date,basis,citations',
  'src-en,Source,,,,,,,A programme,en,France Stratégie,2016-07-08,,',
  'org:verdi,Organisation,Ver.di,Ver.di,verdi;Ver.di,UNION,stated,,,,,,stated,src-en#session-1',
  'country:DE,Country,Germany,Allemagne,,,,DE,,,,,stated,src-en#session-1',
].join('\n');
const RELATIONSHIPS = [
  'source,target,type,order,basis,citations',
  'org:verdi,country:DE,BASED_IN,,stated,src-en#session-1',
].join('\n');

function csvProblems(nodes: string, relationships: string): string[] {
  try {
    validateDocuments([
      parseCsvDocument('in/nodes.csv', nodes, { dataset: 'x' }),
      parseCsvDocument('in/relationships.csv', relationships, { dataset: 'x' }),
    ]);
  } catch (error) {
    return (error as ValidationError).lines;
  }
  throw new Error('expected a ValidationError');
}

describe('parseCsvDocument', () => {
  it('reads a CSV pair into records: sources as Source rows, lists split, empty cells absent', () => {
    const dataset = validateDocuments([
      parseCsvDocument('nodes.csv', NODES, { dataset: 'x' }),
      parseCsvDocument('relationships.csv', RELATIONSHIPS, { dataset: 'x' }),
    ]);
    expect(dataset.sources).toEqual([
      {
        id: 'src-en',
        title: 'A programme',
        language: 'en',
        publisher: 'France Stratégie',
        date: '2016-07-08',
        dataset: 'x',
      },
    ]);
    expect(dataset.nodes[0]).toEqual({
      id: 'org:verdi',
      label: 'Organisation',
      nameEn: 'Ver.di',
      nameFr: 'Ver.di',
      aliases: ['verdi', 'Ver.di'],
      kind: 'UNION',
      kindBasis: 'stated',
      basis: 'stated',
      citations: ['src-en#session-1'],
      dataset: 'x',
    });
    expect(dataset.relationships).toEqual([
      {
        id: 'org:verdi|BASED_IN|country:DE',
        type: 'BASED_IN',
        from: 'org:verdi',
        to: 'country:DE',
        basis: 'stated',
        citations: ['src-en#session-1'],
        dataset: 'x',
      },
    ]);
  });

  it('names the file, line, row and field of each problem', () => {
    const nodes = NODES.replace('UNION,stated', 'UNIONS,stated').replace(',DE,,,,,stated', ',XX,,,,,stated');
    const relationships = `${RELATIONSHIPS}\n"org:verdi",country:FR,BASED_IN,1,stated,"src-en#session-1"`;
    expect(csvProblems(nodes, relationships)).toEqual([
      'in/nodes.csv:3: nodes[1] (org:verdi) .kind: expected one of UNION, UNION_INITIATIVE, COOPERATIVE, ONLINE_COMMUNITY, COWORKING_COLLECTIVE, PROFESSIONAL_BODY, RESEARCH_INSTITUTE, PUBLIC_BODY, NETWORK, UNSPECIFIED, COMPANY, got "UNIONS"',
      'in/nodes.csv:4: nodes[2] (country:DE) .code: "XX" is not an ISO 3166-1 alpha-2 country code',
      'in/relationships.csv:3: relationships[1] (org:verdi|BASED_IN|country:FR) .order: unknown field for BASED_IN',
      'in/relationships.csv:3: relationships[1] (org:verdi|BASED_IN|country:FR) .target: unknown node "country:FR"',
    ]);
  });

  it('counts lines of quoted multi-line cells, and reports header problems', () => {
    const nodes =
      NODES.replace('Allemagne', '"Alle\nmagne"') + '\norg:x,Organisation,X,X,,UNION,stated,,,,,,stated,nope#a';
    expect(csvProblems(nodes, RELATIONSHIPS)).toEqual([
      'in/nodes.csv:6: nodes[3] (org:x) .citations[0]: unknown source "nope" (not in the data nor in the graph)',
    ]);
    expect(csvProblems('id,label,colour\n', RELATIONSHIPS)[0]).toBe(
      'in/nodes.csv:1: unknown column "colour" (expected id, label, nameEn, nameFr, aliases, translatedByProject, descriptionEn, descriptionFr, kind, kindBasis, kindNote, url, code, date, startTime, endTime, formatEn, formatFr, address, city, questionsEn, questionsFr, obstaclesEn, obstaclesFr, audienceEn, audienceFr, aimEn, aimFr, scopeEn, scopeFr, order, themeEn, themeFr, title, language, publisher, asOf, timeStart, timeStartPrecision, timeEnd, timeEndPrecision, timeAsOf, basis, citations, quotes, note, dataset, timeFirstDay, timeLastDay)',
    );
    expect(csvProblems('name,colour\n', RELATIONSHIPS)[0]).toBe(
      'in/nodes.csv:1: expected a nodes header (id,label,…) or a relationships header (source,target,type,…)',
    );
  });

  it('names the source and target columns in messages about endpoints', () => {
    const relationships = `${RELATIONSHIPS}\n,country:DE,BASED_IN,,stated,src-en#session-1`;
    expect(csvProblems(NODES, relationships)).toEqual(['in/relationships.csv:3: relationships[1] .source: required']);
  });

  it('accepts Neo4j admin-import headers', () => {
    const document = parseCsvDocument('r.csv', ':START_ID,:END_ID,:TYPE,order:int\na,b,SPEAKS_IN,2\n', {
      dataset: 'x',
    });
    expect(document.issues).toEqual([]);
    expect(document.records[0]!.value).toEqual({ from: 'a', to: 'b', type: 'SPEAKS_IN', order: 2 });
  });
});

describe('toCsv', () => {
  it('writes the programme as a CSV pair that reads back to the same data set', () => {
    const text = readFileSync(new URL('../../data/programme-2016-07-08.json', import.meta.url), 'utf8');
    const dataset = validateDocuments([parseJsonDocument('programme.json', text)]);
    const csv = toCsv(dataset);
    expect(csv.nodes.split('\n')[0]).toBe(
      'id,label,nameEn,nameFr,aliases,translatedByProject,descriptionEn,descriptionFr,kind,kindBasis,kindNote,url,code,date,startTime,endTime,formatEn,formatFr,address,city,questionsEn,questionsFr,obstaclesEn,obstaclesFr,audienceEn,audienceFr,aimEn,aimFr,scopeEn,scopeFr,order,themeEn,themeFr,title,language,publisher,asOf,timeStart,timeStartPrecision,timeEnd,timeEndPrecision,timeAsOf,basis,citations,quotes,note,dataset,timeFirstDay,timeLastDay',
    );
    // The event is dated: its dates are written, and the days they stand for last, which reading
    // leaves to the graph to derive.
    const event = csv.nodes.split('\n').find((line) => line.startsWith('event:'));
    expect(event).toMatch(/,2016-07-08,day,2016-07-08,day,,/);
    expect(event).toMatch(/,2016-07-08,2016-07-08$/);
    const back = validateDocuments([
      parseCsvDocument('nodes.csv', csv.nodes),
      parseCsvDocument('relationships.csv', csv.relationships),
    ]);
    expect(back).toEqual(dataset);
  });
});
