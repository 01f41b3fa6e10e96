import { describe, expect, it } from 'vitest';
import { movesMuch } from './answerFocus';

describe('fitting to the answer', () => {
  const canvas = { width: 1000, height: 600 };
  const view = { zoom: 1, pan: { x: 100, y: 50 } };

  it('animates a move the eye can follow, and makes a small one at once', () => {
    expect(movesMuch(view, { zoom: 1.03, pan: { x: 120, y: 60 } }, canvas)).toBe(false);
    expect(movesMuch(view, { zoom: 1.2, pan: view.pan }, canvas)).toBe(true);
    expect(movesMuch(view, { zoom: 0.9, pan: view.pan }, canvas)).toBe(true);
    expect(movesMuch(view, { zoom: 1, pan: { x: 160, y: 50 } }, canvas)).toBe(true);
  });
});
