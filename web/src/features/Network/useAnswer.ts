import { useMemo, useRef } from 'react';
import { answerSentence } from '../../models/i18n/answerSentence';
import { answerOf, type Answer } from '../../models/view/answer';
import type { ViewGraph } from '../../models/view/compose';
import type { Explore, Filters } from '../../models/view/viewState';
import type { ExplorerData } from '../../state/useExplorerData';
import type { Language } from '../../models/types';

const NO_ANSWER: Answer = { kind: 'none', ids: new Set(), items: [] };

/**
 * The answer of the view on screen, after whichever of the filters or the exploration changed
 * last, and its sentence. The ids keep their identity while the answer stays the same (a
 * language switch), so the canvas does not move.
 */
export function useAnswer(
  graph: ViewGraph | null,
  filters: Filters,
  explore: Explore,
  lang: Language,
  data: ExplorerData,
): { answer: Answer; sentence: string } {
  // A link that names an exploration step answers with it; otherwise with its filters.
  const stepped = explore.focus !== null || explore.path !== null || explore.expanded.length > 0;
  const seen = useRef({ filters, explore, last: (stepped ? 'explore' : 'filters') as 'filters' | 'explore' });
  if (seen.current.filters !== filters) seen.current = { filters, explore, last: 'filters' };
  else if (seen.current.explore !== explore) seen.current = { filters, explore, last: 'explore' };
  const last = seen.current.last;

  const computed = useMemo(
    () => (graph ? answerOf(graph, explore, filters, last) : NO_ANSWER),
    [graph, explore, filters, last],
  );
  const kept = useRef(computed);
  const key = (answer: Answer) => `${answer.kind}:${[...answer.ids].sort().join(' ')}`;
  if (key(kept.current) !== key(computed)) kept.current = computed;
  const answer: Answer = { ...computed, ids: kept.current.ids };

  const subjectId =
    answer.kind === 'focus' ? explore.focus : answer.kind === 'expand' ? explore.expanded.at(-1)?.id : null;
  const sentence = answerSentence(lang, answer, filters, subjectId ? data.labelOf(subjectId) : null, {
    labelOf: (id) => data.facets?.workerTypes.find((option) => option.id === id)?.label ?? data.labelOf(id),
    countryName: (code) => data.countryNames.get(code) ?? code,
  });
  return { answer, sentence };
}
