import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, formatViewState, parseViewState, type ViewState } from './viewState';

describe('view state in the URL', () => {
  it('writes nothing for the default view and reads the default back', () => {
    expect(formatViewState(DEFAULT_VIEW)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_VIEW);
  });

  it('round-trips a full view', () => {
    const view: ViewState = {
      view: 'table',
      lang: 'FR',
      filters: {
        countries: ['DE', 'FR'],
        workerTypes: ['worker:crowd-workers'],
        organisationKinds: ['UNION', 'COOPERATIVE'],
        organisingForms: ['form:platform-monitoring'],
        sessions: ['session:faire-collectif-2016-07-08-session-1'],
        text: 'césar, garcía',
      },
      explore: {
        expanded: [
          { id: 'org:ig-metall', limit: 25 },
          { id: 'org:verdi', limit: 120 },
        ],
        hidden: ['country:DE'],
        focus: 'org:ig-metall',
        path: { from: 'person:kristy-milland', to: 'person:robert-fuss' },
      },
      selected: 'person:robert-fuss|HOLDS_ROLE|org:faircrowdwork-watch',
      layout: 'country',
      sizeBy: 'betweenness',
      colourBy: 'community',
    };
    const search = formatViewState(view);
    expect(parseViewState(search)).toEqual(view);
    expect(search).toContain('country=DE,FR');
    expect(search).toContain('expand=org:ig-metall,org:verdi~120');
    expect(search).toContain('lang=fr');
  });

  it('ignores unknown values instead of failing', () => {
    const view = parseViewState('?view=nope&layout=spiral&size=huge&colour=plaid&kind=UNION,ALIENS&lang=de&expand=a~x');
    expect(view.view).toBe('network');
    expect(view.layout).toBe('fcose');
    expect(view.sizeBy).toBe('none');
    expect(view.colourBy).toBe('type');
    expect(view.lang).toBe('EN');
    expect(view.filters.organisationKinds).toEqual(['UNION']);
    expect(view.explore.expanded).toEqual([{ id: 'a~x', limit: 25 }]);
  });

  it('normalises country codes and drops duplicates and empty items', () => {
    const view = parseViewState('?country=de,,DE,fr&lang=FR');
    expect(view.filters.countries).toEqual(['DE', 'FR']);
    expect(view.lang).toBe('FR');
  });

  it('caps expansion limits at the API bound', () => {
    expect(parseViewState('?expand=org:x~9999').explore.expanded).toEqual([{ id: 'org:x', limit: 500 }]);
  });

  it('needs both ends for a path', () => {
    expect(parseViewState('?from=person:a').explore.path).toBeNull();
  });
});
