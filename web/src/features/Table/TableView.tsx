import { useMemo, useState } from 'react';
import type { ExploreStep } from '../../models/view/explore';
import { t } from '../../models/i18n';
import {
  entityRows,
  nextSort,
  relationshipRows,
  sortRows,
  type EntityColumn,
  type RelationshipColumn,
  type Sort,
} from '../../models/tables/table';
import type { GraphEdge, GraphNode, Language } from '../../models/types';
import { useActionRows } from '../../state/useActionRows';
import { SortableHeader } from './SortableHeader';
import { useRowNavigation } from './useRowNavigation';

export interface TableViewProps {
  lang: Language;
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  selected: string | null;
  pathNodeIds: ReadonlySet<string>;
  onSelect(id: string): void;
  onStep(step: ExploreStep): void;
}

/** The view as tables: the accessible equivalent of the canvas, sortable and keyboard-navigable. */
export function TableView(props: TableViewProps) {
  const { lang } = props;
  const [entitySort, setEntitySort] = useState<Sort<EntityColumn>>({ column: 'name', direction: 'ascending' });
  const [edgeSort, setEdgeSort] = useState<Sort<RelationshipColumn>>({
    column: 'relationship',
    direction: 'ascending',
  });
  const actionRows = useActionRows(props.nodes);
  const entities = useMemo(
    () => sortRows(entityRows(props.nodes, lang, actionRows), entitySort, lang, 'name'),
    [props.nodes, entitySort, lang, actionRows],
  );
  const relationships = useMemo(
    () => sortRows(relationshipRows(props.edges, props.nodes, lang), edgeSort, lang, 'from'),
    [props.edges, props.nodes, edgeSort, lang],
  );
  const entityNav = useRowNavigation(
    entities.map((row) => row.id),
    (key, id) => {
      switch (key) {
        case 'Enter':
        case ' ':
          props.onSelect(id);
          return true;
        case 'e':
          props.onStep({ type: 'expand', id });
          return true;
        case 'h':
          props.onStep({ type: 'hide', id });
          return true;
        case 'f':
          props.onStep({ type: 'focus', id });
          return true;
        default:
          return false;
      }
    },
  );
  const edgeNav = useRowNavigation(
    relationships.map((row) => row.id),
    (key, id) => {
      if (key !== 'Enter' && key !== ' ') return false;
      props.onSelect(id);
      return true;
    },
  );
  const entityColumns: { column: EntityColumn; label: string }[] = [
    { column: 'name', label: t(lang, 'colName') },
    { column: 'type', label: t(lang, 'colType') },
    { column: 'kind', label: t(lang, 'colKind') },
    { column: 'countries', label: t(lang, 'colCountries') },
    { column: 'date', label: t(lang, 'colDate') },
    { column: 'dataset', label: t(lang, 'colDataset') },
    { column: 'degree', label: t(lang, 'colDegree') },
  ];
  const edgeColumns: { column: RelationshipColumn; label: string }[] = [
    { column: 'from', label: t(lang, 'colFrom') },
    { column: 'relationship', label: t(lang, 'colRelationship') },
    { column: 'to', label: t(lang, 'colTo') },
    { column: 'basis', label: t(lang, 'colBasis') },
  ];
  return (
    <div className="table-view">
      <p className="muted" id="table-help">
        {t(lang, 'tableHelp')}
      </p>
      <div className="table-scroll">
        <table
          role="grid"
          aria-labelledby="entities-caption"
          aria-describedby="table-help"
          aria-rowcount={entities.length + 1}
          data-testid="entities-table"
        >
          <caption id="entities-caption">
            {t(lang, 'table')} ({entities.length})
          </caption>
          <thead>
            <tr>
              {entityColumns.map(({ column, label }) => (
                <SortableHeader
                  key={column}
                  column={column}
                  label={label}
                  sort={entitySort}
                  sortLabel={t(lang, 'sortBy', { col: label })}
                  onSort={(next) => setEntitySort(nextSort(entitySort, next, next === 'degree'))}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {entities.map((row) => (
              <tr
                key={row.id}
                ref={entityNav.register(row.id)}
                tabIndex={entityNav.focusId === row.id ? 0 : -1}
                aria-selected={props.selected === row.id}
                className={
                  [props.selected === row.id ? 'selected' : '', props.pathNodeIds.has(row.id) ? 'on-path' : '']
                    .filter(Boolean)
                    .join(' ') || undefined
                }
                data-id={row.id}
                onFocus={() => entityNav.setCurrent(row.id)}
                onKeyDown={(event) => entityNav.onKeyDown(event, row.id)}
                onClick={() => props.onSelect(row.id)}
              >
                <th scope="row">{row.name}</th>
                <td>{row.type}</td>
                <td>{row.kind}</td>
                <td>{row.countries}</td>
                <td>{row.date && <time dateTime={row.date}>{row.date}</time>}</td>
                <td>{row.dataset}</td>
                <td className="num">{row.degree}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll">
        <table
          role="grid"
          aria-labelledby="edges-caption"
          aria-rowcount={relationships.length + 1}
          data-testid="relationships-table"
        >
          <caption id="edges-caption">
            {t(lang, 'tableEdges')} ({relationships.length})
          </caption>
          <thead>
            <tr>
              {edgeColumns.map(({ column, label }) => (
                <SortableHeader
                  key={column}
                  column={column}
                  label={label}
                  sort={edgeSort}
                  sortLabel={t(lang, 'sortBy', { col: label })}
                  onSort={(next) => setEdgeSort(nextSort(edgeSort, next))}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {relationships.map((row) => (
              <tr
                key={row.id}
                ref={edgeNav.register(row.id)}
                tabIndex={edgeNav.focusId === row.id ? 0 : -1}
                aria-selected={props.selected === row.id}
                className={props.selected === row.id ? 'selected' : undefined}
                onFocus={() => edgeNav.setCurrent(row.id)}
                onKeyDown={(event) => edgeNav.onKeyDown(event, row.id)}
                onClick={() => props.onSelect(row.id)}
              >
                <td>{row.from}</td>
                <td>
                  {row.relationship}
                  {row.label && <span className="muted"> ({row.label})</span>}
                </td>
                <td>{row.to}</td>
                <td>{row.basis}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
