import { describe, expect, it } from 'vitest';
import { EDGES, NODES, node } from '../../test/fixtures';
import { entityRows, nextSort, relationshipRows, sortRows } from './table';

describe('table rows', () => {
  it('describes entities in the interface language', () => {
    const [row] = entityRows([NODES[0]!], 'FR');
    expect(row).toEqual({
      id: 'org:ig-metall',
      name: 'IG Metall',
      type: 'Organisation',
      kind: 'Syndicat',
      countries: 'DE',
      date: '',
      dataset: '',
      degree: 5,
    });
  });

  it('gives collective actions their date and data set, sorted by date with the undated last', () => {
    const info = new Map([
      ['action:b', { date: '2019-06-15', dataset: 'Collective Action in Tech' }],
      ['action:a', { date: '2018', dataset: 'Collective Action in Tech' }],
      ['action:c', { date: '2019-06', dataset: 'Collective Action in Tech' }],
    ]);
    const rows = entityRows(
      [
        node('org:x', 'Union X'),
        node('action:b', 'B', { type: 'COLLECTIVE_ACTION' }),
        node('action:a', 'A', { type: 'COLLECTIVE_ACTION' }),
        node('action:c', 'C', { type: 'COLLECTIVE_ACTION' }),
      ],
      'EN',
      info,
    );
    expect(rows[1]).toMatchObject({
      type: 'Collective action',
      date: '2019-06-15',
      dataset: 'Collective Action in Tech',
    });
    const byDate = (direction: 'ascending' | 'descending') =>
      sortRows(rows, { column: 'date', direction }, 'EN', 'name').map((row) => row.id);
    expect(byDate('ascending')).toEqual(['action:a', 'action:c', 'action:b', 'org:x']);
    expect(byDate('descending')).toEqual(['action:b', 'action:c', 'action:a', 'org:x']);
  });

  it('sorts by name with accents in their place, and by number', () => {
    const rows = entityRows(
      [node('person:z', 'Zoé'), node('person:e', 'Émile'), node('person:a', 'Anne', { degree: 9 })],
      'FR',
    );
    expect(sortRows(rows, { column: 'name', direction: 'ascending' }, 'FR', 'name').map((row) => row.name)).toEqual([
      'Anne',
      'Émile',
      'Zoé',
    ]);
    expect(sortRows(rows, { column: 'degree', direction: 'descending' }, 'FR', 'name')[0]!.name).toBe('Anne');
  });

  it('describes relationships with both ends', () => {
    const rows = relationshipRows(EDGES, NODES, 'EN');
    expect(rows[3]).toMatchObject({
      from: 'Robert Fuss',
      relationship: 'holds a role at',
      label: 'Leader',
      to: 'FairCrowdWork Watch',
      basis: 'stated',
    });
  });

  it('flips the direction on a second click', () => {
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'name')).toEqual({
      column: 'name',
      direction: 'descending',
    });
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'degree', true)).toEqual({
      column: 'degree',
      direction: 'descending',
    });
  });
});
