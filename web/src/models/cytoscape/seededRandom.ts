/** A 32-bit hash of a text (FNV-1a), to seed a layout from what it lays out. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A small seeded generator (mulberry32): the same seed gives the same numbers, in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of a view's layout: its entity ids, whatever order the answer lists them in. */
export function layoutSeed(ids: Iterable<string>): number {
  return hashText([...ids].sort().join('\n'));
}

/**
 * Runs `run` with `Math.random` drawing from a generator seeded with `seed`: the layouts
 * (fcose's spectral start and its forces) call `Math.random` synchronously, so the same view is
 * laid out the same way on every load, and a shared or cited link shows the picture its author saw.
 */
export function withSeededRandom<T>(seed: number, run: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return run();
  } finally {
    Math.random = original;
  }
}
