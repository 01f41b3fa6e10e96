export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Placed {
  id: string;
  x: number;
  y: number;
}

/**
 * The entity to move to from `from` when an arrow key is pressed: the nearest one lying in that
 * direction (within a 45° cone either side, distance weighted against straying sideways), or
 * null when there is none.
 */
export function nearestInDirection(from: Placed, candidates: readonly Placed[], direction: Direction): string | null {
  let best: { id: string; score: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.id === from.id) continue;
    const dx = candidate.x - from.x;
    const dy = candidate.y - from.y;
    const along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const across = direction === 'right' || direction === 'left' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0 || across > along) continue;
    const score = along + 2 * across;
    if (!best || score < best.score) best = { id: candidate.id, score };
  }
  return best?.id ?? null;
}

/** Where keyboard navigation starts when nothing is selected: the entity nearest the top-left corner. */
export function firstInReadingOrder(candidates: readonly Placed[]): string | null {
  let best: Placed | null = null;
  for (const candidate of candidates) {
    if (!best || candidate.y + candidate.x * 0.5 < best.y + best.x * 0.5) best = candidate;
  }
  return best?.id ?? null;
}
