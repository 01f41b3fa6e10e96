import { t } from '../i18n';
import type { Language, PathResultData } from '../types';

/** A shortest-path answer said in words. */
export interface PathExplanation {
  found: boolean;
  /** One sentence about all paths (`2 shortest paths of 3 steps link A and B.`). */
  summary: string;
  /** Per path: the whole path in one line, then one sentence per step. */
  paths: { text: string; steps: string[] }[];
}

/** Explains the shortest paths between two entities, named `fromLabel` and `toLabel`, with the API's sentences. */
export function explainPaths(
  result: PathResultData,
  fromLabel: string,
  toLabel: string,
  lang: Language,
): PathExplanation {
  if (!result.paths.length || result.length === null) {
    return { found: false, summary: t(lang, 'pathNone', { a: fromLabel, b: toLabel }), paths: [] };
  }
  return {
    found: true,
    summary: t(lang, 'pathSummary', {
      count: result.paths.length,
      length: result.length,
      a: fromLabel,
      b: toLabel,
    }),
    paths: result.paths.map((path) => ({
      text: path.explanation,
      steps: path.steps.map((step) => step.sentence),
    })),
  };
}
