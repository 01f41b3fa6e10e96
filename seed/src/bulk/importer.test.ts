import { describe, expect, it } from 'vitest';
import type { BulkCsv, BulkCsvFile } from './csvFiles';
import { importedCounts, importerArguments, importerFailure } from './importer';

const files: BulkCsvFile[] = (
  [
    { kind: 'nodes', group: 'Source', path: '/s/csv/00-nodes-Source.csv', rows: 2, multiline: false },
    { kind: 'nodes', group: 'Session', path: '/s/csv/01-nodes-Session.csv', rows: 5, multiline: true },
    { kind: 'relationships', group: 'LEADS', path: '/s/csv/02-relationships-LEADS.csv', rows: 2, multiline: false },
  ] as const
).map((file) => ({ ...file, header: file.path.replace('.csv', '.header.csv') }));
const csv: BulkCsv = { files, arrayDelimiter: '\u001f', emptyLists: [], nodes: 5, relationships: 2, sources: 2 };

// What the importer prints (with --verbose) when it refuses data, shortened.
const stack = ['\tat org.neo4j.importer.FileImporter.doImport(FileImporter.java:235)', '\t... 13 more'];
const badValue = [
  'IMPORT FAILED in 682ms. ',
  'Error in input data',
  'org.neo4j.cli.CommandFailedException: Error importing csv file.',
  ...stack,
  'Caused by: org.neo4j.importer.FileImporter$CsvImportException: org.neo4j.internal.batchimport.input.InputException: ERROR in input',
  '  data source: BufferedCharSeeker[source:/s/csv/01-nodes-Session.csv, position:40, line:3]',
  '  in field: order:long:4',
  '  for header: [id:ID(Entity), :LABEL, nameEn, order:long]',
  '  raw field value: abc',
  '  original error: Not an integer: "abc"',
  ...stack,
  'Caused by: java.lang.NumberFormatException: Not an integer: "abc"',
  ...stack,
];
const duplicate = [
  'WARNING: heap size 512.0MiB may be too small to complete this import. Suggested heap size is 1.000GiBNodes, started 2026-12-01 08:36:43.967+0000',
  'IMPORT FAILED in 2s 120ms. ',
  'org.neo4j.cli.CommandFailedException: Error importing csv file.',
  ...stack,
  "Caused by: org.neo4j.importer.FileImporter$CsvImportException: java.lang.RuntimeException: java.util.concurrent.ExecutionException: org.neo4j.internal.batchimport.cache.idmapping.string.DuplicateInputIdException: Id 'org:a' is defined more than once in group 'Entity'",
  ...stack,
  "Caused by: org.neo4j.internal.batchimport.cache.idmapping.string.DuplicateInputIdException: Id 'org:a' is defined more than once in group 'Entity'",
  ...stack,
];
const missing = [
  'org.neo4j.cli.CommandFailedException: Error importing csv file.',
  ...stack,
  'Caused by: org.neo4j.internal.batchimport.input.InputException: ERROR in input',
  ...stack,
  'Caused by: org.neo4j.internal.batchimport.input.InputException: org:a (Entity)-[LEADS]->org:zz (Entity) referring to missing node org:zz',
  ...stack,
];

describe('the offline importer', () => {
  it('is given the files, fault-free settings and the list delimiter', () => {
    const args = importerArguments(csv, '/s/import.report');
    expect(args.slice(0, 4)).toEqual(['database', 'import', 'full', 'neo4j']);
    // A header file, then the rows: the importer reads them as one file.
    expect(args).toContain('--nodes=/s/csv/00-nodes-Source.header.csv,/s/csv/00-nodes-Source.csv');
    expect(args).toContain(
      '--relationships=/s/csv/02-relationships-LEADS.header.csv,/s/csv/02-relationships-LEADS.csv',
    );
    expect(args).toContain('--array-delimiter=U+001F');
    expect(args).toContain('--bad-tolerance=0');
    expect(args).toContain('--ignore-empty-strings=false');
    expect(args).toContain('--report-file=/s/import.report');
    // Only the file with a value over several lines is parsed in one piece.
    expect(args).toContain('--multiline-fields=/s/csv/01-nodes-Session.csv');
    expect(importerArguments({ ...csv, arrayDelimiter: ';', files: [files[0]!] }, 'r')).not.toContainEqual(
      expect.stringMatching(/multiline/),
    );
  });

  it('reads what it imported and how long it took', () => {
    const lines = ['IMPORT DONE in 1m 2s 175ms. ', 'Imported:', '  67 nodes', '  79 relationships', '  974 properties'];
    expect(importedCounts(lines)).toEqual({ nodes: 67, relationships: 79, properties: 974, seconds: 62.175 });
    expect(importedCounts(['IMPORT FAILED in 682ms.'])).toBeUndefined();
  });

  it('says why it refused the data in one sentence, without a stack trace', () => {
    expect(importerFailure(badValue, files)).toBe(
      'Not an integer: "abc" (in the Session nodes, row 4, field order:long, value "abc")',
    );
    expect(importerFailure(duplicate, files)).toBe(
      "Id 'org:a' is defined more than once in group 'Entity' " +
        '(heap size 512.0MiB may be too small to complete this import. Suggested heap size is 1.000GiB)',
    );
    expect(
      importerFailure(missing, files, 'org:a (Entity)-[LEADS]->org:zz (Entity) referring to missing node org:zz\n'),
    ).toBe('org:a (Entity)-[LEADS]->org:zz (Entity) referring to missing node org:zz');
    for (const output of [badValue, duplicate, missing]) {
      expect(importerFailure(output, files)).not.toMatch(/\tat |Exception|\.java/);
    }
    expect(importerFailure(['Error: Could not find or load main class org.neo4j.cli.AdminTool'], files, '', 1)).toBe(
      'Error: Could not find or load main class org.neo4j.cli.AdminTool',
    );
    expect(importerFailure([], files, '', 137)).toBe('it exited with code 137');
  });
});
