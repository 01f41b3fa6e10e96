import { useMemo } from 'react';
import type { ActionRowsQuery } from '../models/graphql/generated';
import { buildActionRowsOperation, ACTION_ROWS_LIMIT } from '../models/graphql/operations';
import type { ActionRowInfo } from '../models/tables/table';
import type { GraphNode } from '../models/types';
import { useQuery } from './useQuery';

const NONE = new Map<string, ActionRowInfo>();

/** The dates and data sets of the collective actions among `nodes` (the first ones, within the API's bound). */
export function useActionRows(nodes: readonly GraphNode[]): ReadonlyMap<string, ActionRowInfo> {
  const ids = useMemo(
    () =>
      nodes
        .filter((node) => node.type === 'COLLECTIVE_ACTION')
        .map((node) => node.id)
        .sort()
        .slice(0, ACTION_ROWS_LIMIT),
    [nodes],
  );
  const operation = useMemo(() => (ids.length ? buildActionRowsOperation(ids) : null), [ids]);
  const data = useQuery(operation).data;
  return useMemo(() => (data ? readActionRows(data) : NONE), [data]);
}

function readActionRows(data: ActionRowsQuery): Map<string, ActionRowInfo> {
  const rows = new Map<string, ActionRowInfo>();
  for (const node of data.nodes) {
    if (node && 'date' in node) rows.set(node.id, { date: node.date, dataset: node.dataset.title });
  }
  return rows;
}
