import { describe, expect, it } from 'vitest';
import { useProgrammeApi } from './api-harness';

// No N+1: the number of Cypher statements for a nested query depends on its shape (one per level
// and field), never on how many results each level has.

const api = useProgrammeApi();

/** The Cypher statements one operation runs, and its result. */
/** The lists these operations ask for, as far as the tests read them. */
interface Lists {
  organisations: { nodes: Array<{ members: unknown[] }> };
  sessions: { nodes: unknown[] };
}

async function measure(query: string, variables: Record<string, unknown>) {
  const before = api.db.queryCount;
  const body = await api.query<Lists>(query, variables);
  expect(body.errors).toBeUndefined();
  return { statements: api.db.queryCount - before, body };
}

describe('nested queries', () => {
  const MEMBERS = `query($first: Int!) {
    organisations(first: $first) {
      nodes { name members { title person { name roles { organisation { name countries { code } } } } } }
    }
  }`;

  it('run one statement per level, for 1 organisation as for all of them', async () => {
    const one = await measure(MEMBERS, { first: 1 });
    const all = await measure(MEMBERS, { first: 100 });
    const organisations = all.body.data!.organisations.nodes.length;
    const members = all.body.data!.organisations.nodes.flatMap((o) => o.members).length;
    expect([organisations, members]).toEqual([16, 11]);
    // organisations, members (with their person), roles (with their organisation), countries.
    expect(one.statements).toBe(4);
    expect(all.statements).toBe(4);
  });

  it('batch every field of a level, and the citations of every provenance', async () => {
    const PROGRAMME = `query($first: Int!) {
      sessions(first: $first, orderBy: { field: NAME, direction: ASC }) {
        nodes {
          name event { name country { code } }
          speakers { person { name countries { code } roles { organisation { partOf { name } workerTypes { name } } } } }
          workerTypes { name organisations { name } }
          provenance { citations { label source { title } session { name } } }
        }
      }
    }`;
    const one = await measure(PROGRAMME, { first: 1 });
    const all = await measure(PROGRAMME, { first: 5 });
    expect(all.body.data!.sessions.nodes.length).toBe(5);
    // sessions; event, speakers, workerTypes, citations; country, countries, roles, organisations;
    // partOf and workerTypes of the speakers' organisations.
    expect(one.statements).toBe(all.statements);
    expect(all.statements).toBe(11);
  });
});
