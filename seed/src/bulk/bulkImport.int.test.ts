import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, holdStoreLock, startLocalNeo4j, StoreInUseError, type Database } from '@faire-collectif/neo4j';
import type { CommandIO } from '../cli/io';
import { importCommand } from '../cli/importCommand';
import { toCsv } from '../csv/writeCsv';
import { parseJsonDocument } from '../format/document';
import type { Dataset } from '../format/schema';
import { validateDocuments } from '../format/validate';
import { declareSchema, schemaStatements } from '../load/declareSchema';
import { LoadError, loadDataset } from '../load/loadDataset';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../model/graphModel';
import {
  clearGraph,
  programme,
  PROGRAMME_FILE,
  snapshot,
  testDatabase,
  type GraphSnapshot,
} from '../testing/testGraph';
import { bulkImport, STAGING_DIR } from './bulkImport';

// Each bulk import runs the offline importer and starts a Neo4j of its own on a store in a temp
// directory; the transactional side loads into the run's shared server.
const memory = { heap: '512m', pageCache: '64m' };
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'seed-bulk-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Values the CSV format makes hard: quotes, separators, line breaks, backslashes, accents, emoji. */
const TRICKY = {
  dataset: 'tricky-values',
  nodes: [
    {
      id: 'org:tricky',
      label: 'Organisation',
      nameEn: 'Say "hi", or not; a|b \\ c',
      nameFr: 'Coopérative « Zoë » 🙂',
      aliases: ['a;b', 'c|d', 'line\nbreak', 'tab\there', '""'],
      descriptionEn: 'First line\r\nsecond line\nthird, "quoted"',
      kind: 'COOPERATIVE',
      kindBasis: 'stated',
      basis: 'stated',
      citations: ['programme-2016-07-08-en#session-1', 'programme-2016-07-08-fr#session-1'],
    },
    {
      id: 'person:tricky',
      label: 'Person',
      nameEn: 'O\'Brien, \\"Jo\\"',
      nameFr: 'O’Brien',
      basis: 'inferred',
      note: 'A note\nover two lines.',
      citations: ['programme-2016-07-08-en#session-2'],
    },
  ],
  relationships: [
    {
      type: 'HOLDS_ROLE',
      from: 'person:tricky',
      to: 'org:tricky',
      roleEn: 'Chair; "acting"',
      roleFr: 'Présidente\npar intérim',
      basis: 'stated',
      citations: ['programme-2016-07-08-en#session-2'],
    },
  ],
};

function trickyProgramme(): Dataset {
  return validateDocuments([
    parseJsonDocument('programme-2016-07-08.json', readFileSync(PROGRAMME_FILE, 'utf8')),
    parseJsonDocument('tricky.json', JSON.stringify(TRICKY)),
  ]);
}

interface StoreView {
  graph: GraphSnapshot;
  /** Every property's Cypher type, by labels or relationship type. */
  types: string[];
  /** Constraints and indexes with their settings, by kind and name. */
  schema: Record<string, string>;
}

async function view(db: Database): Promise<StoreView> {
  const graph = await snapshot(db);
  return db.read(async (tx) => {
    const nodeTypes = await tx.run(
      'MATCH (n) UNWIND keys(n) AS key RETURN DISTINCT labels(n) AS labels, key, valueType(n[key]) AS type',
    );
    const relationshipTypes = await tx.run(
      'MATCH ()-[r]->() UNWIND keys(r) AS key RETURN DISTINCT [type(r)] AS labels, key, valueType(r[key]) AS type',
    );
    const types = [...nodeTypes.records, ...relationshipTypes.records]
      .map((r) => `${(r.get('labels') as string[]).sort().join(':')} ${r.get('key')}: ${r.get('type')}`)
      .sort();
    const schema: Record<string, string> = {};
    const indexes = await tx.run(
      'SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, indexProvider, options, state, owningConstraint',
    );
    const constraints = await tx.run(
      'SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties, ownedIndex',
    );
    for (const [kind, result] of [
      ['index', indexes],
      ['constraint', constraints],
    ] as const) {
      for (const record of result.records) {
        // Token lookup indexes have generated names.
        if (record.get('type') !== 'LOOKUP')
          schema[`${kind} ${record.get('name')}`] = JSON.stringify(record.toObject());
      }
    }
    return { graph, types, schema };
  });
}

/** The names declareSchema gives its constraints and indexes. */
const DECLARED = schemaStatements().map(
  (statement) => /^CREATE (?:CONSTRAINT|INDEX|FULLTEXT INDEX) (\w+)/.exec(statement)![1]!,
);

async function withLocalNeo4j<T>(dataDir: string, work: (db: Database) => Promise<T>): Promise<T> {
  const server = await startLocalNeo4j({ dataDir, ...memory });
  const db = createDatabase({ uri: server.uri, user: 'neo4j', password: '', database: 'neo4j' });
  try {
    return await work(db);
  } finally {
    await db.close();
    await server.stop();
  }
}

