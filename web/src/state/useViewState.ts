import { useCallback, useEffect, useReducer, useRef } from 'react';
import { t } from '../models/i18n';
import { formatViewState, parseViewState, type ViewState } from '../models/view/viewState';
import { appReducer, initialAppState, type AppAction, type AppState } from './viewReducer';

/**
 * The view, kept in the address bar: each change pushes a history entry, so back and forward
 * walk through views and a copied address opens the same view.
 */
export function useViewState(): [AppState, (action: AppAction) => void, (view: ViewState) => void] {
  const [state, dispatch] = useReducer(appReducer, undefined, () =>
    initialAppState(parseViewState(window.location.search)),
  );
  const fromPopState = useRef(false);
  /** A repaired address replaces the one it repairs, instead of adding a step to the history. */
  const repairing = useRef(false);

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
    document.title = t(state.view.lang, 'documentTitle');
    if (fromPopState.current) {
      fromPopState.current = false;
      return;
    }
    const replace = repairing.current;
    repairing.current = false;
    if (search !== window.location.search) {
      const address = `${window.location.pathname}${search}${window.location.hash}`;
      if (replace) window.history.replaceState(null, '', address);
      else window.history.pushState(null, '', address);
    }
  }, [state.view]);

  const stableDispatch = useCallback((action: AppAction) => dispatch(action), []);
  const repair = useCallback((view: ViewState) => {
    repairing.current = true;
    fromPopState.current = false;
    dispatch({ type: 'replace', view });
  }, []);
  return [state, stableDispatch, repair];
}
