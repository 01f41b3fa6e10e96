import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

/**
 * Roving focus over table rows: one row is in the tab order; arrows, Page Up/Down, Home and End
 * move focus between rows; other keys go to `onKey` with the focused row's id.
 */
export function useRowNavigation(ids: readonly string[], onKey: (key: string, id: string) => boolean) {
  const [current, setCurrent] = useState<string | null>(null);
  const rows = useRef(new Map<string, HTMLTableRowElement>());
  const focusId = ids.includes(current ?? '') ? current : (ids[0] ?? null);

  const register = useCallback(
    (id: string) => (element: HTMLTableRowElement | null) => {
      if (element) rows.current.set(id, element);
      else rows.current.delete(id);
    },
    [],
  );

  function move(to: number) {
    const id = ids[Math.max(0, Math.min(ids.length - 1, to))];
    if (id === undefined) return;
    setCurrent(id);
    rows.current.get(id)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableRowElement>, id: string) {
    const index = ids.indexOf(id);
    switch (event.key) {
      case 'ArrowDown':
        move(index + 1);
        break;
      case 'ArrowUp':
        move(index - 1);
        break;
      case 'PageDown':
        move(index + 10);
        break;
      case 'PageUp':
        move(index - 10);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(ids.length - 1);
        break;
      default:
        if (!onKey(event.key, id)) return;
    }
    event.preventDefault();
  }

  return { focusId, register, onKeyDown, setCurrent };
}