describe('bulk import', () => {
  let imported: string;

  it('gives exactly the graph the transactional loader gives, with its schema and full-text search', async () => {
    const shared = testDatabase();
    let transactional: StoreView;
    try {
      await clearGraph(shared);
      await declareSchema(shared);
      await loadDataset(shared, trickyProgramme());
      transactional = await view(shared);
      await clearGraph(shared);
    } finally {
      await shared.close();
    }

    imported = join(dir, 'imported');
    let bulk: StoreView | undefined;
    let found: unknown[] = [];
    const phases: string[] = [];
    const result = await bulkImport(trickyProgramme(), {
      dataDir: imported,
      ...memory,
      onProgress: ({ phase }) => {
        if (phases.at(-1) !== phase) phases.push(phase);
      },
      onReady: async (db) => {
        bulk = await view(db);
        const hits = await db.read((tx) =>
          tx.run<{ id: string }>(
            "CALL db.index.fulltext.queryNodes('entity_search', 'meriaux') YIELD node RETURN node.id AS id",
          ),
        );
        found = hits.records.map((record) => record.get('id'));
      },
    });

    expect(bulk!.graph).toEqual(transactional.graph);
    expect(bulk!.graph.nodes).toHaveLength(73 + 2 + 2);
    expect(bulk!.types).toEqual(transactional.types);
    // The shared server may also hold other suites' schema: compare what declareSchema declares.
    const ours = (schema: Record<string, string>) =>
      Object.fromEntries(Object.entries(schema).filter(([key]) => DECLARED.includes(key.split(' ')[1]!)));
    // Each uniqueness constraint (Entity, Source, one per label and type, Country.code, the import
    // lock) also shows its backing index.
    const constraints = 2 + NODE_LABELS.length + RELATIONSHIP_TYPES.length + 1 + 1;
    expect(Object.keys(ours(bulk!.schema))).toHaveLength(DECLARED.length + constraints);
    expect(ours(bulk!.schema)).toEqual(ours(transactional.schema));
    expect(found).toContain('person:olivier-meriaux');

    expect(phases).toEqual(['check', 'csv', 'importer', 'start', 'schema', 'verify', 'stop']);
    expect(result.summary.toString()).toBe(
      '75 nodes (75 created), 110 relationships (110 created), 2 sources (2 created)',
    );
    expect(result.importer).toMatchObject({ nodes: 77, relationships: 110 });
    expect(result.seconds).toBeGreaterThan(0);
    expect(existsSync(join(imported, STAGING_DIR))).toBe(false);
  }, 180_000);

  it('refuses a store that holds a graph, and one a Neo4j runs on, leaving it as it was', async () => {
    const entries = await readdir(imported);
    const refused = await bulkImport(programme(), { dataDir: imported, ...memory }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LoadError);
    expect((refused as Error).message).toMatch(
      /^The local store in .* already holds a graph \(77 nodes, 110 relationships\): a bulk import only loads into an empty or new store\./,
    );
    expect(await readdir(imported)).toEqual(entries);

    // A running Neo4j holds the store's lock: holding it is enough to stand for one.
    const lock = await holdStoreLock(imported);
    try {
      const inUse = await bulkImport(programme(), { dataDir: imported, ...memory }).catch((e: unknown) => e);
      expect(inUse).toBeInstanceOf(StoreInUseError);
    } finally {
      await lock.release();
    }
    expect(await readdir(imported)).toEqual(entries);
  }, 180_000);

  it('leaves the store as it was when the importer refuses the data, or the schema cannot be declared', async () => {
    // An empty store with its schema, as `npm start` leaves one.
    const store = join(dir, 'empty');
    const constraints = await withLocalNeo4j(store, async (db) => {
      await declareSchema(db);
      const result = await db.read((tx) => tx.run('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name'));
      return result.records.map((record) => record.get('name') as string);
    });
    const entries = await readdir(store);

    // Data that skipped validation: a duplicate id, which the importer itself refuses.
    const duplicate = programme();
    duplicate.nodes.push({ ...duplicate.nodes[0]! });
    const refused = await bulkImport(duplicate, { dataDir: store, ...memory }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LoadError);
    expect((refused as Error).message).toMatch(
      /^The offline importer refused the data: Id '[^']+' is defined more than once in group 'Entity'/,
    );
    expect((refused as Error).message).not.toMatch(/\tat |Exception|\.java/);
    expect(await readdir(store)).toEqual(entries);

    // Two relationships with one id: imported, but the uniqueness constraint cannot be created.
    const sameIds = programme();
    const roles = sameIds.relationships.filter((r) => r.type === 'HOLDS_ROLE');
    roles[1]!.id = roles[0]!.id;
    const unschemed = await bulkImport(sameIds, { dataDir: store, ...memory }).catch((e: unknown) => e);
    expect(unschemed).toBeInstanceOf(LoadError);
    expect((unschemed as Error).message).toMatch(
      /^The imported store could not be started and given its schema, so it was put back as it was: .*holds_role_id/s,
    );
    expect(await readdir(store)).toEqual(entries);

    await withLocalNeo4j(store, async (db) => {
      const left = await db.read((tx) => tx.run('MATCH (n) RETURN count(n) AS nodes'));
      expect(left.records[0]?.get('nodes')).toBe(0);
      const after = await db.read((tx) =>
        tx.run<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name'),
      );
      expect(after.records.map((record) => record.get('name'))).toEqual(constraints);
    });
  }, 300_000);

  it('removes what it wrote into a new store when the importer fails', async () => {
    const store = join(dir, 'never');
    const duplicate = programme();
    duplicate.sources.push({ ...duplicate.sources[0]! });
    const refused = await bulkImport(duplicate, { dataDir: store, ...memory }).catch((e: unknown) => e);
    expect((refused as Error).message).toMatch(/defined more than once in group 'Source'/);
    expect(existsSync(store)).toBe(false);
  }, 120_000);
});

