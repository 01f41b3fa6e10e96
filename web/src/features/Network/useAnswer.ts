import { useMemo, useState } from 'react';
import { answerSentence } from '../../models/i18n/answerSentence';
import { answerOf, type Answer } from '../../models/view/answer';
import type { ViewGraph } from '../../models/view/compose';
import type { Explore, Filters } from '../../models/view/viewState';
import type { ExplorerData } from '../../state/useExplorerData';
import type { Language } from '../../models/types';

const NO_ANSWER: Answer = { kind: 'none', ids: new Set(), items: [] };

/** Which of the filters or the exploration changed last, and the values it was told from. */
interface Seen {
  filters: Filters;
  explore: Explore;
  last: 'filters' | 'explore';
}

/** What an answer says, whatever the identity of its ids: its kind and its ids, sorted. */
const answerKey = (answer: Answer) => `${answer.kind}:${[...answer.ids].sort().join(' ')}`;

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
  // A link that names an exploration step answers with it; otherwise with its filters. Which of
  // the two changed last is kept in state, updated while rendering (not in an effect).
  const stepped = explore.focus !== null || explore.path !== null || explore.expanded.length > 0;
  const [seen, setSeen] = useState<Seen>(() => ({ filters, explore, last: stepped ? 'explore' : 'filters' }));
  let last = seen.last;
  if (seen.filters !== filters || seen.explore !== explore) {
    last = seen.filters !== filters ? 'filters' : 'explore';
    setSeen({ filters, explore, last });
  }

  const computed = useMemo(
    () => (graph ? answerOf(graph, explore, filters, last) : NO_ANSWER),
    [graph, explore, filters, last],
  );
  // The answer whose ids are on screen: replaced only when the answer itself changes.
  const [kept, setKept] = useState(computed);
  let ids = kept.ids;
  if (kept !== computed && answerKey(kept) !== answerKey(computed)) {
    ids = computed.ids;
    setKept(computed);
  }
  const answer: Answer = { ...computed, ids };

  const subjectId =
    answer.kind === 'focus' ? explore.focus : answer.kind === 'expand' ? explore.expanded.at(-1)?.id : null;
  const sentence = answerSentence(lang, answer, filters, subjectId ? data.labelOf(subjectId) : null, {
    labelOf: (id) => data.facets?.workerTypes.find((option) => option.id === id)?.label ?? data.labelOf(id),
    countryName: (code) => data.countryNames.get(code) ?? code,
  });
  return { answer, sentence };
}
