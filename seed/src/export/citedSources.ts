import { CITATION_PATTERN } from '../format/schema';

/** The ids of the sources these records cite. */
export function citedSources(records: readonly { citations: string[] }[]): Set<string> {
  const ids = new Set<string>();
  for (const record of records) {
    for (const citation of record.citations ?? []) {
      const id = CITATION_PATTERN.exec(citation)?.[1];
      if (id) ids.add(id);
    }
  }
  return ids;
}
