import type { Database } from '@faire-collectif/neo4j';
import { RELATIONSHIP_TYPES } from '@faire-collectif/seed';
import type { ProvenanceModel } from './models';
import { asRow, toProvenance } from './records';

/**
 * The provenance of an entity or a relationship, by id; null when nothing has that id. Each
 * relationship type has a unique index on `id`, so the lookup is one index seek per type.
 */
export async function findProvenance(db: Database, id: string): Promise<ProvenanceModel | null> {
  const lookups = [
    'MATCH (n:Entity {id: $id}) RETURN n { .basis, .note, .citations, .quotes, .sourceUrls } AS provenance',
    // The types come from the graph model (the seed package), never from the request.
    ...RELATIONSHIP_TYPES.map(
      (type) =>
        `MATCH ()-[r:${type} {id: $id}]->() RETURN r { .basis, .note, .citations, .quotes, .sourceUrls } AS provenance`,
    ),
  ];
  const result = await db.read((tx) =>
    tx.run(`CALL () { ${lookups.join('\n UNION ALL ')} } RETURN provenance LIMIT 1`, { id }),
  );
  const record = result.records[0];
  return record ? toProvenance(asRow(record.get('provenance'))) : null;
}
