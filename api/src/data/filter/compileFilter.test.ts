import { describe, expect, it } from 'vitest';
import { compileFilter } from './index';

describe('compileFilter', () => {
  it('matches everything without criteria', () => {
    const compiled = compileFilter();
    expect(compiled.subqueries).toBe('');
    expect(compiled.variables).toEqual([]);
    expect(compiled.matches('n')).toBe('true');
    expect(compiled.values).toBe('[]');
    expect(compiled.params).toEqual({});
  });

  it('passes every value as a parameter, never in the Cypher text', () => {
    const compiled = compileFilter({
      countries: ['DE'],
      workerTypes: ["worker:x' OR 1=1 //"],
      organisationKinds: ['UNION'],
      organisingForms: ['form:y'],
      sessions: ['session:z'],
      text: '(union^2 OR union*)',
      types: ['ORGANISATION', 'PERSON'],
    });
    const cypher = `${compiled.subqueries}\n${compiled.matches('n')}`;
    for (const value of ['DE', 'worker:x', 'UNION', 'form:y', 'session:z', 'union*']) {
      expect(cypher).not.toContain(value);
    }
    expect(compiled.params).toEqual({
      countries: ['DE'],
      workerTypes: ["worker:x' OR 1=1 //"],
      organisationKinds: ['UNION'],
      organisingForms: ['form:y'],
      sessions: ['session:z'],
      text: '(union^2 OR union*)',
      fulltextIndex: 'entity_search',
      types: ['Organisation', 'Person'],
    });
  });

  it('binds the lists of each criterion, chooses a driver and ANDs the criteria', () => {
    const compiled = compileFilter({ countries: ['DE'], text: 'x', types: ['PERSON'] });
    expect(compiled.variables).toEqual([
      'fCountryValues',
      'fCountryActions',
      'fCountryOrgs',
      'fCountryEvents',
      'fText',
      'fDriver',
      'fValues',
    ]);
    const predicate = compiled.matches('n');
    expect(predicate).toContain('fOrg IN fCountryOrgs');
    expect(predicate).toContain('n IN fText');
    expect(predicate).toContain('any(l IN labels(n) WHERE l IN $types)');
    expect(predicate.split('\n  AND ')).toHaveLength(3);
    expect(compiled.values).toBe('fValues');
  });

  it('walks only to what the asked label needs, and never carries a list into a UNION', () => {
    const compiled = compileFilter({ countries: ['DE'], organisationKinds: ['UNION'] });
    const organisations = compiled.candidates('n', 'Organisation');
    expect(organisations).not.toContain('HOLDS_ROLE');
    expect(organisations).not.toContain('SPEAKS_IN');
    const everything = compiled.candidates('n');
    expect(everything).toContain('HOLDS_ROLE');
    // A UNION (deduplicating) inside a subquery that imports lists keeps them in every row.
    expect(`${compiled.subqueries}\n${everything}`).not.toMatch(/UNION(?! ALL)/);
  });

  it('matches everything of a label without criteria', () => {
    expect(compileFilter().candidates('n', 'Person')).toBe('CALL () { MATCH (n:Person) WHERE true RETURN n }');
  });
});
