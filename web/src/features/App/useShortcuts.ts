import { useEffect } from 'react';
import type { AppAction } from '../../state/viewReducer';

/** Ctrl/⌘+Z undoes an exploration step, Ctrl/⌘+Shift+Z or Ctrl/⌘+Y redoes it (not while typing). */
export function useShortcuts(dispatch: (action: AppAction) => void): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (!(event.ctrlKey || event.metaKey)) return;
      if (event.key.toLowerCase() === 'z') {
        event.preventDefault();
        dispatch({ type: event.shiftKey ? 'redo' : 'undo' });
      } else if (event.key.toLowerCase() === 'y') {
        event.preventDefault();
        dispatch({ type: 'redo' });
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [dispatch]);
}
