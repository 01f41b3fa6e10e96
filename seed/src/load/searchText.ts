import type { NodeRecord } from '../format/schema';
import { ORGANISATION_KINDS, type OrganisationKind } from '../model/graphModel';
import { ORGANISATION_KIND_WORDS } from '../model/vocabulary';

// The derived properties the full-text index reads besides the names: `searchText` (aliases, and
// the words hidden inside names and aliases) ranks like a name; `searchDescription` (descriptions
// and an organisation's kind in both languages) ranks below. The index's tokenizer keeps
// `FairCrowdWork` and `Strategie_Gouv` whole, so the parts a person may type are stored too.

/** An organisation kind as people name it, in English and in French (none for an unspecified kind). */
export const KIND_SEARCH_WORDS: Readonly<Record<OrganisationKind, string>> = Object.fromEntries(
  ORGANISATION_KINDS.map((kind) => [
    kind,
    kind === 'UNSPECIFIED' ? '' : `${ORGANISATION_KIND_WORDS[kind].EN} | ${ORGANISATION_KIND_WORDS[kind].FR}`,
  ]),
) as Record<OrganisationKind, string>;

/**
 * The words inside the words of `text`, which the index's tokenizer keeps whole: `FairCrowdWork`
 * → `Fair Crowd Work | CrowdWork`, `@Strategie_Gouv` → `Strategie Gouv`, `d'activité` →
 * `d activité`; "" when there are none.
 */
export function innerWords(text: string): string {
  const out: string[] = [];
  for (const word of text.split(/[\s|]+/)) {
    const parts = word
      .split(/[_@#'’]+/)
      .flatMap((part) => part.split(/(?<=[\p{Ll}\p{N}])(?=\p{Lu})/u))
      .filter((part) => part.length > 0);
    if (parts.length < 2) continue;
    out.push(parts.join(' '));
    // The tail of a compound is a word too: `crowdwork` finds `FairCrowdWork`.
    for (let start = 1; start < parts.length - 1; start += 1) out.push(parts.slice(start).join(''));
  }
  return out.join(' | ');
}

/** The fields of a node the search properties derive from (a NodeRecord, or a stored node). */
export type SearchFields = Pick<NodeRecord, 'label' | 'nameEn' | 'nameFr' | 'aliases'> & {
  descriptionEn?: string;
  descriptionFr?: string;
  kind?: string;
};

export function searchText(record: SearchFields): string {
  const names = [record.nameEn, record.nameFr, ...record.aliases];
  const texts = new Set([...record.aliases, ...names.map(innerWords)].filter((text) => text.length > 0));
  return [...texts].join(' | ');
}

export function searchDescription(record: SearchFields): string {
  const kindWords = record.label === 'Organisation' ? KIND_SEARCH_WORDS[record.kind as OrganisationKind] : undefined;
  const descriptions = [record.descriptionEn, record.descriptionFr];
  return [...descriptions, ...descriptions.map((text) => innerWords(text ?? '')), kindWords]
    .filter((text): text is string => text !== undefined && text.length > 0)
    .join(' | ');
}
