import { createContext, useContext, type RefObject } from 'react';
import type { ExploreStep } from '../../models/view/explore';
import type { GraphEdge, GraphNode, Language } from '../../models/types';
import type { ViewState } from '../../models/view/viewState';
import type { ExplorerData } from '../../state/useExplorerData';
import type { AppAction, AppState } from '../../state/viewReducer';
import type { Insight } from '../Insight/useInsight';
import type { CanvasHandle } from '../Network/canvasHandle';
import type { Announcer } from './useAnnouncer';
import type { PathDraft } from './usePathDraft';

/** What every part of the explorer reads and does: the view, its data, and the ways to change them. */
export interface Explorer {
  state: AppState;
  view: ViewState;
  lang: Language;
  dispatch(action: AppAction): void;
  data: ExplorerData;
  /** The entities and relationships on screen (empty before the first answer). */
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  insight: Insight;
  pathDraft: PathDraft;
  announcer: Announcer;
  canvas: RefObject<CanvasHandle | null>;
  select(id: string | null): void;
  step(step: ExploreStep): void;
}

export const ExplorerContext = createContext<Explorer | null>(null);

/** The explorer's shared state, for the parts of the page under `App`. */
export function useExplorer(): Explorer {
  const explorer = useContext(ExplorerContext);
  if (!explorer) throw new Error('useExplorer() is only available inside the explorer (App).');
  return explorer;
}
