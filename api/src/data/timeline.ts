import neo4j from 'neo4j-driver';
import type { Database } from '@faire-collectif/neo4j';
import { compileFilter, type EntityFilter } from './filter';
import type { TimelineFacet, TimelineInterval, TimelineSeriesModel } from './models';
import { asRow, num, str } from './records';
import { KEY_LENGTH, type BucketCounts } from './timelineBuckets';

/** The dated facts a timeline counts. */
export const FACT_TYPES = ['COLLECTIVE_ACTION', 'EVENT'] as const;
export type FactType = (typeof FACT_TYPES)[number];

const FACT_LABELS: Readonly<Record<FactType, string>> = { COLLECTIVE_ACTION: 'CollectiveAction', EVENT: 'Event' };

/**
 * The values of each facet a fact `v` reaches, by the graph model: an action's forms, workers,
 * countries and struggles and an event's themes, country and organisers. The relationship types
 * reach other labels too (an event CONCERNS worker types and forms), so the value's label is named.
 */
const FACET_PATTERNS: Readonly<Record<Exclude<TimelineFacet, 'DATASET'>, string>> = {
  FORM: '(v)-[:TOOK_FORM|CONCERNS]->(x:OrganisingForm)',
  WORKER_TYPE: '(v)-[:INVOLVES|CONCERNS]->(x:WorkerType)',
  COUNTRY: '(v)-[:TOOK_PLACE_IN|HELD_IN]->(x:Country)',
  STRUGGLE: '(v)-[:CONCERNS]->(x:Struggle)',
  ORGANISER: '(v)<-[:ORGANISED|CO_ORGANISED]-(x:Organisation)',
};

/**
 * The first day fact `v` may stand for: the stored `timeFirstDay`, else the day its `date` starts
 * on at its `datePrecision` (`2019` → 2019-01-01; an event's date is a day); null when undated.
 */
const FIRST_DAY = `coalesce(v.timeFirstDay, CASE v.datePrecision WHEN 'year' THEN left(v.date, 4) + '-01-01'
                     WHEN 'month' THEN left(v.date, 7) + '-01' ELSE v.date END)`;

/** How precisely the source dates fact `v`'s start. */
const PRECISION = `coalesce(v.timeStartPrecision, v.datePrecision, 'day')`;

/** The ids of the facet's values of fact `v`, a list (empty: none). */
function valuesOf(by: TimelineFacet): string {
  if (by === 'DATASET') return 'CASE WHEN v.dataset IS NULL THEN [] ELSE [v.dataset] END';
  return `COLLECT { MATCH ${FACET_PATTERNS[by]} RETURN DISTINCT x.id }`;
}

/** The series of `ranked` with their names: a data set's title (it has one), an entity's names. */
function named(by: TimelineFacet): string {
  const [pattern, en, fr] =
    by === 'DATASET'
      ? ['(x:Dataset {id: s.id})', 'x.title', 'x.title']
      : ['(x:Entity {id: s.id})', 'x.nameEn', 'x.nameFr'];
  return `COLLECT { UNWIND ranked AS s OPTIONAL MATCH ${pattern}
                    RETURN { id: s.id, count: s.count, nameEn: coalesce(${en}, s.id), nameFr: coalesce(${fr}, s.id) } }`;
}

export interface TimelineQuery {
  /** The facts counted (the filter's types are left aside). */
  facts: readonly FactType[];
  interval: TimelineInterval;
  by: TimelineFacet;
  /** How many values get a series of their own. */
  series: number;
}

/** A timeline's counts, with only the buckets that count facts (in no order). */
export interface TimelineCounts {
  series: TimelineSeriesModel[];
  counted: BucketCounts[];
  undatedCount: number;
  undatedCounts: number[];
}

/**
 * The facts the filter matches, each in the bucket of the first day it may stand for (the stored
 * `timeFirstDay`, else the day its `date` and `datePrecision` start on), or of the period's first
 * day when it starts before the period, and split by the facet's values: the `series` values that
 * count the most facts (then by id) have a series each. One query; it returns one row per value in
 * a series and per bucket that counts facts, whatever the number of facts.
 */
export async function countTimeline(
  db: Database,
  filter: EntityFilter | undefined,
  query: TimelineQuery,
): Promise<TimelineCounts> {
  const types = query.facts;
  const compiled = compileFilter({ ...filter, types });
  const label = types.length === 1 ? FACT_LABELS[types[0] as FactType] : undefined;
  const result = await db.read((tx) =>
    tx.run(
      `${compiled.subqueries}
       ${compiled.candidates('v', label)}
       WITH DISTINCT v
       WITH v, ${FIRST_DAY} AS day
       WITH v, left(CASE WHEN day < $boundFrom THEN $boundFrom ELSE day END, $keyLength) AS bucket,
            $keyLength = 7 AND ${PRECISION} = 'year' AS imprecise
       WITH collect({ bucket: bucket, imprecise: imprecise, values: ${valuesOf(query.by)} }) AS facts
       CALL (facts) {
         UNWIND facts AS f
         UNWIND f.values AS id
         WITH id, count(*) AS n
         ORDER BY n DESC, id
         RETURN collect({ id: id, count: n })[0..$series] AS ranked
       }
       WITH facts, ranked, [s IN ranked | s.id] AS seriesIds
       RETURN seriesIds, ${named(query.by)} AS series,
         COLLECT { UNWIND facts AS f
                   WITH f WHERE f.bucket IS NOT NULL
                   WITH f.bucket AS bucket, collect(f) AS inBucket
                   RETURN { start: bucket, total: size(inBucket),
                            counts: [id IN seriesIds | size([g IN inBucket WHERE id IN g.values])],
                            otherCount: size([g IN inBucket WHERE any(x IN g.values WHERE NOT x IN seriesIds)]),
                            noValueCount: size([g IN inBucket WHERE size(g.values) = 0]),
                            imprecise: size([g IN inBucket WHERE g.imprecise]) } } AS counted,
         size([f IN facts WHERE f.bucket IS NULL]) AS undatedCount,
         [id IN seriesIds | size([f IN facts WHERE f.bucket IS NULL AND id IN f.values])] AS undatedCounts`,
      {
        ...compiled.params,
        boundFrom: filter?.period?.from ?? null,
        keyLength: neo4j.int(KEY_LENGTH[query.interval]),
        series: neo4j.int(query.series),
      },
    ),
  );
  const row = asRow(result.records[0]?.toObject() ?? {});
  const byId = new Map(
    (row['series'] as unknown[]).map((value) => {
      const s = asRow(value);
      const series = { id: str(s, 'id'), nameEn: str(s, 'nameEn'), nameFr: str(s, 'nameFr'), count: num(s, 'count') };
      return [series.id, series] as const;
    }),
  );
  // In the ranking's order, which the counts follow (the subquery that names them need not keep it).
  const series = (row['seriesIds'] as string[]).map((id) => byId.get(id) as TimelineSeriesModel);
  return {
    series,
    counted: row['counted'] as BucketCounts[],
    undatedCount: row['undatedCount'] as number,
    undatedCounts: row['undatedCounts'] as number[],
  };
}
