import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import schemaText from '../../../../schema.graphql?raw';
import { EXAMPLE_TABS } from '../../graphiql/examples';
import {
  buildActionFacetsOperation,
  buildDatasetsOperation,
  buildEntityDetailsOperation,
  buildFacetCountsOperation,
  buildFacetsOperation,
  buildMatrixOperation,
  buildProvenanceOperation,
  buildSearchOperation,
  buildTimelineOperation,
  buildViewOperation,
  formatOperation,
  type Operation,
} from './operations';
import { EMPTY_EXPLORE, EMPTY_FILTERS } from '../view/viewState';

const schema = buildSchema(schemaText);

function errorsOf(query: string): string[] {
  return validate(schema, parse(query)).map((error) => error.message);
}

function expectValid(operation: Operation) {
  expect(errorsOf(operation.query)).toEqual([]);
}

describe('operations against schema.graphql', () => {
  it('the view with collective actions folded into weighted links', () => {
    const filters = { ...EMPTY_FILTERS, datasets: ['collective-action-tech'], since: '2018', until: '2020' };
    const operation = buildViewOperation(filters, EMPTY_EXPLORE, 'EN', true);
    expectValid(operation);
    expect(operation.query).toContain('folded: foldedLinks(filter: $filter, limit: $limit)');
    expect(operation.query).not.toContain('network(');
    expect(operation.variables.filter).toEqual({
      datasets: ['collective-action-tech'],
      period: { from: '2018', to: '2020' },
      undated: 'INCLUDE',
    });
  });

  it('the timeline, under the filters without their period', () => {
    const filters = {
      ...EMPTY_FILTERS,
      countries: ['US'],
      since: '2018',
      until: '2019-06',
      undated: 'exclude' as const,
    };
    const operation = buildTimelineOperation(filters, 'MONTH', 'FORM', 'FR');
    expectValid(operation);
    expect(operation.variables).toEqual({ filter: { countries: ['US'] }, interval: 'MONTH', by: 'FORM', lang: 'FR' });
    expect(buildTimelineOperation(EMPTY_FILTERS, 'YEAR', 'DATASET', 'EN').variables.filter).toBeNull();
  });

  it('the data sets and the collective-action filter values', () => {
    expectValid(buildDatasetsOperation());
    const facets = buildActionFacetsOperation('FR');
    expectValid(facets);
    expect(facets.variables).toEqual({ lang: 'FR' });
  });

  it('live counts of every facet in one request, each counting what its options concern', () => {
    const filters = { ...EMPTY_FILTERS, countries: ['US'], struggles: ['struggle:ethics'] };
    const options = new Map([
      ['struggles', ['struggle:ethics', 'struggle:pay']],
      ['organisationKinds', ['UNION']],
      ['datasets', ['collective-action-tech']],
    ] as const);
    const operation = buildFacetCountsOperation(filters, options);
    expectValid(operation);
    expect(operation.variables).toEqual({
      filter: { countries: ['US'], struggles: ['struggle:ethics'] },
      facets: [
        { facet: 'STRUGGLES', options: ['struggle:ethics', 'struggle:pay'], counting: ['COLLECTIVE_ACTION'] },
        { facet: 'ORGANISATION_KINDS', options: ['UNION'], counting: ['ORGANISATION'] },
        { facet: 'DATASETS', options: ['collective-action-tech'] },
      ],
    });
  });

  it('the plain network view', () => {
    const operation = buildViewOperation(EMPTY_FILTERS, EMPTY_EXPLORE, 'EN');
    expectValid(operation);
    expect(operation.variables).toEqual({ filter: null, limit: 500, lang: 'EN' });
  });

  it('a view with filters, expansions and a path', () => {
    const operation = buildViewOperation(
      { ...EMPTY_FILTERS, countries: ['DE'] },
      {
        ...EMPTY_EXPLORE,
        expanded: [
          { id: 'org:ig-metall', limit: 25 },
          { id: 'org:verdi', limit: 100 },
        ],
        path: { from: 'person:kristy-milland', to: 'person:robert-fuss' },
      },
      'FR',
    );
    expectValid(operation);
    expect(operation.variables).toEqual({
      filter: { countries: ['DE'] },
      limit: 500,
      lang: 'FR',
      expand0: 'org:ig-metall',
      expand0Limit: 25,
      expand1: 'org:verdi',
      expand1Limit: 100,
      from: 'person:kristy-milland',
      to: 'person:robert-fuss',
    });
    expect(operation.query).toContain('expand1: neighbourhood(id: $expand1');
    expect(operation.query).toContain('path: shortestPaths(from: $from, to: $to');
  });

  it('search, facets, matrix, details and provenance', () => {
    expectValid(buildSearchOperation('cesar garcia', 'EN'));
    expectValid(buildFacetsOperation('FR'));
    expectValid(buildMatrixOperation({ organisationKinds: ['UNION'] }, 'EN'));
    expectValid(buildEntityDetailsOperation('person:robert-fuss', 'EN'));
    const provenance = buildProvenanceOperation(['org:verdi', 'org:verdi|BASED_IN|country:DE'], 'EN');
    expectValid(provenance);
    expect(provenance.variables).toEqual({ lang: 'EN', p0: 'org:verdi', p1: 'org:verdi|BASED_IN|country:DE' });
  });

  it('the query IDE examples', () => {
    for (const tab of EXAMPLE_TABS) expect(errorsOf(tab.query)).toEqual([]);
  });

  it('shows an operation with its variables', () => {
    const text = formatOperation(buildSearchOperation('verdi', 'EN'));
    expect(text).toContain('query Search(');
    expect(text).toContain('"query": "verdi"');
  });
});
