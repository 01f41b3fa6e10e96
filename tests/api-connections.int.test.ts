import { describe, expect, it } from 'vitest';
import { useProgrammeApi } from './api-harness';

// The connections of an entity's growing lists (a country's organisations, a worker type's, an
// organisation's members) against the deprecated lists they replace, over the programme data set.

const api = useProgrammeApi();

interface Page {
  totalCount: number;
  nodes: Array<{ id: string }>;
  edges: Array<{ cursor: string; node: { id: string } }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}

const PAGE = 'totalCount nodes { id } edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor }';

/** Every page of one entity's connection, `size` items at a time. */
async function allPages(id: string, fragment: (after: string) => string, size: number): Promise<Page[]> {
  const pages: Page[] = [];
  let after = 'null';
  for (;;) {
    const body = await api.query(`{ node(id: "${id}") { ${fragment(after)} } }`);
    expect(body.errors).toBeUndefined();
    const page = Object.values(body.data?.['node'] as Record<string, Page>)[0] as Page;
    pages.push(page);
    if (!page.pageInfo.hasNextPage) return pages;
    expect(page.nodes).toHaveLength(size);
    after = JSON.stringify(page.pageInfo.endCursor);
  }
}

describe('connections of an entity’s lists', () => {
  it('pages through every country’s and worker type’s organisations, in the order of the old lists', async () => {
    type Parents = { nodes: Array<{ id: string; organisations: Array<{ id: string }> }> };
    const body = await api.query<{ countries: Parents; workerTypes: Parents }>(`{
      countries(first: 100) { nodes { id organisations { id } } }
      workerTypes(first: 100) { nodes { id organisations { id } } }
    }`);
    const parents = [...body.data!['countries'].nodes, ...body.data!['workerTypes'].nodes];
    const largest = parents.reduce((a, b) => (b.organisations.length > a.organisations.length ? b : a));
    expect(largest.organisations.length).toBeGreaterThan(2);
    const pages = await allPages(
      largest.id,
      (after) =>
        `... on Country { organisationsConnection(first: 2, after: ${after}) { ${PAGE} } }
         ... on WorkerType { organisationsConnection(first: 2, after: ${after}) { ${PAGE} } }`,
      2,
    );
    expect(pages.flatMap((page) => page.nodes)).toEqual(largest.organisations);
    expect(pages.flatMap((page) => page.edges.map((edge) => edge.node))).toEqual(largest.organisations);
    expect(new Set(pages.map((page) => page.totalCount))).toEqual(new Set([largest.organisations.length]));
    expect(pages.map((page) => page.pageInfo.hasPreviousPage)).toEqual(pages.map((_page, index) => index > 0));
  });

  it('pages through organisations’ members, in the order of the old lists', async () => {
    const second = Buffer.from('offset:0').toString('base64');
    type Organisation = {
      members: Array<{ id: string }>;
      first: Page;
      rest: { totalCount: number; nodes: Array<{ id: string }> };
    };
    const body = await api.query<{ organisations: { nodes: Organisation[] } }>(`{
      organisations(first: 100) {
        nodes {
          members { id }
          first: membersConnection(first: 1) { ${PAGE} }
          rest: membersConnection(first: 100, after: "${second}") { totalCount nodes { id } }
        }
      }
    }`);
    const organisations = body.data!['organisations'].nodes;
    expect(organisations.some((organisation) => organisation.members.length > 0)).toBe(true);
    for (const { members, first, rest } of organisations) {
      expect(first.nodes).toEqual(members.slice(0, 1));
      expect(first.pageInfo.hasNextPage).toBe(members.length > 1);
      expect(rest).toEqual({ totalCount: members.length, nodes: members.slice(1) });
    }
  });

  it('loads the pages of many parents in one go, each its own', async () => {
    type Country = {
      organisations: Array<{ id: string }>;
      organisationsConnection: { totalCount: number; nodes: Array<{ id: string }> };
    };
    const body = await api.query<{ countries: { nodes: Country[] } }>(`{
      countries(first: 100) {
        nodes { organisations { id } organisationsConnection(first: 100) { totalCount nodes { id } } }
      }
    }`);
    const countries = body.data!['countries'].nodes;
    expect(countries.length).toBeGreaterThan(1);
    for (const country of countries) {
      expect(country.organisationsConnection).toEqual({
        totalCount: country.organisations.length,
        nodes: country.organisations,
      });
    }
  });

  it('counts the whole list on a page past its end, and checks the page size', async () => {
    const after = Buffer.from('offset:999').toString('base64');
    const body = await api.query(`{
      node(id: "country:DE") { ... on Country { organisations { id } organisationsConnection(after: "${after}") { ${PAGE} } } }
    }`);
    const country = body.data?.['node'] as { organisations: unknown[]; organisationsConnection: Page };
    expect(country.organisationsConnection).toMatchObject({
      totalCount: country.organisations.length,
      nodes: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: true, endCursor: null },
    });
    const tooMany = await api.query(
      '{ node(id: "country:DE") { ... on Country { organisationsConnection(first: 101) { totalCount } } } }',
    );
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });
});

describe('GraphNode', () => {
  it('is a Node whose id node(id) resolves to the entity itself', async () => {
    const body = await api.query<{ __type: unknown; network: { nodes: Array<{ id: string }> } }>(`{
      __type(name: "GraphNode") { interfaces { name } }
      network(limit: 1) { nodes { id } }
    }`);
    expect(body.data?.['__type']).toEqual({ interfaces: [{ name: 'Node' }] });
    const [drawn] = body.data!['network'].nodes;
    const entity = await api.query<{ node: { id: string; __typename: string } }>(
      `{ node(id: "${drawn?.id}") { __typename id ... on Entity { type } } }`,
    );
    expect(entity.data?.['node'].id).toBe(drawn?.id);
    expect(entity.data?.['node'].__typename).not.toBe('GraphNode');
  });
});
