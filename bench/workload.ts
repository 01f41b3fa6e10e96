import type { Database } from '@faire-collectif/neo4j';
import type { Workload } from './queries';
import { seededRandom } from './random';

function sample<T>(items: readonly T[], count: number, random: () => number): T[] {
  if (items.length === 0) return [];
  return Array.from({ length: count }, () => items[Math.floor(random() * items.length)] as T);
}

async function column<T>(db: Database, cypher: string): Promise<T[]> {
  const result = await db.read((tx) => tx.run(cypher));
  return result.records.map((record) => record.get(0) as T);
}

/**
 * Draws `count` parameters per query from the graph as loaded, so every request asks about
 * something else: no response cache (and no single hot path in the page cache) can fake a figure.
 */
export async function drawWorkload(db: Database, seed: number, count = 500): Promise<Workload> {
  const random = seededRandom(seed);
  const organisations = await column<string>(db, 'MATCH (n:Organisation) RETURN n.id ORDER BY n.id');
  const people = await column<string>(db, 'MATCH (n:Person) RETURN n.id ORDER BY n.id');
  const combos = await db.read((tx) =>
    tx.run(
      `MATCH (o:Organisation)-[:BASED_IN]->(c:Country)
       RETURN c.code AS country, o.kind AS kind, count(*) AS organisations ORDER BY country, kind`,
    ),
  );
  const networkFilters = combos.records.map((r) => ({
    country: r.get('country') as string,
    kind: r.get('kind') as string,
  }));
  const countries = [...new Set(networkFilters.map((f) => f.country))];

  const actors = [
    ...organisations.map((id) => ({ id, label: 'Organisation' as const })),
    ...people.map((id) => ({ id, label: 'Person' as const })),
  ];
  const names = await column<string>(db, 'MATCH (n:Entity) RETURN n.nameEn ORDER BY n.id');
  // What a person has typed so far: the first three letters or more of a word of a name.
  const typed = (name: string) => {
    const words = name.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3);
    const word = words[Math.floor(random() * words.length)] ?? name;
    return word.slice(0, 3 + Math.floor(random() * Math.max(1, word.length - 2)));
  };
  const searches = sample(names, count, random).map(typed);
  const pathPairs = Array.from({ length: count }, () => {
    const [from, to] = sample(actors, 2, random);
    return { from: from?.id ?? '', to: to?.id ?? '' };
  });

  // Periods start in the year of some action, at a year's or a month's precision, and last up to three years:
  // like the strip's brush, they follow where the actions are.
  const actionYears = await column<string>(db, 'MATCH (a:CollectiveAction) RETURN left(a.date, 4) ORDER BY a.id');
  const periods = sample(actionYears, count, random).map((text) => {
    const year = Number(text);
    const span = Math.floor(random() * 3);
    if (random() < 0.5) return { from: `${year}`, to: `${year + span}` };
    const month = 1 + Math.floor(random() * 12);
    return {
      from: `${year}-${String(month).padStart(2, '0')}`,
      to: `${year + span + 1}-${String(month).padStart(2, '0')}`,
    };
  });
  const actionNames = await column<string>(db, 'MATCH (a:CollectiveAction) RETURN a.nameEn ORDER BY a.id');

  return {
    centres: sample(actors, count, random),
    networkFilters: sample(networkFilters, count, random),
    searches,
    pathPairs,
    countries: sample(countries, count, random),
    periods,
    actionSearches: sample(actionNames, count, random).map(typed),
  };
}
