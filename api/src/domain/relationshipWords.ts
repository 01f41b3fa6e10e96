import type {
  GraphEdgeModel,
  GraphNodeModel,
  Language,
  PathModel,
  PathStepModel,
  RelationshipType,
} from '../data/models';
import { RELATIONSHIP_WORDS } from '@faire-collectif/seed/model';
import { inLanguage } from './language';

// Relationships said in words, in English and French (the model's wording): short labels for
// edges and path explanations, and whole sentences for path steps.

/** The relationship type in a few words (`speaks in`). */
export function relationshipVerb(type: RelationshipType, lang: Language): string {
  return RELATIONSHIP_WORDS[type][lang];
}

/** An edge's label: the role title for a role, else the type in words. */
export function edgeLabel(edge: GraphEdgeModel, lang: Language): string {
  const title = inLanguage(lang, edge.roleEn, edge.roleFr);
  return edge.type === 'HOLDS_ROLE' && title ? title : relationshipVerb(edge.type, lang);
}

/** A node's name; the titles of sessions and events in quotation marks, as each language writes them. */
function nodeName(node: GraphNodeModel, lang: Language): string {
  const name = inLanguage(lang, node.nameEn, node.nameFr);
  if (node.type !== 'SESSION' && node.type !== 'EVENT') return name;
  return inLanguage(lang, `“${name}”`, `« ${name} »`);
}

/**
 * A step as a sentence, always stating the fact in the relationship's own direction:
 * `Robert Fuss holds the role Leader at FairCrowdWork Watch`.
 */
export function stepSentence(step: PathStepModel, lang: Language): string {
  const [subject, object] = step.reversed ? [step.to, step.from] : [step.from, step.to];
  const title = inLanguage(lang, step.edge.roleEn, step.edge.roleFr);
  if (step.edge.type === 'HOLDS_ROLE' && title) {
    return inLanguage(
      lang,
      `${nodeName(subject, lang)} holds the role ${title} at ${nodeName(object, lang)}`,
      `${nodeName(subject, lang)} occupe la fonction « ${title} » chez ${nodeName(object, lang)}`,
    );
  }
  return `${nodeName(subject, lang)} ${relationshipVerb(step.edge.type, lang)} ${nodeName(object, lang)}`;
}

/** The whole path with arrows: `Kristy Milland —speaks in→ Session 1 ←speaks in— Robert Fuss`. */
export function pathExplanation(path: PathModel, lang: Language): string {
  const first = path.nodes[0];
  if (!first) return '';
  return path.steps.reduce(
    (text, step) => {
      const verb = relationshipVerb(step.edge.type, lang);
      const arrow = step.reversed ? ` ←${verb}— ` : ` —${verb}→ `;
      return `${text}${arrow}${nodeName(step.to, lang)}`;
    },
    nodeName(first, lang),
  );
}
