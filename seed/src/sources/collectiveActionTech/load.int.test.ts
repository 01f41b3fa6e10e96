import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@faire-collectif/neo4j';
import { jsonDocument } from '../../format/document';
import { DEFAULT_DATA_DIR } from '../../format/readFiles';
import { validateDocuments } from '../../format/validate';
import { declareSchema } from '../../load/declareSchema';
import { loadDataset } from '../../load/loadDataset';
import { planLoad } from '../../load/plan';
import { clearGraph, snapshot, testDatabase } from '../../testing/testGraph';
import { readSeedDocuments } from '../seedDocuments';
import { deriveCollectiveActionTech } from './derive';
import { readMappings, type Mappings } from './mappings';
import { parseLocation, valueKey } from './normalise';
import { upstreamActions, upstreamInfo, type RawAction } from './testSlices';

let db: Database;
let mappings: Mappings;

beforeAll(async () => {
  db = testDatabase();
  await clearGraph(db);
  await declareSchema(db);
  mappings = await readMappings(DEFAULT_DATA_DIR);
});
afterAll(async () => {
  await db.close();
});

async function rows(cypher: string): Promise<Record<string, unknown>[]> {
  return db.read(async (tx) => (await tx.run(cypher)).records.map((record) => record.toObject()));
}

/** How many actions of the file have each key (an action counted once per key). */
function tally(actions: readonly RawAction[], keys: (action: RawAction) => Iterable<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const action of actions) for (const key of new Set(keys(action))) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

async function graphTally(cypher: string): Promise<Record<string, number>> {
  return Object.fromEntries((await rows(cypher)).map((row) => [row.key as string, Number(row.n)]));
}

/** The programme and a derivation of this `actions.json` text, validated together. */
async function seedDatasetWith(actionsText: string) {
  const { documents } = await readSeedDocuments(DEFAULT_DATA_DIR);
  const programme = documents.filter((d) => d.dataset !== 'collective-action-tech');
  const knownIds = new Set(
    programme.flatMap((d) => d.records.filter((r) => r.list === 'nodes').map((r) => (r.value as { id: string }).id)),
  );
  const { data } = deriveCollectiveActionTech('actions.json', actionsText, {
    mappings,
    info: upstreamInfo(),
    knownIds,
  });
  return validateDocuments([...programme, jsonDocument('actions.json', data)]);
}

/** A whole-file load is a few seconds on an idle machine; leave room for a busy one. */
const WHOLE_FILE_TIMEOUT = 240_000;

