import { describe, expect, it } from 'vitest';
import { encodeCursor } from './cursor';
import { toConnection } from './connection';

describe('toConnection', () => {
  it('gives each item the cursor of its offset and says whether pages lie around', () => {
    expect(toConnection({ items: ['c', 'd'], offset: 2, totalCount: 5 })).toEqual({
      edges: [
        { cursor: encodeCursor(2), node: 'c' },
        { cursor: encodeCursor(3), node: 'd' },
      ],
      nodes: ['c', 'd'],
      pageInfo: { hasNextPage: true, hasPreviousPage: true, startCursor: encodeCursor(2), endCursor: encodeCursor(3) },
      totalCount: 5,
    });
  });

  it('has no cursors on an empty page', () => {
    expect(toConnection({ items: [], offset: 5, totalCount: 5 }).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
  });
});
