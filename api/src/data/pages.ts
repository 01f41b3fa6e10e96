import neo4j from 'neo4j-driver';
import type { PageModel } from './models';

// Pages of the lists that fields give for each parent (`country.organisationsConnection`), loaded
// for many parents in one query: each key asks for one page of one parent's list.

/** One page of the list a field gives for one parent. */
export interface PageKey {
  id: string;
  offset: number;
  first: number;
}

/** The keys as a query parameter: Cypher slices by integers, not the driver's floats. */
export function pageKeysParameter(keys: readonly PageKey[]): unknown[] {
  return keys.map(({ id, offset, first }) => ({ id, offset: neo4j.int(offset), first: neo4j.int(first) }));
}

/** The pages in the keys' order, from records of `index`, `totalCount` and `items`. */
export function pagesInOrder<T>(
  keys: readonly PageKey[],
  records: ReadonlyArray<{ get(key: string): unknown }>,
  convert: (value: unknown) => T,
): Array<PageModel<T>> {
  const pages: Array<PageModel<T>> = keys.map((key) => ({ items: [], offset: key.offset, totalCount: 0 }));
  for (const record of records) {
    const page = pages[record.get('index') as number];
    if (page === undefined) continue;
    page.items = (record.get('items') as unknown[]).map(convert);
    page.totalCount = record.get('totalCount') as number;
  }
  return pages;
}
