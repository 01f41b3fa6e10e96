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
