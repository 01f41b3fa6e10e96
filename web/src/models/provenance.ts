import type { CitationData } from './types';

/**
 * Each citation once: the same passage of the same document (same link and words) cited twice,
 * as the union of several facts' sources may be, shows once, in the order first met.
 */
export function uniqueCitations(citations: readonly CitationData[]): CitationData[] {
  const seen = new Set<string>();
  return citations.filter((citation) => {
    const key = JSON.stringify([citation.source.id, citation.locator, citation.url, citation.quote]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
