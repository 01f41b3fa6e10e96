import { TIME_FIELDS } from '../export/formats';

/**
 * The columns of the CSV pair. Nodes and sources share `nodes.csv` (a source is a row labelled
 * `Source`); relationships name their endpoints `source`/`target` as Gephi and most tools do.
 */
export const NODE_COLUMNS = [
  'id',
  'label',
  'nameEn',
  'nameFr',
  'aliases',
  'translatedByProject',
  'descriptionEn',
  'descriptionFr',
  'kind',
  'kindBasis',
  'kindNote',
  'url',
  'code',
  'date',
  'startTime',
  'endTime',
  'formatEn',
  'formatFr',
  'address',
  'city',
  'questionsEn',
  'questionsFr',
  'obstaclesEn',
  'obstaclesFr',
  'audienceEn',
  'audienceFr',
  'aimEn',
  'aimFr',
  'scopeEn',
  'scopeFr',
  'order',
  'themeEn',
  'themeFr',
  'title',
  'language',
  'publisher',
  'asOf',
  'timeStart',
  'timeStartPrecision',
  'timeEnd',
  'timeEndPrecision',
  'timeAsOf',
  'basis',
  'citations',
  'quotes',
  'note',
  'dataset',
] as const;

export const RELATIONSHIP_COLUMNS = [
  'source',
  'target',
  'type',
  'id',
  'roleEn',
  'roleFr',
  'order',
  'contributionEn',
  'contributionFr',
  'timeStart',
  'timeStartPrecision',
  'timeEnd',
  'timeEndPrecision',
  'timeAsOf',
  'basis',
  'citations',
  'quotes',
  'note',
  'dataset',
] as const;

/**
 * The days a dated record may hold, as the graph derives them from its dates (see `TIME_FIELDS`):
 * written after the other columns of both files, ignored on reading. The dates themselves
 * (`timeStart`…`timeAsOf`) are columns a record may give.
 */
export const TIME_COLUMNS: readonly string[] = TIME_FIELDS.filter(
  (field) => !(NODE_COLUMNS as readonly string[]).includes(field),
);

export const LIST_COLUMNS: ReadonlySet<string> = new Set([
  'aliases',
  'translatedByProject',
  'citations',
  'quotes',
  'questionsEn',
  'questionsFr',
  'obstaclesEn',
  'obstaclesFr',
  'audienceEn',
  'audienceFr',
]);
export const INTEGER_COLUMNS: ReadonlySet<string> = new Set(['order']);

/** Neo4j admin-import header tokens, so files written for `neo4j-admin` read too. */
const NEO4J_TOKENS: Readonly<Record<string, string>> = {
  ':ID': 'id',
  ':LABEL': 'label',
  ':START_ID': 'source',
  ':END_ID': 'target',
  ':TYPE': 'type',
};

/** Maps a header cell to our column name: case-insensitive, `name:int` type suffixes ignored. */
export function canonicalColumn(header: string, columns: readonly string[]): string | undefined {
  const trimmed = header.trim();
  const token = NEO4J_TOKENS[trimmed.toUpperCase()];
  if (token) return token;
  const name = (trimmed.split(':')[0] ?? '').toLowerCase();
  return columns.find((column) => column.toLowerCase() === name);
}
