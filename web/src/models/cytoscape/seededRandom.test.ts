import { describe, expect, it } from 'vitest';
import { layoutSeed, seededRandom, withSeededRandom } from './seededRandom';

describe('seeded layouts', () => {
  it('gives the same numbers for the same seed and others for another', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });

  it('seeds a view by its ids, whatever their order', () => {
    expect(layoutSeed(['org:b', 'org:a'])).toBe(layoutSeed(['org:a', 'org:b']));
    expect(layoutSeed(['org:a'])).not.toBe(layoutSeed(['org:a', 'org:b']));
  });

  it('restores Math.random afterwards, even when the run throws', () => {
    const original = Math.random;
    const drawn = withSeededRandom(7, () => [Math.random(), Math.random()]);
    expect(withSeededRandom(7, () => [Math.random(), Math.random()])).toEqual(drawn);
    expect(() =>
      withSeededRandom(7, () => {
        throw new Error('layout failed');
      }),
    ).toThrow('layout failed');
    expect(Math.random).toBe(original);
  });
});
