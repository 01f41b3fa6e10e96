import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../format/schema';
import { clearGraph, programme, snapshot, testDatabase } from '../testing/testGraph';
import { declareSchema } from './declareSchema';
import { LoadError, loadDataset } from './loadDataset';
import { planLoad } from './plan';
import { resetGraph } from './reset';
import { seedIfEmpty } from './seedIfEmpty';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../model/graphModel';
import { DEFAULT_DATA_DIR } from '../format/readFiles';
import { validateDocuments } from '../format/validate';
import { readSeedDocuments } from '../sources/seedDocuments';

const db = testDatabase();

beforeAll(async () => {
  await declareSchema(db);
});
beforeEach(async () => {
  await clearGraph(db);
});
afterAll(async () => {
  await db.close();
});

const EXPECTED_NODES = {
  Country: 7,
  Event: 1,
  Organisation: 16,
  OrganisingForm: 14,
  Person: 11,
  Session: 12,
  WorkerType: 12,
};
const EXPECTED_RELATIONSHIPS = {
  BASED_IN: 15,
  CONCERNS: 27,
  CO_ORGANISED: 2,
  HELD_IN: 1,
  HOLDS_ROLE: 11,
  LEADS: 2,
  ORGANISED: 1,
  ORGANISES: 10,
  PART_OF: 13,
  SPEAKS_IN: 11,
  SUBTYPE_OF: 4,
  USES_FORM: 12,
};

interface IndexRow {
  name: string;
  type: string;
  labelsOrTypes: string[];
  properties: string[];
  options: { indexConfig: Record<string, unknown> };
  state: string;
}

async function countsByLabel(): Promise<Record<string, number>> {
  const result = await db.read((tx) =>
    tx.run<{ label: string; n: number }>(
      `MATCH (n:Entity) UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label RETURN label, count(*) AS n ORDER BY label`,
    ),
  );
  return Object.fromEntries(result.records.map((r) => [r.get('label'), r.get('n')]));
}

async function countsByType(): Promise<Record<string, number>> {
  const result = await db.read((tx) =>
    tx.run<{ type: string; n: number }>('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type'),
  );
  return Object.fromEntries(result.records.map((r) => [r.get('type'), r.get('n')]));
}

