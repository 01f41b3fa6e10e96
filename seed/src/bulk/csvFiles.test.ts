import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseJsonDocument } from '../format/document';
import type { Dataset } from '../format/schema';
import { validateDocuments } from '../format/validate';
import { LoadError } from '../load/loadDataset';
import { writeBulkCsv, type BulkCsv } from './csvFiles';

const PROGRAMME = new URL('../../data/programme-2016-07-08.json', import.meta.url);
const programme = (): Dataset =>
  validateDocuments([parseJsonDocument('programme-2016-07-08.json', readFileSync(PROGRAMME, 'utf8'))]);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'seed-bulk-csv-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The header line, then the rows. */
async function lines(csv: BulkCsv, group: string): Promise<string[]> {
  const file = csv.files.find((f) => f.group === group)!;
  return [
    ...(await readFile(file.header, 'utf8')).split('\n').slice(0, 1),
    ...(await readFile(file.path, 'utf8')).split('\n'),
  ];
}

describe('the bulk import CSV files', () => {
  it('has a file per label and type, typed headers and the stored properties', async () => {
    const csv = await writeBulkCsv(programme(), join(dir, 'programme'));
    expect(csv.files.map((file) => basename(file.path))).toEqual([
      '00-nodes-Source.csv',
      '01-nodes-Event.csv',
      '02-nodes-Session.csv',
      '03-nodes-Person.csv',
      '04-nodes-Organisation.csv',
      '05-nodes-Country.csv',
      '06-nodes-WorkerType.csv',
      '07-nodes-OrganisingForm.csv',
      // 08 and 09 are collective actions and struggles, which the programme has none of.
      '10-relationships-HOLDS_ROLE.csv',
      '11-relationships-SPEAKS_IN.csv',
      '12-relationships-PART_OF.csv',
      '13-relationships-ORGANISED.csv',
      '14-relationships-CO_ORGANISED.csv',
      '15-relationships-LEADS.csv',
      '16-relationships-HELD_IN.csv',
      '17-relationships-BASED_IN.csv',
      '18-relationships-ORGANISES.csv',
      '19-relationships-USES_FORM.csv',
      '20-relationships-CONCERNS.csv',
      '21-relationships-SUBTYPE_OF.csv',
    ]);
    expect(csv.files.map((file) => basename(file.header))[0]).toBe('00-nodes-Source.header.csv');
    expect(csv.files.reduce((sum, file) => sum + file.rows, 0)).toBe(2 + 73 + 109);
    expect(csv.arrayDelimiter).toBe('\u001f');

    const sessions = await lines(csv, 'Session');
    const header = sessions[0]!.split(',');
    expect(header.slice(0, 2)).toEqual(['id:ID(Entity)', ':LABEL']);
    expect(header).toEqual(
      expect.arrayContaining([
        'order:long',
        'citations:string[]',
        'aliases:string[]',
        'searchText:string',
        'dataset:string',
      ]),
    );
    expect(header).not.toContain('label:string');
    expect(header).not.toContain('id:string');
    expect(sessions[1]).toMatch(/^"session:[^"]+",/);
    expect(sessions[1]!.split(',')[1]).toBe('"Entity\u001fSession"');
    expect(sessions[1]!.split(',')).toHaveLength(header.length);

    const sources = await lines(csv, 'Source');
    expect(sources[0]!.split(',').slice(0, 2)).toEqual(['id:ID(Source)', ':LABEL']);
    expect(sources[1]).toMatch(/^"programme-2016-07-08-(en|fr)","Source",/);

    const roles = await lines(csv, 'HOLDS_ROLE');
    expect(roles[0]!.split(',').slice(0, 3)).toEqual([':START_ID(Entity)', ':END_ID(Entity)', ':TYPE']);
    expect(roles[0]).toContain(',id:string');
    expect(roles[1]).toMatch(/^"person:[^"]+","org:[^"]+","HOLDS_ROLE",/);

    // A person without aliases: the importer cannot write an empty list, so it is set afterwards.
    const people = csv.emptyLists.find((list) => list.group === 'Person');
    expect(people).toMatchObject({ kind: 'nodes', property: 'aliases', everyRow: true });
    expect(people!.ids).toHaveLength(11);
  });

  it('quotes every text, doubles its quotes, and picks a list delimiter no item contains', async () => {
    const dataset = programme();
    const org = dataset.nodes.find((node) => node.label === 'Organisation')!;
    Object.assign(org, {
      nameEn: 'Say "hi", or not \\ back',
      descriptionEn: 'two\nlines',
      aliases: ['a;b', 'c|d', 'Zoë 🙂', 'unit\u001fseparator'],
    });
    const csv = await writeBulkCsv(dataset, join(dir, 'tricky'));
    expect(csv.arrayDelimiter).toBe('\u001e');
    const text = (await lines(csv, 'Organisation')).join('\n');
    expect(text).toContain('"Say ""hi"", or not \\ back"');
    expect(text).toContain('"two\nlines"');
    expect(text).toContain('"a;b\u001ec|d\u001eZoë 🙂\u001eunit\u001fseparator"');
    expect(text).toContain(`"Entity\u001eOrganisation"`);
    expect(csv.files.filter((file) => file.multiline).map((file) => file.group)).toEqual(['Organisation']);
  });

  it('refuses a column whose values the importer could not type alike', async () => {
    const dataset = programme();
    const sessions = dataset.nodes.filter((node) => node.label === 'Session');
    (sessions[1] as { order: number }).order = 1.5;
    const error = await writeBulkCsv(dataset, join(dir, 'mixed')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as Error).message).toMatch(
      /Session\.order is (long|double) in some rows and (long|double) in others/,
    );
  });
});
