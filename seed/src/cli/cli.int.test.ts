import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../format/readFiles';
import { validateDocuments } from '../format/validate';
import { declareSchema } from '../load/declareSchema';
import { loadDataset } from '../load/loadDataset';
import { readSeedDocuments } from '../sources/seedDocuments';
import { clearGraph, programme, snapshot, testDatabase, PROGRAMME_FILE } from '../testing/testGraph';
import { exportCommand } from './exportCommand';
import { importCommand } from './importCommand';
import type { CommandIO } from './io';
import { seedCommand } from './seedCommand';

const db = testDatabase();
let dir: string;

beforeAll(async () => {
  await declareSchema(db);
  dir = await mkdtemp(join(tmpdir(), 'seed-cli-'));
});
beforeEach(async () => {
  await clearGraph(db);
});
afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

/** Runs a command on the test database, capturing what it prints and whether it connected. */
async function run(command: (argv: string[], io: CommandIO) => Promise<number>, ...argv: string[]) {
  const result = { code: -1, out: [] as string[], err: [] as string[], opened: 0 };
  result.code = await command(argv, {
    out: (text) => result.out.push(text),
    err: (text) => result.err.push(text),
    interactive: false,
    open: async () => {
      result.opened += 1;
      return { db, close: async () => {} };
    },
  });
  return result;
}

async function dataDir(name: string, files: Record<string, string>): Promise<string> {
  const path = join(dir, name);
  await rm(path, { recursive: true, force: true });
  const { mkdir } = await import('node:fs/promises');
  await mkdir(path, { recursive: true });
  for (const [file, text] of Object.entries(files)) await writeFile(join(path, file), text);
  return path;
}

/** A data directory holding the programme only (the default one also derives Collective Action in Tech). */
async function programmeDir(): Promise<string> {
  return dataDir('programme-only', { 'programme-2016-07-08.json': await readFile(PROGRAMME_FILE, 'utf8') });
}

