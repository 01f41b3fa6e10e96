import { relationshipName, t } from './i18n';
import type { Language, PathResultData, PathStepData } from './types';

/** A shortest-path answer said in words. */
export interface PathExplanation {
  found: boolean;
  /** One sentence about all paths (`2 shortest paths of 3 steps link A and B.`). */
  summary: string;
  /** Per path: the whole path in one line, then one sentence per step. */
  paths: { text: string; steps: string[] }[];
}

/** A step in words when the API gives no sentence: `A holds a role at B`, turned round when walked backwards. */
export function describeStep(step: PathStepData, lang: Language): string {
  if (step.sentence.trim()) return step.sentence.trim();
  const [subject, object] = step.reversed ? [step.to, step.from] : [step.from, step.to];
  return `${subject.label} ${relationshipName(lang, step.edge.type)} ${object.label}`;
}

/** A path in one line: `A —holds a role at→ B ←speaks in— C`. */
export function pathLine(steps: readonly PathStepData[], lang: Language): string {
  const first = steps[0];
  if (!first) return '';
  let line = first.from.label;
  for (const step of steps) {
    const words = relationshipName(lang, step.edge.type);
    line += step.reversed ? ` ←${words}— ${step.to.label}` : ` —${words}→ ${step.to.label}`;
  }
  return line;
}

/** Explains the shortest paths between two entities, named `fromLabel` and `toLabel`. */
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
      text: path.explanation.trim() || pathLine(path.steps, lang),
      steps: path.steps.map((step) => describeStep(step, lang)),
    })),
  };
}
