import { describe, expect, it } from 'vitest';
import { PATH_MILLAND_FUSS } from '../../test/fixtures';
import { explainPaths } from './path';

describe('explaining shortest paths', () => {
  it('says there is no path', () => {
    const result = explainPaths({ paths: [], length: null }, 'Kristy Milland', 'Mark Graham', 'EN');
    expect(result).toEqual({
      found: false,
      summary: 'No path links Kristy Milland and Mark Graham within 6 steps.',
      paths: [],
    });
  });

  it('says each path and step in the API’s words, reversed steps in the relationship’s own direction', () => {
    const result = explainPaths(PATH_MILLAND_FUSS, 'Kristy Milland', 'Robert Fuss', 'EN');
    expect(result.found).toBe(true);
    expect(result.summary).toBe('1 shortest path(s) of 2 step(s) link Kristy Milland and Robert Fuss.');
    expect(result.paths[0]!.steps).toEqual([
      'Kristy Milland speaks in Defending the rights of crowd workers',
      'Robert Fuss speaks in Defending the rights of crowd workers',
    ]);
    expect(result.paths[0]!.text).toBe(
      'Kristy Milland —speaks in→ Defending the rights of crowd workers ←speaks in— Robert Fuss',
    );
  });

  it('prefers the API sentences and explanation', () => {
    const path = PATH_MILLAND_FUSS.paths[0]!;
    const withText = {
      ...PATH_MILLAND_FUSS,
      paths: [
        {
          ...path,
          explanation: 'Kristy Milland and Robert Fuss both speak in Session 1.',
          steps: path.steps.map((step) => ({ ...step, sentence: `API: ${step.from.label}` })),
        },
      ],
    };
    const result = explainPaths(withText, 'A', 'B', 'EN');
    expect(result.paths[0]).toEqual({
      text: 'Kristy Milland and Robert Fuss both speak in Session 1.',
      steps: ['API: Kristy Milland', 'API: Defending the rights of crowd workers'],
    });
  });

  it('speaks French', () => {
    const result = explainPaths(PATH_MILLAND_FUSS, 'Kristy Milland', 'Robert Fuss', 'FR');
    expect(result.summary).toContain('relie(nt) Kristy Milland et Robert Fuss');
  });
});
