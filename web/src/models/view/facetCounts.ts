import { toGraphFilter, type FacetKey, type GraphFilterInput } from './filters';
import type { Filters } from './viewState';

// Live facet counts: what each option of one facet would show under the other active criteria.
// Within a facet values combine with OR, so an option's count ignores the facet's own choice.

/** The filter that counts `option` of `key`: the other criteria as they are, this facet set to the option alone. */
export function filterForOption(filters: Filters, key: FacetKey, option: string): GraphFilterInput {
  return toGraphFilter({ ...filters, [key]: [option] }) ?? {};
}

/** The alias under which the facet-count operation asks for the `index`-th option. */
export function countAlias(index: number): `c${number}` {
  return `c${index}`;
}

/** An option's state for the list: its count under the other filters, or unknown while not counted. */
export interface OptionCount {
  /** null: not known (not asked yet, or the request failed), not zero. */
  count: number | null;
  /** Zero under the other filters: shown, marked, and not selectable unless already selected. */
  disabled: boolean;
}

/** Reads the counts answered for `options` (`c0`, `c1`… aliases, each a `totalCount`). */
export function readOptionCounts(
  answer: Record<string, { totalCount: number } | null | undefined> | null,
  options: readonly string[],
  selected: readonly string[],
): Map<string, OptionCount> {
  const counts = new Map<string, OptionCount>();
  options.forEach((option, index) => {
    const count = answer?.[countAlias(index)]?.totalCount ?? null;
    counts.set(option, { count, disabled: count === 0 && !selected.includes(option) });
  });
  return counts;
}
