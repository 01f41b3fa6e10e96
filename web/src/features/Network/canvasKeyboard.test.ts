import cytoscape from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { handleCanvasKey, type KeyboardActions } from './canvasKeyboard';

function canvas() {
  return cytoscape({
    headless: true,
    elements: [
      { group: 'nodes', data: { id: 'left' } },
      { group: 'nodes', data: { id: 'right' } },
    ],
  });
}

function actions() {
  return {
    onSelect: vi.fn<(id: string | null) => void>(),
    onExpand: vi.fn<(id: string) => void>(),
    onHide: vi.fn<(id: string) => void>(),
    onFocus: vi.fn<(id: string) => void>(),
  } satisfies KeyboardActions;
}

describe('the canvas keys', () => {
  it('claim the arrow keys, so that they move the selection rather than scroll the page', () => {
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']) {
      expect(handleCanvasKey(canvas(), key, 'left', actions())).toBe(true);
    }
  });

  it('expand, hide and focus the selected entity, and do nothing without one', () => {
    const cy = canvas();
    const spy = actions();
    expect(handleCanvasKey(cy, 'Enter', 'left', spy)).toBe(true);
    expect(handleCanvasKey(cy, 'h', 'left', spy)).toBe(true);
    expect(handleCanvasKey(cy, 'f', 'right', spy)).toBe(true);
    expect(spy.onExpand).toHaveBeenCalledWith('left');
    expect(spy.onHide).toHaveBeenCalledWith('left');
    expect(spy.onFocus).toHaveBeenCalledWith('right');
    expect(handleCanvasKey(cy, 'e', null, spy)).toBe(false);
    expect(spy.onExpand).toHaveBeenCalledTimes(1);
  });

  it('unselect on Escape and leave other keys alone', () => {
    const spy = actions();
    expect(handleCanvasKey(canvas(), 'Escape', 'left', spy)).toBe(false);
    expect(spy.onSelect).toHaveBeenCalledWith(null);
    expect(handleCanvasKey(canvas(), 'x', 'left', spy)).toBe(false);
  });
});
