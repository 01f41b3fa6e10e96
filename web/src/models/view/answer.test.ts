import { describe, expect, it } from 'vitest';
import { crowd, edge, fcw, fuss, germany, igMetall, session1, verdi } from '../../test/fixtures';
import { answerOf } from './answer';
import type { ViewGraph } from './compose';
import { EMPTY_EXPLORE, EMPTY_FILTERS } from './viewState';

function graphOf(nodes: ViewGraph['nodes'], edges: ViewGraph['edges'], pathNodeIds: string[] = []): ViewGraph {
  return {
    nodes,
    edges,
    total: nodes.length,
    truncated: false,
    expansions: [],
    pathNodeIds: new Set(pathNodeIds),
    pathEdgeIds: new Set(),
    hiddenCount: 0,
    addedIds: new Set(),
    undatedCount: 0,
  };
}

const germanCrowd = graphOf(
  [verdi, fcw, germany, crowd, fuss, session1],
  [
    edge(verdi.id, 'ORGANISES', crowd.id),
    edge(fcw.id, 'ORGANISES', crowd.id, { basis: 'INFERRED' }),
    edge(verdi.id, 'BASED_IN', germany.id),
    edge(fcw.id, 'BASED_IN', germany.id),
    edge(fuss.id, 'HOLDS_ROLE', fcw.id),
    edge(fuss.id, 'SPEAKS_IN', session1.id),
  ],
);
const filters = { ...EMPTY_FILTERS, countries: ['DE'], workerTypes: [crowd.id] };

describe('the answer of a view', () => {
  it('is the organisations a filtered view finds, in name order, each stated or inferred', () => {
    const answer = answerOf(germanCrowd, EMPTY_EXPLORE, filters, 'filters');
    expect(answer.kind).toBe('filters');
    expect([...answer.ids]).toEqual([fcw.id, verdi.id]);
    expect(answer.items).toEqual([
      { id: fcw.id, label: 'FairCrowdWork Watch', basis: 'INFERRED' },
      { id: verdi.id, label: 'Ver.di', basis: 'STATED' },
    ]);
  });

  it('leaves out an organisation tied to nothing asked, such as a company an action there stood up to', () => {
    const withCompany = graphOf(
      [...germanCrowd.nodes, igMetall],
      [...germanCrowd.edges, edge(fuss.id, 'HOLDS_ROLE', igMetall.id)],
    );
    const answer = answerOf(withCompany, EMPTY_EXPLORE, filters, 'filters');
    expect([...answer.ids]).toEqual([fcw.id, verdi.id]);
  });

  it('is the whole view when the filters name no entity of it (a data set, a period)', () => {
    const answer = answerOf(
      germanCrowd,
      EMPTY_EXPLORE,
      { ...EMPTY_FILTERS, datasets: ['d'], since: '2019' },
      'filters',
    );
    expect(answer.kind).toBe('none');
    expect(answer.items).toEqual([]);
  });

  it('is nothing in particular for the whole graph', () => {
    const answer = answerOf(germanCrowd, EMPTY_EXPLORE, EMPTY_FILTERS, 'filters');
    expect(answer.kind).toBe('none');
    expect(answer.ids.size).toBe(0);
  });

  it('is the focused entity and its neighbours after a focus', () => {
    const answer = answerOf(germanCrowd, { ...EMPTY_EXPLORE, focus: fuss.id }, filters, 'explore');
    expect(answer.kind).toBe('focus');
    expect([...answer.ids].sort()).toEqual([fcw.id, fuss.id, session1.id].sort());
    expect(answer.items.map((item) => item.id)).not.toContain(fuss.id);
  });

  it('is the last expansion after an expand, and the path when one is asked', () => {
    const expanded = {
      ...EMPTY_EXPLORE,
      expanded: [
        { id: igMetall.id, limit: 25 },
        { id: session1.id, limit: 25 },
      ],
    };
    expect([...answerOf(germanCrowd, expanded, filters, 'explore').ids].sort()).toEqual([fuss.id, session1.id].sort());
    const grown = { ...germanCrowd, addedIds: new Set([session1.id]) };
    expect(answerOf(grown, expanded, filters, 'explore').added).toBe(1);
    const withPath = graphOf(germanCrowd.nodes, germanCrowd.edges, [fuss.id, fcw.id, crowd.id]);
    const path = answerOf(withPath, { ...expanded, path: { from: fuss.id, to: crowd.id } }, filters, 'explore');
    expect(path.kind).toBe('path');
    expect(path.ids.size).toBe(3);
  });

  it('follows the filters when they changed last, whatever was explored before', () => {
    const answer = answerOf(germanCrowd, { ...EMPTY_EXPLORE, focus: fuss.id }, filters, 'filters');
    expect(answer.kind).toBe('filters');
  });
});
