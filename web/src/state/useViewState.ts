import { useCallback, useEffect, useReducer, useRef } from 'react';
import { formatViewState, parseViewState } from '../models/view/viewState';
import { appReducer, initialAppState, type AppAction, type AppState } from './viewReducer';

/**
 * The view, kept in the address bar: each change pushes a history entry, so back and forward
 * walk through views and a copied address opens the same view.
 */
export function useViewState(): [AppState, (action: AppAction) => void] {
  const [state, dispatch] = useReducer(appReducer, undefined, () =>
    initialAppState(parseViewState(window.location.search)),
  );
  const fromPopState = useRef(false);

  useEffect(() => {
    const onPopState = () => {
      fromPopState.current = true;
      dispatch({ type: 'replace', view: parseViewState(window.location.search) });
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  useEffect(() => {
    const search = formatViewState(state.view);
    document.documentElement.lang = state.view.lang === 'FR' ? 'fr' : 'en';
    if (fromPopState.current) {
      fromPopState.current = false;
      return;
    }
    if (search !== window.location.search) {
      window.history.pushState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
    }
  }, [state.view]);

  const stableDispatch = useCallback((action: AppAction) => dispatch(action), []);
  return [state, stableDispatch];
}
