import type { Sort } from '../../models/tables/table';

/** A column header that sorts by its column, announcing the current order through `aria-sort`. */
export function SortableHeader<Column extends string>({
  column,
  label,
  sort,
  sortLabel,
  onSort,
}: {
  column: Column;
  label: string;
  sort: Sort<Column>;
  sortLabel: string;
  onSort(column: Column): void;
}) {
  const active = sort.column === column;
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'}>
      <button type="button" className="sort" onClick={() => onSort(column)} title={sortLabel}>
        {label}
        <span aria-hidden="true" className="sort-mark">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
