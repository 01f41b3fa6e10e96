import { ENTITY_TYPE_WORDS, labelOf, ORGANISATION_KIND_WORDS, RELATIONSHIP_WORDS } from '@faire-collectif/seed/model';
import type { Basis, EdgeType, EntityType, Language, OrganisationKind } from '../types';
import { t } from './messages';

// The domain's words come from the graph model's vocabulary, so the canvas, the legend, the
// details panel and the path sentences say what the API says.

export function entityTypeName(lang: Language, type: EntityType): string {
  return ENTITY_TYPE_WORDS[labelOf(type)].one[lang];
}

export function kindName(lang: Language, kind: OrganisationKind): string {
  return ORGANISATION_KIND_WORDS[kind][lang];
}

/** How a link reads: a relationship's words from the model, or what a folded link stands for. */
export function relationshipName(lang: Language, type: EdgeType): string {
  return type === 'FOLDED' ? t(lang, 'foldedLink') : RELATIONSHIP_WORDS[type][lang];
}

export function basisName(lang: Language, basis: Basis): string {
  return t(lang, basis === 'STATED' ? 'stated' : 'inferred');
}

/** A number written the way the language writes it. */
export function formatNumber(lang: Language, value: number): string {
  return new Intl.NumberFormat(lang === 'FR' ? 'fr-FR' : 'en-GB').format(value);
}
