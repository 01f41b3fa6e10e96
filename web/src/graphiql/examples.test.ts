import { describe, expect, it } from 'vitest';
import { EXAMPLE_TABS, initialEditors, initialTabs } from './examples';

describe('the query IDE examples', () => {
  it('cover a filtered network, the search for cesar garcia, a path between speakers and the matrix', () => {
    expect(EXAMPLE_TABS.map((tab) => /query (\w+)/.exec(tab.query)?.[1])).toEqual([
      'GermanNetwork',
      'SearchCesarGarcia',
      'SpeakersPath',
      'WhoOrganisesWhomWhere',
    ]);
    expect(JSON.parse(EXAMPLE_TABS[1]!.variables)).toEqual({ query: 'cesar garcia', lang: 'EN' });
    expect(JSON.parse(EXAMPLE_TABS[2]!.variables)).toMatchObject({
      from: 'person:kristy-milland',
      to: 'person:robert-fuss',
    });
  });

  it('fill the editors on a first visit, variables included', () => {
    expect(initialEditors('', false)).toEqual({
      tabs: EXAMPLE_TABS,
      initialQuery: EXAMPLE_TABS[0]!.query,
      initialVariables: EXAMPLE_TABS[0]!.variables,
    });
    expect(initialEditors('', true)).toEqual({ tabs: EXAMPLE_TABS });
  });

  it('open an operation passed in the address first', () => {
    const search = `?${new URLSearchParams({ query: 'query Mine { __typename }', variables: '{"a":1}' })}`;
    expect(initialTabs(search)[0]).toEqual({ query: 'query Mine { __typename }', variables: '{"a":1}' });
    expect(initialEditors(search, true)).toMatchObject({
      initialQuery: 'query Mine { __typename }',
      initialVariables: '{"a":1}',
    });
  });
});