describe('npm run import -- --bulk', () => {
  async function run(env: NodeJS.ProcessEnv, ...argv: string[]) {
    const result = { code: -1, out: [] as string[], err: [] as string[], opened: 0 };
    const io: CommandIO = {
      out: (text) => result.out.push(text),
      err: (text) => result.err.push(text),
      interactive: false,
      env,
      open: () => {
        result.opened += 1;
        return Promise.reject(new Error('--bulk does not connect'));
      },
    };
    result.code = await importCommand(argv, io);
    return result;
  }
  const local = (dataDir: string) => ({
    NEO4J_LOCAL_DATA_DIR: dataDir,
    NEO4J_LOCAL_HEAP: memory.heap,
    NEO4J_LOCAL_PAGECACHE: memory.pageCache,
  });

  it('bulk imports a CSV pair into a new local store, with progress and a summary', async () => {
    const store = join(dir, 'cli');
    const csv = toCsv(programme());
    const nodes = join(dir, 'nodes.csv');
    const relationships = join(dir, 'relationships.csv');
    await writeFile(nodes, csv.nodes);
    await writeFile(relationships, csv.relationships);

    const dry = await run(local(store), nodes, relationships, '--bulk', '--dry-run');
    expect(dry.code, dry.err.join('\n')).toBe(0);
    expect(dry.out.at(-1)).toBe(
      `Dry run, nothing written. The store in ${store} is empty; would bulk import: 73 nodes (73 created), 109 relationships (109 created), 2 sources (2 created).`,
    );
    expect(existsSync(store)).toBe(false);

    const result = await run(local(store), nodes, relationships, '--bulk');
    expect(result.code, result.err.join('\n')).toBe(0);
    expect(result.opened).toBe(0);
    expect(result.out.at(-1)).toMatch(
      new RegExp(
        `^Bulk imported into ${store} in [\\d.]+ s: 73 nodes \\(73 created\\), 109 relationships \\(109 created\\), 2 sources \\(2 created\\)\\.$`,
      ),
    );
    expect(result.out[0]).toContain('(:Organisation)         16        0          0        0');
    expect(result.err).toContain('Running the offline importer…');
    expect(result.err).toContain('Declaring the schema and populating the indexes…');
    expect(result.err.at(-1)).toMatch(/^Phases: .*importer [\d.]+ s.*\. [\d,]+ nodes\/s, [\d,]+ relationships\/s\.$/);
  }, 240_000);

  it('says why it cannot run, naming the variable, the flag or the file, and writes nothing', async () => {
    const store = join(dir, 'untouched');
    const remote = await run(
      { ...local(store), NEO4J_URI: 'neo4j+s://example.databases.neo4j.io' },
      '--bulk',
      PROGRAMME_FILE.pathname,
    );
    expect(remote.code).toBe(1);
    expect(remote.opened).toBe(0);
    expect(remote.err.at(-1)).toMatch(
      /^error: --bulk needs the local store, but NEO4J_URI is set \(neo4j\+s:\/\/example\.databases\.neo4j\.io\): the offline importer writes Neo4j's store files directly/,
    );

    const invalid = join(dir, 'invalid.json');
    const document = JSON.parse(readFileSync(PROGRAMME_FILE, 'utf8')) as { relationships: { to: string }[] };
    document.relationships[0]!.to = 'org:nowhere';
    await writeFile(invalid, JSON.stringify(document));
    const refused = await run(local(store), '--bulk', invalid);
    expect(refused.code).toBe(1);
    expect(refused.err.join('\n')).toMatch(/invalid\.json: relationships\[0\] .* \.to: unknown node "org:nowhere"/);
    expect(refused.err.at(-1)).toBe('1 problem: nothing was written.');

    const missing = await run(local(store), '--bulk', join(dir, 'missing.json'));
    expect(missing.code).toBe(1);
    expect(missing.err.join('\n')).toMatch(/missing\.json: cannot read/);

    const flag = await run(local(store), '--bulk=yes', PROGRAMME_FILE.pathname);
    expect(flag.err[0]).toMatch(/^error: --bulk takes no value\nUsage: npm run import/);
    expect(existsSync(store)).toBe(false);
  }, 60_000);
});
