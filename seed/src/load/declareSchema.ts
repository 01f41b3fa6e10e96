import type { Database } from '@faire-collectif/neo4j';
import { ENTITY_LABEL, FULLTEXT_INDEX, NODE_LABELS, RELATIONSHIP_TYPES, SOURCE_LABEL } from '../model/graphModel';
import { IMPORT_LOCK_CONSTRAINT } from './importLock';
import { refreshSearchProperties } from './refreshSearch';

const snake = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();

/** The schema statements, in order. Names are stable so `IF NOT EXISTS` makes this idempotent. */
export function schemaStatements(): string[] {
  const unique = (name: string, pattern: string, property = 'id') =>
    `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR ${pattern} REQUIRE ${pattern.includes('[') ? 'r' : 'n'}.${property} IS UNIQUE`;
  return [
    unique('entity_id', `(n:${ENTITY_LABEL})`),
    unique('source_id', `(n:${SOURCE_LABEL})`),
    ...NODE_LABELS.map((label) => unique(`${snake(label)}_id`, `(n:${label})`)),
    // Relationship property uniqueness is available in Community since 5.7: ids stay unique per type.
    ...RELATIONSHIP_TYPES.map((type) => unique(`${type.toLowerCase()}_id`, `()-[r:${type}]-()`)),
    unique('country_code', '(n:Country)', 'code'),
    IMPORT_LOCK_CONSTRAINT,
    'CREATE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.kind)',
    'CREATE INDEX session_order IF NOT EXISTS FOR (n:Session) ON (n.order)',
    `CREATE INDEX entity_dataset IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.dataset)`,
    // A period is compared with the days the dated facts may hold (model/time.ts).
    ...(['CollectiveAction', 'Event'] as const).flatMap((label) =>
      ['timeFirstDay', 'timeLastDay'].map(
        (property) =>
          `CREATE INDEX ${snake(label)}_${snake(property)} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`,
      ),
    ),
    fulltextIndexStatement(),
  ];
}

/** What the full-text index reads (searchText.ts derives the last two). */
export const FULLTEXT_PROPERTIES = ['nameEn', 'nameFr', 'searchText', 'searchDescription'] as const;
// standard-folding: accent-insensitive, so "Mériaux" is found by "meriaux" and "Stratégie" by "strategie".
const FULLTEXT_ANALYZER = 'standard-folding';

function fulltextIndexStatement(): string {
  const properties = FULLTEXT_PROPERTIES.map((property) => `n.${property}`).join(', ');
  return (
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON EACH [${properties}] ` +
    `OPTIONS { indexConfig: { \`fulltext.analyzer\`: '${FULLTEXT_ANALYZER}' } }`
  );
}

/**
 * Drops the full-text index when a store declared it with other properties or another analyzer
 * (`IF NOT EXISTS` would keep the old one). True when it did: the nodes' search properties must
 * then be derived again.
 */
async function dropOutdatedFulltextIndex(db: Database): Promise<boolean> {
  const found = await db.read((tx) =>
    tx.run('SHOW FULLTEXT INDEXES YIELD name, properties, options WHERE name = $name RETURN properties, options', {
      name: FULLTEXT_INDEX,
    }),
  );
  const record = found.records[0];
  if (!record) return false;
  const properties = record.get('properties') as string[];
  const analyzer = (record.get('options') as { indexConfig?: Record<string, unknown> }).indexConfig?.[
    'fulltext.analyzer'
  ];
  const same =
    analyzer === FULLTEXT_ANALYZER &&
    properties.length === FULLTEXT_PROPERTIES.length &&
    FULLTEXT_PROPERTIES.every((property) => properties.includes(property));
  if (same) return false;
  await db.write((tx) => tx.run(`DROP INDEX ${FULLTEXT_INDEX} IF EXISTS`));
  return true;
}

/**
 * Declares constraints and indexes (each schema statement needs its own transaction), then waits
 * until every index is online so the first search after a seed sees the data.
 *
 * `concurrency` runs that many statements at once: on a store that already holds a graph (after a
 * bulk import) each constraint populates its index from a scan, and scans overlap.
 */
export async function declareSchema(db: Database, options: { concurrency?: number } = {}): Promise<void> {
  const outdated = await dropOutdatedFulltextIndex(db);
  const queue = schemaStatements();
  const worker = async () => {
    for (let statement = queue.shift(); statement !== undefined; statement = queue.shift()) {
      await db.write((tx) => tx.run(statement));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker));
  if (outdated) await refreshSearchProperties(db);
  await db.read((tx) => tx.run('CALL db.awaitIndexes(300)'));
}
