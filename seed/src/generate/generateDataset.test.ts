import { describe, expect, it } from 'vitest';
import { validateDataset } from '../format/validate';
import { generateDataset } from './generateDataset';

describe('generateDataset', () => {
  it('generates a valid data set of the requested size, the same for the same seed', () => {
    const document = generateDataset({ nodes: 1000, seed: 7 });
    expect(document.nodes).toHaveLength(1000);
    expect(generateDataset({ nodes: 1000, seed: 7 })).toEqual(document);
    expect(generateDataset({ nodes: 1000, seed: 8 })).not.toEqual(document);

    const dataset = validateDataset(document, 'generated.json');
    expect(dataset.relationships.length).toBeGreaterThan(3 * 1000);
    expect(dataset.relationships.length).toBeLessThan(5 * 1000);
    const labels = new Set(dataset.nodes.map((node) => node.label));
    expect([...labels].sort()).toEqual([
      'Country',
      'Event',
      'Organisation',
      'OrganisingForm',
      'Person',
      'Session',
      'WorkerType',
    ]);
  });

  it('has power-law membership: a few organisations hold many roles', () => {
    const { relationships } = generateDataset({ nodes: 1000, seed: 1 });
    const members = new Map<string, number>();
    for (const r of relationships)
      if (r.type === 'HOLDS_ROLE') members.set(String(r.to), (members.get(String(r.to)) ?? 0) + 1);
    const degrees = [...members.values()].sort((a, b) => b - a);
    expect(degrees[0]!).toBeGreaterThan(20 * degrees[Math.floor(degrees.length / 2)]!);
  });
});