describe('the whole Collective Action in Tech file in Neo4j', () => {
  const actions = upstreamActions();

  it(
    'loads every action with its date and sources, and the counts the file gives',
    async () => {
      const { documents, datasets } = await readSeedDocuments(DEFAULT_DATA_DIR);
      const started = performance.now();
      const summary = await loadDataset(db, validateDocuments(documents), { prune: true, datasets });
      console.info(`seed/data loaded in ${Math.round(performance.now() - started)} ms: ${summary.toString()}`);

      const stored = await rows(
        'MATCH (a:CollectiveAction) RETURN a.id AS id, a.date AS date, a.sourcesRaw AS sources, a.citations AS citations',
      );
      expect(stored).toHaveLength(actions.length);
      const byId = new Map(stored.map((row) => [row.id, row]));
      for (const action of actions) {
        expect(byId.get(`action:${action.id}`)).toEqual({
          id: `action:${action.id}`,
          date: String(action.date).replaceAll('/', '-'),
          sources: action.sources,
          citations: [`collective-action-tech#action-${action.id}`],
        });
      }

      expect(
        await graphTally('MATCH (a:CollectiveAction) RETURN substring(a.date, 0, 4) AS key, count(*) AS n'),
      ).toEqual(tally(actions, (a) => [String(a.date).slice(0, 4)]));

      const termCounts = (field: string, table: Record<string, { id: string }>) =>
        tally(actions, (a) =>
          (a[field] as string[]).map((raw) => table[valueKey(raw)]?.id).filter((id) => id !== undefined),
        );
      expect(
        await graphTally('MATCH (a:CollectiveAction)-[:TOOK_FORM]->(f) RETURN f.id AS key, count(DISTINCT a) AS n'),
      ).toEqual(termCounts('actions', mappings.vocabulary.forms));
      expect(
        await graphTally('MATCH (a:CollectiveAction)-[:INVOLVES]->(w) RETURN w.id AS key, count(DISTINCT a) AS n'),
      ).toEqual(termCounts('employment_types', mappings.vocabulary.employmentTypes));
      expect(
        await graphTally(
          'MATCH (a:CollectiveAction)-[:TOOK_PLACE_IN]->(c) RETURN c.code AS key, count(DISTINCT a) AS n',
        ),
      ).toEqual(
        tally(actions, (a) =>
          ((a.locations as string[] | null) ?? [])
            .map((raw) => mappings.places.countries[parseLocation(raw).country])
            .filter((code) => code !== undefined),
        ),
      );
      // The seminar's countries are the same nodes: France holds the seminar and actions.
      const [france] = await rows(
        `MATCH (c:Country {code: 'FR'}) RETURN c.dataset AS dataset,
         COUNT { (:Event)-[:HELD_IN]->(c) } AS events, COUNT { (:CollectiveAction)-[:TOOK_PLACE_IN]->(c) } AS actions`,
      );
      expect(france).toMatchObject({ dataset: 'programme-2016-07-08' });
      expect(Number(france!.events)).toBe(1);
      expect(Number(france!.actions)).toBeGreaterThan(0);
    },
    WHOLE_FILE_TIMEOUT,
  );

  it('stores when each fact holds: actions and their ties at their date, the seminar on its day or as of it, taxonomy undated', async () => {
    // Each action and each of its relationships span the days its date may mean, at its precision.
    const wrong = await rows(
      `MATCH (a:CollectiveAction)-[r]-()
       WITH a, r, CASE a.datePrecision WHEN 'year' THEN left(a.date, 4) WHEN 'month' THEN left(a.date, 7) ELSE a.date END AS at
       WHERE NOT (a.timeStart = at AND a.timeEnd = at AND a.timeStartPrecision = a.datePrecision
                  AND a.timeFirstDay <= a.date AND a.timeLastDay >= a.date
                  AND r.timeStart = at AND r.timeFirstDay = a.timeFirstDay AND r.timeLastDay = a.timeLastDay)
       RETURN a.id AS id LIMIT 5`,
    );
    expect(wrong).toEqual([]);
    const seminar = await rows(
      `MATCH (n:Entity) WHERE n:Event OR n:Session
       RETURN DISTINCT n.timeStart AS start, n.timeEnd AS end, n.timeFirstDay AS first, n.timeLastDay AS last`,
    );
    expect(seminar).toEqual([{ start: '2016-07-08', end: '2016-07-08', first: '2016-07-08', last: '2016-07-08' }]);
    const byType = await rows(
      `MATCH ()-[r]->() WHERE r.dataset = 'programme-2016-07-08'
       RETURN type(r) AS type, r.timeStart AS start, r.timeAsOf AS asOf, r.timeFirstDay AS first, r.timeLastDay AS last,
              count(*) AS n ORDER BY type, asOf`,
    );
    const kinds = Object.fromEntries(byType.map(({ n: _n, type, ...time }) => [type as string, time]));
    const asOf = { start: null, asOf: '2016-07-08', first: '2016-07-08', last: '2016-07-08' };
    const onTheDay = { start: '2016-07-08', asOf: null, first: '2016-07-08', last: '2016-07-08' };
    expect(kinds).toMatchObject({ HOLDS_ROLE: asOf, BASED_IN: asOf, ORGANISES: asOf, USES_FORM: asOf, LEADS: asOf });
    expect(kinds).toMatchObject({
      SPEAKS_IN: onTheDay,
      HELD_IN: onTheDay,
      CO_ORGANISED: onTheDay,
      ORGANISED: onTheDay,
    });
    expect(kinds['SUBTYPE_OF']).toEqual({ start: null, asOf: null, first: null, last: null });
    // Every programme relationship but taxonomy is dated, on the day or as of it, never both (a
    // session is part of the event on its day; an initiative part of a union as of it).
    expect(byType.filter((row) => row.type !== 'SUBTYPE_OF').every((row) => row.first === '2016-07-08')).toBe(true);
    expect(byType.filter((row) => row.type === 'PART_OF').map((row) => row.asOf)).toEqual(['2016-07-08', null]);
    expect(
      await rows(`MATCH ()-[r]->() WHERE r.timeAsOf IS NOT NULL AND r.timeStart IS NOT NULL RETURN r.id LIMIT 1`),
    ).toEqual([]);
    // Entities other than actions, events and sessions are never dated.
    expect(
      await rows(
        `MATCH (n:Entity) WHERE NOT (n:CollectiveAction OR n:Event OR n:Session) AND n.timeFirstDay IS NOT NULL RETURN n.id LIMIT 1`,
      ),
    ).toEqual([]);
  });

  it('describes each data set in a Dataset node with its counts', async () => {
    const described = await rows(
      `MATCH (d:Dataset) RETURN d.id AS id, d.authors AS authors, d.licence AS licence, d.commit AS commit,
         d.nodeCount AS nodes, d.countsByType AS counts ORDER BY id`,
    );
    expect(described.map((d) => d.id)).toEqual(['collective-action-tech', 'programme-2016-07-08']);
    const [tech, programme] = described;
    expect(tech).toMatchObject({
      authors: ['JS Tan', 'Nataliya Nedzhvetskaya'],
      licence: 'Unlicense',
      commit: 'b79996c1d1483412dcde0b82667d2fac857f9d4a',
    });
    expect(tech!.counts).toContain(`CollectiveAction=${actions.length}`);
    const [stored] = await rows(`MATCH (n:Entity {dataset: 'programme-2016-07-08'}) RETURN count(n) AS n`);
    expect(Number(programme!.nodes)).toBe(Number(stored!.n));
  });

  it(
    'changes nothing when loaded again',
    async () => {
      const before = await snapshot(db);
      const { documents, datasets } = await readSeedDocuments(DEFAULT_DATA_DIR);
      const summary = await loadDataset(db, validateDocuments(documents), { prune: true, datasets });
      expect(summary.changed).toBe(false);
      expect(await snapshot(db)).toEqual(before);
    },
    WHOLE_FILE_TIMEOUT,
  );

  it(
    'applies a newer file: one action added, one changed, one removed',
    async () => {
      const edited = upstreamActions();
      const removed = edited.splice(
        edited.findIndex((a) => a.id === 382),
        1,
      )[0]!;
      const changed = edited.find((a) => a.id === 7)!;
      changed.workers = 1234;
      edited.push({ ...edited.find((a) => a.id === 8)!, id: 9001, date: '2023/11/01' });
      const dataset = await seedDatasetWith(JSON.stringify(edited));

      const plan = await planLoad(db, dataset, { prune: true });
      expect(plan.summary.nodes.CollectiveAction).toEqual({
        created: 1,
        updated: 1,
        unchanged: actions.length - 2,
        deleted: 1,
      });
      const summary = await loadDataset(db, dataset, { prune: true });
      expect(summary.nodes.CollectiveAction).toEqual(plan.summary.nodes.CollectiveAction);

      const [after] = await rows(
        `OPTIONAL MATCH (gone:CollectiveAction {id: 'action:${removed.id}'})
       MATCH (kept:CollectiveAction {id: 'action:7'}), (added:CollectiveAction {id: 'action:9001'})
       RETURN gone IS NULL AS removed, kept.workers AS workers, added.date AS date,
              COUNT { (added)-[:TOOK_FORM]->() } AS forms`,
      );
      expect(after).toMatchObject({ removed: true, date: '2023-11-01' });
      expect(Number(after!.workers)).toBe(1234);
      expect(Number(after!.forms)).toBeGreaterThan(0);
      // Facts only the removed action stated go with it; nothing else of the seminar changes.
      expect(summary.nodes.Person).toEqual({ created: 0, updated: 0, unchanged: 11, deleted: 0 });
    },
    WHOLE_FILE_TIMEOUT,
  );
});
