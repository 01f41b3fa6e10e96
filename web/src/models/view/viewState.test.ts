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
        datasets: ['collective-action-tech'],
        struggles: ['struggle:pay-and-benefits'],
        companies: ['org:uber'],
        organisers: ['org:tech-workers-coalition'],
        since: '2015',
        until: '2020',
        undated: 'exclude',
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
      fold: true,
    };
    const search = formatViewState(view);
    expect(parseViewState(search)).toEqual(view);
    expect(search).toContain('country=DE,FR');
    expect(search).toContain('expand=org:ig-metall,org:verdi~120');
    expect(search).toContain('lang=fr');
    expect(search).toContain('dataset=collective-action-tech');
    expect(search).toContain('since=2015&until=2020');
    expect(search).toContain('fold=1');
  });

  it('reads the collective-action criteria and the fold option', () => {
    const view = parseViewState(
      '?dataset=collective-action-tech,collective-action-tech&struggle=struggle:ethics&company=org:amazon,org:uber&organiser=org:twc&fold=1',
    );
    expect(view.filters.datasets).toEqual(['collective-action-tech']);
    expect(view.filters.struggles).toEqual(['struggle:ethics']);
    expect(view.filters.companies).toEqual(['org:amazon', 'org:uber']);
    expect(view.filters.organisers).toEqual(['org:twc']);
    expect(view.fold).toBe(true);
    expect(parseViewState('?fold=yes').fold).toBe(false);
  });

  it('reads a period of years, open at either end, and swaps reversed ends', () => {
    expect(parseViewState('?since=2018').filters).toMatchObject({ since: '2018', until: null });
    expect(parseViewState('?until=2012').filters).toMatchObject({ since: null, until: '2012' });
    expect(parseViewState('?since=2021&until=2016').filters).toMatchObject({ since: '2016', until: '2021' });
    expect(formatViewState(parseViewState('?until=2012'))).toBe('?until=2012');
  });

  it('reads months as period ends, and the choice to leave undated facts out', () => {
    const view = parseViewState('?since=2019-06&until=2019-09&undated=exclude');
    expect(view.filters).toMatchObject({ since: '2019-06', until: '2019-09', undated: 'exclude' });
    expect(formatViewState(view)).toBe('?since=2019-06&until=2019-09&undated=exclude');
    expect(parseViewState('?since=2019-06&until=2019').filters).toMatchObject({ since: '2019-06', until: '2019' });
    expect(parseViewState('?since=2020-02&until=2019-11').filters).toMatchObject({
      since: '2019-11',
      until: '2020-02',
    });
    expect(parseViewState('?undated=maybe').filters.undated).toBe('include');
  });

  it('ignores a period end that is not a plausible year or month', () => {
    for (const bad of ['19', '2019-13', '2019-6', '2019-06-01', 'abc', '0999', '3000']) {
      expect(parseViewState(`?since=${bad}`).filters.since).toBeNull();
    }
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
