import { describe, expect, it } from 'vitest';
import { firstInReadingOrder, nearestInDirection } from './spatial';

const here = { id: 'here', x: 0, y: 0 };
const others = [
  here,
  { id: 'right-near', x: 50, y: 10 },
  { id: 'right-far', x: 200, y: 0 },
  { id: 'above', x: 5, y: -80 },
  { id: 'diagonal', x: 60, y: 70 },
];

describe('keyboard moves on the canvas', () => {
  it('goes to the nearest entity in the direction of the arrow', () => {
    expect(nearestInDirection(here, others, 'right')).toBe('right-near');
    expect(nearestInDirection(here, others, 'up')).toBe('above');
    expect(nearestInDirection(here, others, 'down')).toBe('diagonal');
    expect(nearestInDirection(here, others, 'left')).toBeNull();
  });

  it('starts from the top left', () => {
    expect(firstInReadingOrder(others)).toBe('above');
    expect(firstInReadingOrder([])).toBeNull();
  });
});
