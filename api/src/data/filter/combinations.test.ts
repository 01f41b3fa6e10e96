import { NODE_LABELS } from '@faire-collectif/seed/model';
import { describe, expect, it } from 'vitest';
import { compileFilter } from './index';
import type { EntityFilter } from './types';

// The Cypher built for every combination of criteria, without a database: which lists are bound,
// which criterion may drive, what each candidate list is tested against, and that every value is
// a parameter. The Neo4j-backed tests (tests/api-graph.int.test.ts) check what the queries find.

const VALUES = {
  countries: ['DE'],
  workerTypes: ['worker:crowd'],
  organisationKinds: ['UNION' as const],
  organisingForms: ['form:union'],
  sessions: ['session:one'],
  text: '(union^2 OR union*)',
};
type Criterion = keyof typeof VALUES;
const CRITERIA = Object.keys(VALUES) as Criterion[];

/** The lists each criterion binds, in the order they are bound. */
const BOUND: Readonly<Record<Criterion, readonly string[]>> = {
  sessions: ['fSessionValues', 'fSessionPeople', 'fSessionOrgs'],
  organisingForms: ['fFormValues', 'fFormOrgs', 'fFormSessions', 'fFormActions'],
  workerTypes: ['fWorkerValues', 'fWorkerActions', 'fWorkerOrgs', 'fWorkerSessions'],
  countries: ['fCountryValues', 'fCountryActions', 'fCountryOrgs', 'fCountryEvents'],
  organisationKinds: ['fKindOrgs'],
  text: ['fText'],
};
const BINDING_ORDER: readonly Criterion[] = [
  'sessions',
  'organisingForms',
  'workerTypes',
  'countries',
  'organisationKinds',
  'text',
];
const NAMES_VALUES: ReadonlySet<Criterion> = new Set(['sessions', 'organisingForms', 'workerTypes', 'countries']);

/** Every non-empty combination of the criteria. */
const COMBINATIONS: Criterion[][] = Array.from({ length: 2 ** CRITERIA.length - 1 }, (_, index) =>
  CRITERIA.filter((_criterion, bit) => ((index + 1) >> bit) & 1),
);

function filterOf(criteria: readonly Criterion[]): EntityFilter {
  return Object.fromEntries(criteria.map((criterion) => [criterion, VALUES[criterion]]));
}

/** The names a `CALL (a, b) { … }` imports, for each such call. */
function callImports(cypher: string): string[][] {
  return [...cypher.matchAll(/CALL \(([^)]*)\)/g)].map((match) =>
    (match[1] ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
  );
}

/** The variables `WITH *, … AS name` clauses bind. */
function withAliases(cypher: string): string[] {
  return [...cypher.matchAll(/ AS (\w+)$/gm)].map((match) => match[1] ?? '');
}

