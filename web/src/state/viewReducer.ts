import {
  applyStep,
  EMPTY_HISTORY,
  record,
  redo,
  undo,
  type ExploreHistory,
  type ExploreStep,
} from '../models/view/explore';
import type { Language } from '../models/types';
import type { ColourBy, Filters, LayoutName, SizeBy, ViewName, ViewState } from '../models/view/viewState';

/** The explorer's state: the view (what the URL holds) and the undo/redo history of exploration steps. */
export interface AppState {
  view: ViewState;
  history: ExploreHistory;
}

export type AppAction =
  | { type: 'filters'; filters: Filters }
  | { type: 'lang'; lang: Language }
  | { type: 'view'; view: ViewName }
  | { type: 'layout'; layout: LayoutName }
  | { type: 'sizeBy'; sizeBy: SizeBy }
  | { type: 'colourBy'; colourBy: ColourBy }
  | { type: 'fold'; fold: boolean }
  | { type: 'select'; id: string | null }
  | { type: 'step'; step: ExploreStep }
  | { type: 'undo' }
  | { type: 'redo' }
  /** A whole view from the address bar (first load, back/forward). */
  | { type: 'replace'; view: ViewState };

export function appReducer(state: AppState, action: AppAction): AppState {
  const view = state.view;
  switch (action.type) {
    case 'filters':
      return { ...state, view: { ...view, filters: action.filters } };
    case 'lang':
      return { ...state, view: { ...view, lang: action.lang } };
    case 'view':
      return { ...state, view: { ...view, view: action.view } };
    case 'layout':
      return { ...state, view: { ...view, layout: action.layout } };
    case 'sizeBy':
      return { ...state, view: { ...view, sizeBy: action.sizeBy } };
    case 'colourBy':
      return { ...state, view: { ...view, colourBy: action.colourBy } };
    case 'fold':
      return { ...state, view: { ...view, fold: action.fold } };
    case 'select':
      return view.selected === action.id ? state : { ...state, view: { ...view, selected: action.id } };
    case 'step': {
      const explore = applyStep(view.explore, action.step);
      if (explore === view.explore) return state;
      const selected = action.step.type === 'hide' && view.selected === action.step.id ? null : view.selected;
      return { view: { ...view, explore, selected }, history: record(state.history, view.explore, explore) };
    }
    case 'undo': {
      const result = undo(state.history, view.explore);
      return result ? { view: { ...view, explore: result.state }, history: result.history } : state;
    }
    case 'redo': {
      const result = redo(state.history, view.explore);
      return result ? { view: { ...view, explore: result.state }, history: result.history } : state;
    }
    case 'replace':
      return { ...state, view: action.view };
  }
}

export function initialAppState(view: ViewState): AppState {
  return { view, history: EMPTY_HISTORY };
}