describe('declareSchema', () => {
  it('declares id uniqueness per label and relationship type, and the accent-insensitive fulltext index', async () => {
    await declareSchema(db); // twice: idempotent
    const constraints = await db.read((tx) =>
      tx.run<{ name: string; type: string }>('SHOW CONSTRAINTS YIELD name, type RETURN name, type ORDER BY name'),
    );
    const byName = Object.fromEntries(constraints.records.map((r) => [r.get('name'), r.get('type')]));
    expect(byName).toMatchObject({
      entity_id: 'UNIQUENESS',
      source_id: 'UNIQUENESS',
      organisation_id: 'UNIQUENESS',
      organising_form_id: 'UNIQUENESS',
      worker_type_id: 'UNIQUENESS',
      country_code: 'UNIQUENESS',
      holds_role_id: 'RELATIONSHIP_UNIQUENESS',
      speaks_in_id: 'RELATIONSHIP_UNIQUENESS',
      subtype_of_id: 'RELATIONSHIP_UNIQUENESS',
      import_lock_id: 'UNIQUENESS',
      collective_action_id: 'UNIQUENESS',
      struggle_id: 'UNIQUENESS',
      took_place_in_id: 'RELATIONSHIP_UNIQUENESS',
    });
    expect(Object.keys(byName)).toHaveLength(2 + NODE_LABELS.length + RELATIONSHIP_TYPES.length + 1 + 1);
    const indexes = await db.read((tx) =>
      tx.run<IndexRow>(
        `SHOW INDEXES YIELD name, type, labelsOrTypes, properties, options, state
         WHERE name IN ['collective_action_time_first_day', 'entity_search', 'organisation_kind', 'session_order']
         RETURN * ORDER BY name`,
      ),
    );
    expect(
      indexes.records.map((r) => [
        r.get('name'),
        r.get('type'),
        r.get('labelsOrTypes'),
        r.get('properties'),
        r.get('state'),
      ]),
    ).toEqual([
      ['collective_action_time_first_day', 'RANGE', ['CollectiveAction'], ['timeFirstDay'], 'ONLINE'],
      ['entity_search', 'FULLTEXT', ['Entity'], ['nameEn', 'nameFr', 'searchText', 'searchDescription'], 'ONLINE'],
      ['organisation_kind', 'RANGE', ['Organisation'], ['kind'], 'ONLINE'],
      ['session_order', 'RANGE', ['Session'], ['order'], 'ONLINE'],
    ]);
    expect(indexes.records[1]!.get('options').indexConfig['fulltext.analyzer']).toBe('standard-folding');
  });

  it('replaces a full-text index declared otherwise, and derives the search properties again', async () => {
    await loadDataset(db, programme());
    // A store written before descriptions were searchable: the old index, the old properties.
    await db.write((tx) => tx.run('DROP INDEX entity_search'));
    await db.write((tx) =>
      tx.run(
        "CREATE FULLTEXT INDEX entity_search FOR (n:Entity) ON EACH [n.nameEn, n.nameFr, n.searchText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }",
      ),
    );
    await db.write((tx) => tx.run("MATCH (n:Entity) SET n.searchText = 'old' REMOVE n.searchDescription"));
    await declareSchema(db);
    const index = await db.read((tx) =>
      tx.run<{ properties: string[]; state: string }>(
        "SHOW FULLTEXT INDEXES YIELD name, properties, state WHERE name = 'entity_search' RETURN *",
      ),
    );
    expect(index.records.map((r) => [r.get('properties'), r.get('state')])).toEqual([
      [['nameEn', 'nameFr', 'searchText', 'searchDescription'], 'ONLINE'],
    ]);
    const found = await db.read((tx) =>
      tx.run<{ id: string }>(
        `CALL db.index.fulltext.queryNodes('entity_search', 'searchDescription:syndicat') YIELD node
         RETURN node.id AS id ORDER BY id`,
      ),
    );
    expect(found.records.map((r) => r.get('id'))).toContain('org:ig-metall');
    const verdi = await db.read((tx) => tx.run("MATCH (o:Organisation {id: 'org:verdi'}) RETURN o.searchText AS t"));
    expect(verdi.records[0]!.get('t')).toBe('verdi');
  });
});