describe.each(COMBINATIONS.map((criteria) => [criteria.join(' + '), criteria] as const))(
  'a filter on %s',
  (_name, criteria) => {
    const compiled = compileFilter(filterOf(criteria));
    const ordered = BINDING_ORDER.filter((criterion) => criteria.includes(criterion));

    it('passes its values as parameters only', () => {
      const expected: Record<string, unknown> = { ...filterOf(criteria) };
      if (criteria.includes('text')) expected['fulltextIndex'] = 'entity_search';
      expect(compiled.params).toEqual(expected);
      const cypher = [compiled.subqueries, compiled.matches('n'), compiled.candidates('n')].join('\n');
      for (const value of ['DE', 'worker:crowd', 'UNION', 'form:union', 'session:one', 'union*']) {
        expect(cypher).not.toContain(value);
      }
    });

    it('binds each criterion’s lists, then the driver and the values it names', () => {
      const values = ordered.some((criterion) => NAMES_VALUES.has(criterion)) ? ['fValues'] : [];
      expect(compiled.variables).toEqual([...ordered.flatMap((criterion) => BOUND[criterion]), 'fDriver', ...values]);
      expect(compiled.values).toBe(values[0] ?? '[]');
      const drivers = [...compiled.subqueries.matchAll(/\['(\w+)', /g)].map((match) => match[1]);
      expect(drivers).toEqual(ordered);
    });

    it('ANDs one test per criterion', () => {
      expect(compiled.matches('n').split('\n  AND ')).toHaveLength(criteria.length + 1);
    });

    it.each(NODE_LABELS)('walks from the driver to candidates of label %s, tested against the others', (label) => {
      const candidates = compiled.candidates('n', label);
      const lists = [...candidates.matchAll(/UNWIND (.*) AS n$/gm)].map((match) => match[1]);
      expect(lists).toHaveLength(1);
      const [list] = lists;
      // One criterion drives and needs no test; with more, the candidates are kept in a subquery.
      if (criteria.length === 1) expect(list).toMatch(/^driver\w+$/);
      else expect(list).toMatch(/^matched\w+$/);
      if (label === 'Organisation') expect(candidates).not.toContain('HOLDS_ROLE|SPEAKS_IN');
      // Each subquery imports only variables bound before it.
      const bound = new Set([...compiled.variables, ...withAliases(candidates)]);
      for (const names of callImports(candidates)) for (const name of names) expect(bound).toContain(name);
      expect(`${compiled.subqueries}\n${candidates}`).not.toMatch(/UNION(?! ALL)/);
    });

    it('adds the extra list after the candidates', () => {
      expect(compiled.candidates('n', 'Person', 'extra')).toMatch(/ \+ extra AS n$|UNWIND extra AS n$/);
    });
  },
);

describe('a filter on types alone', () => {
  it('matches every entity of those types, by label', () => {
    const compiled = compileFilter({ types: ['ORGANISATION', 'WORKER_TYPE'] });
    expect(compiled.params).toEqual({ types: ['Organisation', 'WorkerType'] });
    expect(compiled.matches('n')).toBe('any(l IN labels(n) WHERE l IN $types)');
    expect(compiled.candidates('n', undefined, 'extra')).toBe(
      'CALL () { MATCH (n:Entity) WHERE any(l IN labels(n) WHERE l IN $types) RETURN n UNION ALL UNWIND extra AS n RETURN n }',
    );
  });

  it('walks only to the requested types', () => {
    const compiled = compileFilter({ countries: ['DE'], types: ['ORGANISATION'] });
    expect(compiled.candidates('n')).not.toContain('driverPeople');
    expect(compileFilter({ countries: ['DE'], types: ['EVENT'] }).candidates('n')).toContain('driverTied');
  });
});

describe.each([
  ['struggles', { struggles: ['struggle:x'] }],
  ['companies', { companies: ['org:x'] }],
  ['organisers', { organisers: ['org:x'] }],
  ['period', { period: { from: '2019-06-01', to: null } }],
])('the criterion %s about collective actions', (_name, criterion: EntityFilter) => {
  const alone = compileFilter(criterion);
  const withCountries = compileFilter({ ...criterion, countries: ['DE'] });

  it('binds the scope after the other criteria’s lists and keeps every candidate to it', () => {
    expect(alone.variables).toEqual(['fScopeDated', 'fScope']);
    expect(alone.subqueries).toMatch(/^WITH COLLECT \{ MATCH \(a:CollectiveAction\)/);
    expect(withCountries.variables.slice(-2)).toEqual(['fScopeDated', 'fScope']);
    expect(withCountries.candidates('n', 'Person')).toMatch(/WITH \* WHERE n IN fScope$/);
    expect(withCountries.candidates('n', undefined, 'extra')).toMatch(/WITH \* WHERE n IN fScope OR n IN extra$/);
  });

  it('passes its values as parameters only', () => {
    const cypher = `${withCountries.subqueries}\n${withCountries.candidates('n')}`;
    for (const value of ['struggle:x', 'org:x', '2019-06-01']) expect(cypher).not.toContain(value);
    expect(Object.keys(withCountries.params)).toEqual(expect.arrayContaining(['countries']));
  });
});

describe('a filter on data sets', () => {
  it('tests each candidate’s data set, or those of its relationships, by parameter', () => {
    const compiled = compileFilter({ datasets: ['collective-action-tech'], types: ['STRUGGLE'] });
    expect(compiled.variables).toEqual([]);
    expect(compiled.params).toEqual({ datasets: ['collective-action-tech'], types: ['Struggle'] });
    expect(compiled.candidates('s')).toContain(
      'WITH * WHERE (s.dataset IN $datasets OR EXISTS { (s)-[r]-() WHERE r.dataset IN $datasets })',
    );
  });
});
