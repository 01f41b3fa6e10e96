import { describe, expect, it } from 'vitest';
import { answerSentence } from './answerSentence';
import { EMPTY_FILTERS } from '../view/viewState';
import type { Answer } from '../view/answer';

const names = {
  labelOf: (id: string) => (id === 'worker:crowd-workers' ? 'Crowd workers' : id === 'worker:it' ? 'IT workers' : id),
  countryName: (code: string) => ({ DE: 'Germany', FR: 'France' })[code] ?? code,
};
const two: Answer = {
  kind: 'filters',
  ids: new Set(['org:verdi', 'org:fcw']),
  items: [
    { id: 'org:fcw', label: 'FairCrowdWork Watch', basis: 'STATED' },
    { id: 'org:verdi', label: 'Ver.di', basis: 'STATED' },
  ],
};

describe('the sentence of an answer', () => {
  it('says who organises which workers where', () => {
    const filters = { ...EMPTY_FILTERS, countries: ['DE'], workerTypes: ['worker:crowd-workers'] };
    expect(answerSentence('EN', two, filters, null, names)).toBe('2 organisations organise crowd workers in Germany:');
    expect(answerSentence('FR', two, filters, null, names)).toBe(
      '2 organisations organisent crowd workers (Germany) :',
    );
    const one = { ...two, items: two.items.slice(0, 1) };
    expect(answerSentence('EN', one, { ...filters, countries: ['DE', 'FR'] }, null, names)).toBe(
      '1 organisation organises crowd workers in Germany and France:',
    );
  });

  it('keeps a name that starts with capitals and falls back to matching the filters', () => {
    const filters = { ...EMPTY_FILTERS, workerTypes: ['worker:it'] };
    expect(answerSentence('EN', two, filters, null, names)).toBe('2 organisations organise IT workers:');
    expect(answerSentence('EN', two, { ...EMPTY_FILTERS, countries: ['DE'] }, null, names)).toBe(
      '2 organisations match the filters:',
    );
  });

  it('says how many neighbours an expansion brought in', () => {
    const expansion: Answer = { ...two, kind: 'expand', added: 2 };
    expect(answerSentence('EN', expansion, EMPTY_FILTERS, 'Ver.di', names)).toBe(
      'Ver.di: 2 neighbours, 2 new (ringed in orange):',
    );
    expect(answerSentence('FR', { ...expansion, added: 0 }, EMPTY_FILTERS, 'Ver.di', names)).toBe(
      'Ver.di : 2 voisins, tous déjà dans la vue :',
    );
  });
});