describe('loadDataset', () => {
  it('loads the programme and says what it created', async () => {
    const summary = await loadDataset(db, programme());
    expect(summary.toString()).toBe('73 nodes (73 created), 109 relationships (109 created), 2 sources (2 created)');
    expect(summary.nodes.Organisation).toEqual({ created: 16, updated: 0, unchanged: 0, deleted: 0 });
    expect(await countsByLabel()).toEqual(EXPECTED_NODES);
    expect(await countsByType()).toEqual(EXPECTED_RELATIONSHIPS);
  });

  it('stores integers as integers, aliases as lists and a searchable alias text', async () => {
    await loadDataset(db, programme());
    const result = await db.read((tx) =>
      tx.run(
        `MATCH (s:Session {id: 'session:faire-collectif-2016-07-08-session-2'})-[p:PART_OF]->(:Event)
         MATCH (o:Organisation {id: 'org:verdi'})
         RETURN valueType(s.order) AS orderType, valueType(p.order) AS partOrderType, s.order AS order,
                o.aliases AS aliases, o.searchText AS searchText`,
      ),
    );
    expect(result.records[0]!.toObject()).toEqual({
      orderType: 'INTEGER NOT NULL',
      partOrderType: 'INTEGER NOT NULL',
      order: 5,
      aliases: ['verdi'],
      searchText: 'verdi',
    });
  });

  it('finds entities by name or alias without accents through the fulltext index', async () => {
    await loadDataset(db, programme());
    const search = async (query: string) => {
      const result = await db.read((tx) =>
        tx.run(`CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node RETURN node.id AS id LIMIT 3`, {
          query,
        }),
      );
      return result.records.map((r) => r.get('id') as string);
    };
    expect(await search('meriaux')).toEqual(['person:olivier-meriaux']);
    expect((await search('verdi'))[0]).toBe('org:verdi');
    expect((await search('Autonomos'))[0]).toBe('org:upta');
    expect((await search('allianz'))[0]).toBe('org:alliance-francaise-des-designers');
  });

  it('is idempotent: a second load changes nothing', async () => {
    await loadDataset(db, programme());
    const before = await snapshot(db);
    const summary = await loadDataset(db, programme());
    expect(summary.changed).toBe(false);
    expect(summary.toString()).toBe(
      '73 nodes (73 unchanged), 109 relationships (109 unchanged), 2 sources (2 unchanged)',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('updates edited records, replacing their properties', async () => {
    await loadDataset(db, programme());
    const edited = programme();
    const verdi = edited.nodes.find((n) => n.id === 'org:verdi')!;
    verdi.nameFr = 'ver.di';
    delete verdi.descriptionFr;
    const summary = await loadDataset(db, edited);
    expect(summary.nodes.Organisation).toEqual({ created: 0, updated: 1, unchanged: 15, deleted: 0 });
    const result = await db.read((tx) =>
      tx.run(`MATCH (o:Organisation {id: 'org:verdi'}) RETURN o.nameFr AS fr, o.descriptionFr AS d`),
    );
    expect(result.records[0]!.toObject()).toEqual({ fr: 'ver.di', d: null });
  });

  it('with prune, deletes what the data set no longer has', async () => {
    await loadDataset(db, programme());
    const edited = programme();
    edited.nodes = edited.nodes.filter((n) => n.id !== 'form:joining-forces');
    edited.relationships = edited.relationships.filter((r) => r.type !== 'SUBTYPE_OF');
    const summary = await loadDataset(db, edited, { prune: true });
    expect(summary.nodes.OrganisingForm).toEqual({ created: 0, updated: 0, unchanged: 13, deleted: 1 });
    expect(summary.relationships.SUBTYPE_OF).toEqual({ created: 0, updated: 0, unchanged: 0, deleted: 4 });
    expect((await countsByLabel()).OrganisingForm).toBe(13);
    expect((await countsByType()).SUBTYPE_OF).toBeUndefined();
  });

  it('is all-or-nothing: a constraint violated in the middle of the load leaves the graph as it was', async () => {
    await loadDataset(db, programme());
    const before = await snapshot(db);
    const base = { basis: 'stated' as const, citations: ['programme-2016-07-08-en#header'], dataset: 'extra' };
    const person = (name: string) => ({
      label: 'Person' as const,
      id: 'person:new-one',
      nameEn: name,
      nameFr: name,
      aliases: [],
      ...base,
    });
    const extra: Dataset = {
      sources: [],
      nodes: [
        {
          label: 'Organisation',
          id: 'org:new',
          nameEn: 'New',
          nameFr: 'New',
          aliases: [],
          kind: 'UNION',
          kindBasis: 'stated',
          ...base,
        },
        person('New One'),
        // Not validated, so the same id twice reaches Neo4j, whose uniqueness constraint refuses it.
        person('New One again'),
      ],
      relationships: [
        { type: 'BASED_IN', id: 'org:new|BASED_IN|country:FR', from: 'org:new', to: 'country:FR', ...base },
      ],
    };
    await expect(loadDataset(db, extra)).rejects.toThrow(
      /already exists with label `(Entity|Person)` and property `id` = 'person:new-one'/,
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('is all-or-nothing: a relationship id already joining other nodes fails the whole load', async () => {
    await loadDataset(db, programme());
    const before = await snapshot(db);
    const data = programme();
    const existing = data.relationships.find((r) => r.type === 'HOLDS_ROLE')!;
    data.nodes.push({
      label: 'Person',
      id: 'person:new-one',
      nameEn: 'N',
      nameFr: 'N',
      aliases: [],
      basis: 'stated',
      citations: existing.citations,
      dataset: 'x',
    });
    data.relationships.push({ ...existing, from: 'person:new-one' });
    await expect(loadDataset(db, data)).rejects.toThrow(
      new LoadError(
        `Cannot write: HOLDS_ROLE "${existing.id}" already joins "person:mark-graham" to "org:oxford-internet-institute"`,
      ),
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('is all-or-nothing: a relationship to a node missing at write time fails the whole load', async () => {
    const data = programme();
    data.relationships.splice(40, 0, { ...data.relationships[0]!, id: 'x', to: 'event:missing' });
    await expect(loadDataset(db, data)).rejects.toThrow(
      new LoadError('1 PART_OF relationship(s) not written: no node with id "event:missing"'),
    );
    expect(await snapshot(db)).toEqual({ nodes: [], relationships: [] });
  });

  it('with reset, replaces the whole graph in the same transaction', async () => {
    await loadDataset(db, programme());
    const summary = await loadDataset(db, programme(), { reset: true });
    expect(summary.totals.nodes).toEqual({ created: 73, updated: 0, unchanged: 0, deleted: 73 });
    expect(summary.sources).toEqual({ created: 2, updated: 0, unchanged: 0, deleted: 2 });
    expect(await countsByLabel()).toEqual(EXPECTED_NODES);
  });

  it('resetGraph empties the graph', async () => {
    await loadDataset(db, programme());
    const summary = await resetGraph(db);
    expect(summary.totals.nodes.deleted).toBe(73);
    expect(summary.totals.relationships.deleted).toBe(109);
    expect(await snapshot(db)).toEqual({ nodes: [], relationships: [] });
  });
});

describe('planLoad', () => {
  it('tells what a load would create, update, keep and delete, and writes nothing', async () => {
    let plan = await planLoad(db, programme());
    expect(plan.summary.toString()).toBe(
      '73 nodes (73 created), 109 relationships (109 created), 2 sources (2 created)',
    );
    expect(await snapshot(db)).toEqual({ nodes: [], relationships: [] });

    await loadDataset(db, programme());
    const before = await snapshot(db);
    const edited = programme();
    edited.nodes.find((n) => n.id === 'person:robert-fuss')!.aliases = ['Robert Fuß'];
    edited.nodes = edited.nodes.filter((n) => n.id !== 'form:joining-forces');
    edited.relationships.push({
      ...edited.relationships[0]!,
      id: 'clash',
      to: 'event:faire-collectif-2016-07-08',
      from: 'session:faire-collectif-2016-07-08-synthesis',
    });
    plan = await planLoad(db, edited, { prune: true });
    expect(plan.summary.nodes.Person).toEqual({ created: 0, updated: 1, unchanged: 10, deleted: 0 });
    expect(plan.summary.nodes.OrganisingForm).toEqual({ created: 0, updated: 0, unchanged: 13, deleted: 1 });
    expect(plan.summary.relationships.PART_OF).toEqual({ created: 1, updated: 0, unchanged: 13, deleted: 0 });
    expect(plan.conflicts).toEqual([]);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('seedIfEmpty', () => {
  it('loads every data set of seed/data into an empty graph, and leaves a graph with data alone', async () => {
    const expected = validateDocuments((await readSeedDocuments(DEFAULT_DATA_DIR)).documents);
    const first = await seedIfEmpty(db);
    expect(first?.totals.nodes.created).toBe(expected.nodes.length);
    expect(first?.totals.relationships.created).toBe(expected.relationships.length);
    expect(first?.sources.created).toBe(expected.sources.length);
    expect(await seedIfEmpty(db)).toBeUndefined();
    const byLabel: Record<string, number> = {};
    for (const node of expected.nodes) byLabel[node.label] = (byLabel[node.label] ?? 0) + 1;
    expect(await countsByLabel()).toEqual(byLabel);
  }, 240_000); // the whole of seed/data, on a possibly busy machine
});
