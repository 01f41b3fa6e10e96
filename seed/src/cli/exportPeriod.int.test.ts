import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../format/readFiles';
import type { Dataset, NodeRecordOf } from '../format/schema';
import { validateDocuments } from '../format/validate';
import { declareSchema } from '../load/declareSchema';
import { loadDataset } from '../load/loadDataset';
import { readSeedDocuments } from '../sources/seedDocuments';
import { clearGraph, testDatabase } from '../testing/testGraph';
import { exportCommand } from './exportCommand';
import type { CommandIO } from './io';

// A period's export from the real graph, with both data sets loaded, read back by a GEXF reader:
// the expected content is counted from the data sets themselves.

const db = testDatabase();
let dir: string;
let dataset: Dataset;

beforeAll(async () => {
  await declareSchema(db);
  await clearGraph(db);
  const { documents, datasets } = await readSeedDocuments(DEFAULT_DATA_DIR);
  dataset = validateDocuments(documents);
  await loadDataset(db, dataset, { datasets });
  dir = await mkdtemp(join(tmpdir(), 'seed-export-period-'));
});
afterAll(async () => {
  await clearGraph(db);
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const result = { code: -1, out: [] as string[], err: [] as string[] };
  result.code = await exportCommand(argv, {
    out: (text) => result.out.push(text),
    err: (text) => result.err.push(text),
    interactive: false,
    open: () => Promise.resolve({ db, close: () => Promise.resolve() }),
  } satisfies CommandIO);
  return result;
}

type Action = NodeRecordOf<'CollectiveAction'>;

/** The last day an action's date may mean: its date is the first day of its day, month or year. */
function lastDayOf(action: Action): string {
  const [year, month] = action.date.split('-').map(Number) as [number, number];
  if (action.datePrecision === 'day') return action.date;
  const last = action.datePrecision === 'year' ? new Date(Date.UTC(year, 12, 0)) : new Date(Date.UTC(year, month, 0));
  return last.toISOString().slice(0, 10);
}

/** The actions of 2019 and 2020, and what the period's export must hold around them. */
function expected() {
  const actions = dataset.nodes.filter(
    (node): node is Action => node.label === 'CollectiveAction' && ['2019', '2020'].includes(node.date.slice(0, 4)),
  );
  const ids = new Set(actions.map((action) => action.id));
  const incident = dataset.relationships.filter((r) => ids.has(r.from) || ids.has(r.to));
  const nodes = new Set([...ids, ...incident.flatMap((r) => [r.from, r.to])]);
  return { actions, incident, nodes };
}

interface Interval {
  start: string | null;
  end: string | null;
}

/** When a GEXF node or edge is present: its `start`/`end`, or its spells; none when always. */
function presenceOf(element: Element): Interval[] {
  const own = { start: element.getAttribute('start') || null, end: element.getAttribute('end') || null };
  if (own.start !== null || own.end !== null) return [own];
  return Array.from(element.getElementsByTagName('spell')).map((spell) => ({
    start: spell.getAttribute('start') || null,
    end: spell.getAttribute('end') || null,
  }));
}

describe('npm run export -- --since 2019 --until 2020', () => {
  it('writes a dynamic GEXF of the period that a GEXF reader opens with its counts and each element’s days', async () => {
    const out = join(dir, 'period.gexf');
    const result = await run('--format', 'gexf', '--out', out, '--since', '2019', '--until', '2020');
    expect(result.code).toBe(0);
    const text = await readFile(out, 'utf8');
    const { actions, incident, nodes } = expected();
    expect(actions.length).toBeGreaterThan(10);

    // graphology's GEXF reader: the structure and the attributes.
    const graph = parseGexf(Graph, text);
    expect(new Set(graph.nodes())).toEqual(nodes);
    const actionIds = graph.filterNodes((_, attributes) => attributes['nodeLabel'] === 'CollectiveAction');
    expect(actionIds.sort()).toEqual(actions.map((action) => action.id).sort());
    for (const r of incident) expect(graph.hasEdge(r.id), r.id).toBe(true);
    // Besides the actions' ties, only relationships no source dates, between what the period keeps.
    const incidentIds = new Set(incident.map((r) => r.id));
    const dated = new Set(
      dataset.nodes.filter((n) => n.label === 'CollectiveAction' || n.label === 'Event').map((n) => n.id),
    );
    graph.forEachEdge((edge, _attributes, source, target) => {
      if (!incidentIds.has(edge)) expect([dated.has(source), dated.has(target)], edge).toEqual([false, false]);
    });

    // The dynamics, as the GEXF 1.3 schema puts them.
    const xml = new DOMParser().parseFromString(text, 'text/xml');
    const graphElement = xml.getElementsByTagName('graph')[0]!;
    expect([graphElement.getAttribute('mode'), graphElement.getAttribute('timeformat')]).toEqual(['dynamic', 'date']);
    const elements = new Map(Array.from(xml.getElementsByTagName('node')).map((n) => [n.getAttribute('id')!, n]));
    for (const action of actions) {
      expect(presenceOf(elements.get(action.id)!), action.id).toEqual([{ start: action.date, end: lastDayOf(action) }]);
      expect(graph.getNodeAttributes(action.id)).toMatchObject({
        timeStart: action.date,
        timeStartPrecision: action.datePrecision,
        timeBasis: 'stated',
        dateRaw: action.dateRaw,
      });
    }
    // Every other node is present while the actions it is tied to hold, which the project infers.
    for (const id of nodes) {
      if (actionIds.includes(id)) continue;
      const intervals = presenceOf(elements.get(id)!);
      expect(graph.getNodeAttribute(id, 'timeBasis'), id).toBe('inferred');
      for (const r of incident.filter((r) => r.from === id || r.to === id)) {
        const action = actions.find((a) => a.id === r.from || a.id === r.to)!;
        const covered = intervals.some(
          (days) => (days.start ?? '') <= action.date && (days.end === null || lastDayOf(action) <= days.end),
        );
        expect(covered, `${id} during ${action.id}`).toBe(true);
      }
    }
    expect(result.err.at(-1)).toMatch(
      new RegExp(`^Exported ${nodes.size} nodes, ${graph.size} relationships and \\d+ sources to `),
    );
  });

  it('carries the dates in GraphML, CSV and JSON', async () => {
    const { actions, nodes } = expected();
    const action = actions[0]!;
    const period = ['--since', '2019', '--until', '2020'];

    const graphmlOut = join(dir, 'period.graphml');
    expect((await run('--format', 'graphml', '--out', graphmlOut, ...period)).code).toBe(0);
    const graphml = new DOMParser().parseFromString(await readFile(graphmlOut, 'utf8'), 'text/xml');
    const keys = Array.from(graphml.getElementsByTagName('key')).map((key) => key.getAttribute('id'));
    expect(keys).toEqual(expect.arrayContaining(['n_timeStart', 'n_timeFirstDay', 'n_timeLastDay']));
    expect(graphml.getElementsByTagName('node')).toHaveLength(nodes.size);
    const node = Array.from(graphml.getElementsByTagName('node')).find((n) => n.getAttribute('id') === action.id)!;
    const values = Object.fromEntries(
      Array.from(node.getElementsByTagName('data')).map((d) => [d.getAttribute('key') ?? '', d.textContent]),
    );
    expect(values).toMatchObject({ n_timeStart: action.date, n_timeLastDay: lastDayOf(action) });

    const csvOut = join(dir, 'period-csv');
    expect((await run('--format', 'csv', '--out', csvOut, ...period)).code).toBe(0);
    const rows = parseCsv<Record<string, string>>(await readFile(join(csvOut, 'nodes.csv'), 'utf8'), {
      columns: true,
    });
    const row = rows.find((r) => r['id'] === action.id)!;
    const timeColumns = ['timeStart', 'timeStartPrecision', 'timeEnd', 'timeEndPrecision', 'timeAsOf'];
    expect(Object.fromEntries([...timeColumns, 'timeFirstDay', 'timeLastDay'].map((c) => [c, row[c]]))).toEqual({
      timeStart: action.date,
      timeStartPrecision: action.datePrecision,
      timeEnd: action.date,
      timeEndPrecision: action.datePrecision,
      timeAsOf: '',
      timeFirstDay: action.date,
      timeLastDay: lastDayOf(action),
    });

    const json = await run('--format', 'json', '--out', '-', ...period);
    const document = JSON.parse(json.out.join('')) as { nodes: { id: string; time?: unknown }[] };
    expect(document.nodes).toHaveLength(nodes.size);
    expect(document.nodes.find((n) => n.id === action.id)!.time).toEqual({
      start: action.date,
      startPrecision: action.datePrecision,
      end: action.date,
      endPrecision: action.datePrecision,
      asOf: null,
      firstDay: action.date,
      lastDay: lastDayOf(action),
    });
  });

  it('names a bad period', async () => {
    expect((await run('--format', 'gexf', '--out', '-', '--since', '2019-13')).err[0]).toMatch(
      /^error: --since must be a date \(2019, 2019-06 or 2019-06-15\), not "2019-13"\n/,
    );
    expect((await run('--format', 'gexf', '--out', '-', '--since', '2021', '--until', '2020')).err[0]).toMatch(
      /^error: --since \(2021-01-01\) must not be after --until \(2020-12-31\)\n/,
    );
  });
});
