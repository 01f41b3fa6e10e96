import { INTERFACE_LANGUAGES, VOCABULARY } from '@faire-collectif/seed/model';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../../models/i18n';
import { Legend } from './Legend';

afterEach(cleanup);

/** The items listed under the legend's heading `title`. */
function itemsUnder(title: string): string[] {
  const heading = screen.getByRole('heading', { name: title });
  const list = heading.nextElementSibling as HTMLElement;
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent?.trim() ?? '');
}

describe.each(INTERFACE_LANGUAGES)('the legend in %s', (lang) => {
  it('has an entry for every entity type, organisation kind and relationship type of the model', () => {
    render(<Legend lang={lang} />);
    // Organisations are shown by kind, so their type has no entry of its own.
    expect(itemsUnder(t(lang, 'legendEntities'))).toEqual(
      VOCABULARY.entityTypes.filter((entry) => entry.type !== 'ORGANISATION').map((entry) => entry.one[lang]),
    );
    expect(itemsUnder(t(lang, 'legendKinds'))).toEqual(VOCABULARY.organisationKinds.map((entry) => entry.words[lang]));
    expect(itemsUnder(t(lang, 'legendRelationships'))).toEqual([
      ...VOCABULARY.relationshipTypes.map((entry) => entry.words[lang]),
      t(lang, 'legendInferred'),
    ]);
  });

  it('draws each entry', () => {
    const { container } = render(<Legend lang={lang} />);
    const drawn = VOCABULARY.entityTypes.length - 1 + VOCABULARY.organisationKinds.length;
    expect(container.querySelectorAll('li > svg')).toHaveLength(drawn + VOCABULARY.relationshipTypes.length);
  });
});

describe('the legend of a view', () => {
  it('lists only what the view draws', () => {
    render(
      <Legend
        lang="EN"
        present={{
          types: new Set(['PERSON', 'ORGANISATION']),
          kinds: new Set(['UNION']),
          relationships: new Set(['HOLDS_ROLE']),
        }}
      />,
    );
    expect(itemsUnder(t('EN', 'legendEntities'))).toEqual(['Person']);
    expect(itemsUnder(t('EN', 'legendKinds'))).toEqual(['Trade union']);
    expect(itemsUnder(t('EN', 'legendRelationships'))).toEqual(['holds a role at', t('EN', 'legendInferred')]);
  });

  it('says how undated facts are drawn when the view marks them', () => {
    render(
      <Legend
        lang="FR"
        present={{ types: new Set(['EVENT']), kinds: new Set(), relationships: new Set(['HELD_IN']), undated: true }}
      />,
    );
    expect(itemsUnder(t('FR', 'legendRelationships')).at(-1)).toBe('Non daté (aucune source ne le date)');
  });

  it('names the communities when the view is coloured by community', () => {
    render(<Legend lang="EN" communities={[{ colour: '#1f77b4', label: 'Community of Ver.di (7)' }]} />);
    expect(itemsUnder(t('EN', 'legendCommunities'))).toEqual(['Community of Ver.di (7)']);
    expect(screen.getByRole('heading', { name: t('EN', 'legendOrganisations') })).toBeTruthy();
  });
});