describe('npm run seed', () => {
  it('loads every data set of seed/data: the data files and those derived from upstream copies', async () => {
    const { documents } = await readSeedDocuments(DEFAULT_DATA_DIR);
    const expected = validateDocuments(documents);
    const result = await run(seedCommand, '--dry-run');
    expect(result.code).toBe(0);
    expect(result.out.at(-1)).toBe(
      `Dry run, nothing written. Would load: ${expected.nodes.length} nodes (${expected.nodes.length} created), ` +
        `${expected.relationships.length} relationships (${expected.relationships.length} created), ` +
        `${expected.sources.length} sources (${expected.sources.length} created).`,
    );
    expect(new Set(expected.nodes.map((n) => n.dataset))).toEqual(
      new Set(['programme-2016-07-08', 'collective-action-tech']),
    );
    // The derivation's report goes to stderr.
    expect(result.err.join('\n')).toMatch(/Collective Action in Tech: 506 of 506 actions derived\./);
    expect(result.err.join('\n')).toMatch(/Unresolved \(\d+\):/);
    expect(await snapshot(db)).toEqual({ nodes: [], relationships: [] });
  });

  it('--dry-run validates and says what it would do, and writes nothing', async () => {
    const programmeOnly = await programmeDir();
    const result = await run(seedCommand, '--dry-run', '--data', programmeOnly);
    expect(result.code).toBe(0);
    expect(result.out.at(-1)).toBe(
      'Dry run, nothing written. Would load: 73 nodes (73 created), 109 relationships (109 created), 2 sources (2 created).',
    );
    expect(result.out[0]).toContain('(:Organisation)         16        0          0        0');
    expect(await snapshot(db)).toEqual({ nodes: [], relationships: [] });

    await loadDataset(db, programme());
    const before = await snapshot(db);
    const again = await run(seedCommand, '--dry-run', '--reset', '--data', programmeOnly);
    expect(again.out.at(-1)).toBe(
      'Dry run, nothing written. Would load: 73 nodes (73 created, 73 deleted), 109 relationships (109 created, 109 deleted), 2 sources (2 created, 2 deleted).',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('loads, then changes nothing on a second run, and --reset reloads', async () => {
    const programmeOnly = await programmeDir();
    const first = await run(seedCommand, '--data', programmeOnly);
    expect(first.code).toBe(0);
    expect(first.out.at(-1)).toBe(
      'Loaded: 73 nodes (73 created), 109 relationships (109 created), 2 sources (2 created).',
    );
    expect(first.err.at(-1)).toMatch(/^writing SUBTYPE_OF: 184\/184 rows \(\d[\d,]* rows\/s\)$/);
    const before = await snapshot(db);
    const second = await run(seedCommand, '--data', programmeOnly);
    expect(second.out.at(-1)).toBe(
      'Loaded: 73 nodes (73 unchanged), 109 relationships (109 unchanged), 2 sources (2 unchanged).',
    );
    expect(await snapshot(db)).toEqual(before);
    const reset = await run(seedCommand, '--reset', '--data', programmeOnly);
    expect(reset.out.at(-1)).toBe(
      'Loaded: 73 nodes (73 created, 73 deleted), 109 relationships (109 created, 109 deleted), 2 sources (2 created, 2 deleted).',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('with an invalid data file, prints every problem, exits 1 and leaves the graph as it was', async () => {
    await loadDataset(db, programme());
    const before = await snapshot(db);
    const data = JSON.parse(await readFile(PROGRAMME_FILE, 'utf8')) as {
      nodes: { id: string; kind?: string }[];
      relationships: { to: string }[];
    };
    const org = data.nodes.findIndex((n) => n.id === 'org:ig-metall');
    data.nodes[org]!.kind = 'CLUB';
    data.relationships[3]!.to = 'event:nowhere';
    const path = await dataDir('invalid', { 'programme.json': JSON.stringify(data) });
    const result = await run(seedCommand, '--data', path);
    expect(result.code).toBe(1);
    expect(result.opened).toBe(0);
    const file = join(path, 'programme.json').replace(`${process.cwd()}/`, '');
    expect(result.err).toEqual([
      `${file}: nodes[${org}] (org:ig-metall) .kind: expected one of UNION, UNION_INITIATIVE, COOPERATIVE, ONLINE_COMMUNITY, COWORKING_COLLECTIVE, PROFESSIONAL_BODY, RESEARCH_INSTITUTE, PUBLIC_BODY, NETWORK, UNSPECIFIED, COMPANY, got "CLUB"\n` +
        `${file}: relationships[3] (session:faire-collectif-2016-07-08-session-1|PART_OF|event:nowhere) .to: unknown node "event:nowhere"`,
      '2 problems: nothing was written.',
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('names a bad flag and exits 1 without connecting', async () => {
    const result = await run(seedCommand, '--rest');
    expect(result.code).toBe(1);
    expect(result.opened).toBe(0);
    expect(result.err[0]).toMatch(/^error: unknown flag --rest\nUsage: npm run seed/);
  });
});

describe('npm run import', () => {
  const addition = {
    dataset: 'addition',
    nodes: [
      {
        id: 'org:new-collective',
        label: 'Organisation',
        nameEn: 'New collective',
        nameFr: 'Nouveau collectif',
        kind: 'UNSPECIFIED',
        kindBasis: 'inferred',
        basis: 'stated',
        citations: ['programme-2016-07-08-fr#partners'],
      },
    ],
    relationships: [
      {
        type: 'BASED_IN',
        from: 'org:new-collective',
        to: 'country:FR',
        basis: 'stated',
        citations: ['programme-2016-07-08-fr#partners'],
      },
    ],
  };

  it('adds a file that refers to nodes and sources already in the graph; --dry-run writes nothing', async () => {
    await loadDataset(db, programme());
    const before = await snapshot(db);
    const path = join(dir, 'addition.json');
    await writeFile(path, JSON.stringify(addition));

    const dry = await run(importCommand, path, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out.at(-1)).toBe(
      'Dry run, nothing written. Would import: 1 nodes (1 created), 1 relationships (1 created), 0 sources.',
    );
    expect(await snapshot(db)).toEqual(before);

    const result = await run(importCommand, path);
    expect(result.code).toBe(0);
    expect(result.out.at(-1)).toMatch(
      /^Imported in \d+\.\d s: 1 nodes \(1 created\), 1 relationships \(1 created\), 0 sources\.$/,
    );
    const check = await db.read((tx) =>
      tx.run(
        `MATCH (o:Organisation {id: 'org:new-collective'})-[:BASED_IN]->(c:Country) RETURN o.dataset AS dataset, c.code AS code`,
      ),
    );
    expect(check.records[0]!.toObject()).toEqual({ dataset: 'addition', code: 'FR' });
    expect((await snapshot(db)).nodes).toHaveLength(before.nodes.length + 1);
  });

  it('refuses a file whose references are in neither the file nor the graph', async () => {
    const path = join(dir, 'addition.json');
    await writeFile(path, JSON.stringify(addition));
    const result = await run(importCommand, path);
    expect(result.code).toBe(1);
    const file = path.replace(`${process.cwd()}/`, '');
    expect(result.err[0]).toBe(
      [
        `${file}: nodes[0] (org:new-collective) .citations[0]: unknown source "programme-2016-07-08-fr" (not in the data nor in the graph)`,
        `${file}: relationships[0] (org:new-collective|BASED_IN|country:FR) .citations[0]: unknown source "programme-2016-07-08-fr" (not in the data nor in the graph)`,
        `${file}: relationships[0] (org:new-collective|BASED_IN|country:FR) .to: unknown node "country:FR"`,
      ].join('\n'),
    );
    expect(await snapshot(db)).toEqual({ nodes: [], relationships: [] });
  });

  it('reports CSV problems with their line, and imports nothing', async () => {
    const path = await dataDir('csv-bad', {
      'nodes.csv':
        'id,label,nameEn,nameFr,kind,kindBasis,basis,citations\norg:x,Organisation,X,X,GUILD,stated,stated,s#a\n',
      'relationships.csv': 'source,target,type,basis,citations\norg:x,org:y,LEADS,maybe,s#a\n',
    });
    const result = await run(
      importCommand,
      join(path, 'nodes.csv'),
      join(path, 'relationships.csv'),
      '--dataset',
      'csv',
    );
    expect(result.code).toBe(1);
    const lines = result.err[0]!.split('\n').map((line) =>
      line.replace(`${path.replace(`${process.cwd()}/`, '')}/`, ''),
    );
    expect(lines).toEqual([
      'nodes.csv:2: nodes[0] (org:x) .kind: expected one of UNION, UNION_INITIATIVE, COOPERATIVE, ONLINE_COMMUNITY, COWORKING_COLLECTIVE, PROFESSIONAL_BODY, RESEARCH_INSTITUTE, PUBLIC_BODY, NETWORK, UNSPECIFIED, COMPANY, got "GUILD"',
      'nodes.csv:2: nodes[0] (org:x) .citations[0]: unknown source "s" (not in the data nor in the graph)',
      'relationships.csv:2: relationships[0] (org:x|LEADS|org:y) .basis: expected one of stated, inferred, got "maybe"',
      'relationships.csv:2: relationships[0] (org:x|LEADS|org:y) .citations[0]: unknown source "s" (not in the data nor in the graph)',
      'relationships.csv:2: relationships[0] (org:x|LEADS|org:y) .target: unknown node "org:y"',
    ]);
    expect(await snapshot(db)).toEqual({ nodes: [], relationships: [] });
  });
});

describe('npm run export', () => {
  it.each(['json', 'csv'])('--format %s exports a graph that imports back identical', async (format) => {
    await loadDataset(db, programme());
    const original = await snapshot(db);
    const out = join(dir, `round-trip.${format}`);
    const exported = await run(exportCommand, '--format', format, '--out', out);
    expect(exported.code).toBe(0);
    expect(exported.err.at(-1)).toMatch(/^Exported 73 nodes, 109 relationships and 2 sources to /);

    await clearGraph(db);
    const files = format === 'csv' ? [join(out, 'nodes.csv'), join(out, 'relationships.csv')] : [out];
    const imported = await run(importCommand, ...files);
    expect(imported.code).toBe(0);
    expect(await snapshot(db)).toEqual(original);
  });

  it('exports the subgraph around some ids, with the sources it cites', async () => {
    await loadDataset(db, programme());
    const result = await run(exportCommand, '--format', 'json', '--out', '-', '--ids', 'org:ig-metall', '--depth', '1');
    expect(result.code).toBe(0);
    const document = JSON.parse(result.out.join('')) as {
      nodes: { id: string }[];
      relationships: unknown[];
      sources: { id: string }[];
    };
    expect(document.nodes.map((n) => n.id)).toEqual([
      'country:DE',
      'form:defending-interests',
      'org:faircrowdwork-watch',
      'org:ig-metall',
    ]);
    expect(document.relationships).toHaveLength(5);
    expect(document.sources.map((s) => s.id)).toEqual(['programme-2016-07-08-en', 'programme-2016-07-08-fr']);
    expect(
      (await run(exportCommand, '--format', 'json', '--out', '-', '--ids', 'org:ig-metall', '--depth', '0')).out.join(
        '',
      ),
    ).toContain('"nodes": [\n    {\n      "id": "org:ig-metall"');
  });

  it('writes GraphML and GEXF files, and names bad flags and unknown ids', async () => {
    await loadDataset(db, programme());
    for (const format of ['graphml', 'gexf']) {
      const out = join(dir, `graph.${format}`);
      expect((await run(exportCommand, '--format', format, '--out', out)).code).toBe(0);
      const text = await readFile(out, 'utf8');
      expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
      expect(text.match(/<node /g)).toHaveLength(73);
    }
    const unknown = await run(exportCommand, '--format', 'json', '--out', '-', '--ids', 'org:nobody');
    expect([unknown.code, unknown.err]).toEqual([1, ['error: No node with id "org:nobody"']]);
    const bad = await run(exportCommand, '--format', 'svg', '--out', 'x');
    expect(bad.code).toBe(1);
    expect(bad.opened).toBe(0);
    expect(bad.err[0]).toMatch(/^error: --format must be one of json, graphml, gexf, csv, not "svg"\n/);
    expect((await run(exportCommand, '--format', 'json', '--out', '-', '--depth', '2')).err[0]).toMatch(
      /^error: --depth needs --ids\n/,
    );
  });
});
