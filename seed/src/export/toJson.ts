import type { Dataset } from '../format/schema';
import { defaultRelationshipId } from '../model/graphModel';
import { formatJson } from './jsonFormat';
import { recordTimes, type Times } from './times';

/** The most common data set name: the file's default, so most records need not repeat it. */
function mainDataset(dataset: Dataset): string {
  const counts = new Map<string, number>();
  for (const record of [...dataset.sources, ...dataset.nodes, ...dataset.relationships]) {
    counts.set(record.dataset, (counts.get(record.dataset) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'export';
}

/**
 * A data set as a file in the seed's JSON format, which `npm run import` reads back. Defaults are
 * left out: the file's data set name, empty alias lists, relationship ids equal to the default.
 * A dated record ends with its `time` (the API's `TimeSpan`), which the graph derives from its
 * dates and reading ignores.
 */
export function toJsonDocument(dataset: Dataset, times: Times = recordTimes(dataset)): string {
  const name = mainDataset(dataset);
  const timed = <T extends object>(id: string, record: T) => {
    const time = times.get(id);
    return time ? { ...record, time } : record;
  };
  const own = <T extends { dataset: string }>({ dataset: recordDataset, ...rest }: T) =>
    recordDataset === name ? rest : { ...rest, dataset: recordDataset };
  const document = {
    dataset: name,
    sources: dataset.sources.map(own),
    nodes: dataset.nodes.map((node) => {
      const { aliases, ...rest } = own(node);
      return timed(node.id, aliases.length ? { ...rest, aliases } : rest);
    }),
    relationships: dataset.relationships.map((relationship) => {
      const { id, ...rest } = own(relationship);
      return timed(
        id,
        id === defaultRelationshipId(relationship.from, relationship.type, relationship.to) ? rest : { id, ...rest },
      );
    }),
  };
  return `${formatJson(document)}\n`;
}
