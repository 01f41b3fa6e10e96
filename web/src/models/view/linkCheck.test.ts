import { describe, expect, it } from 'vitest';
import { namedIds, unusableValues, withoutUnknown } from './linkCheck';
import { parseViewState } from './viewState';

describe('checking a link', () => {
  const search =
    '?country=DE,ZZ&worker=worker:crowd-workers&expand=org:nope~3,org:verdi&from=person:robert-fuss&to=person:gone&sel=org:nope&focus=org:verdi';
  const view = parseViewState(search);

  it('names every entity the view refers to, once', () => {
    expect(namedIds(view).sort()).toEqual(
      [
        'country:DE',
        'country:ZZ',
        'worker:crowd-workers',
        'org:nope',
        'org:verdi',
        'person:robert-fuss',
        'person:gone',
      ].sort(),
    );
    expect(namedIds(parseViewState('?sel=org:verdi|ORGANISES|worker:crowd-workers'))).toEqual([
      'org:verdi',
      'worker:crowd-workers',
    ]);
  });

  it('drops what names an unknown entity and keeps the rest', () => {
    const kept = withoutUnknown(view, new Set(['country:ZZ', 'org:nope', 'person:gone']));
    expect(kept.filters.countries).toEqual(['DE']);
    expect(kept.filters.workerTypes).toEqual(['worker:crowd-workers']);
    expect(kept.explore.expanded).toEqual([{ id: 'org:verdi', limit: 25 }]);
    expect(kept.explore.path).toBeNull();
    expect(kept.explore.focus).toBe('org:verdi');
    expect(kept.selected).toBeNull();
    expect(withoutUnknown(view, new Set())).toBe(view);
  });

  it('tells the values a view could not take', () => {
    const search = '?layout=spiral&view=table&kind=union,guild&lang=de&from=person:a';
    expect(unusableValues(search, parseViewState(search))).toEqual(['lang=de', 'layout=spiral', 'kind=guild', 'from']);
    expect(unusableValues('?layout=concentric&lang=fr', parseViewState('?layout=concentric&lang=fr'))).toEqual([]);
  });
});
