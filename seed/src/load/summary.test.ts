import { describe, expect, it } from 'vitest';
import { LoadSummary } from './summary';

describe('LoadSummary', () => {
  it('adds counts by label and type, and says what changed', () => {
    const summary = new LoadSummary();
    expect(summary.changed).toBe(false);
    summary.count('nodes', 'Person', { created: 2, unchanged: 1 });
    summary.count('nodes', 'Person', { deleted: 1 });
    summary.count('relationships', 'HOLDS_ROLE', { updated: 3 });
    summary.countSources({ unchanged: 2 });
    expect(summary.changed).toBe(true);
    expect(summary.nodes.Person).toEqual({ created: 2, updated: 0, unchanged: 1, deleted: 1 });
    expect(String(summary)).toBe(
      '3 nodes (2 created, 1 unchanged, 1 deleted), 3 relationships (3 updated), 2 sources (2 unchanged)',
    );
    expect(summary.table().split('\n')).toEqual([
      '               created  updated  unchanged  deleted',
      '(:Person)            2        0          1        1',
      '[:HOLDS_ROLE]        0        3          0        0',
      '(:Source)            0        0          2        0',
    ]);
  });
});
