import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AboutData } from './AboutData';

afterEach(cleanup);

const DATASET = {
  id: 'collective-action-tech',
  title: 'Collective Action in Tech',
  authors: ['JS Tan', 'Nataliya Nedzhvetskaya'],
  publisher: null,
  version: '1.0',
  licence: 'Public domain',
  url: 'https://example.org/collective-action-tech',
  commit: '0123456789abcdef0123',
  date: '2022',
  citation: 'Tan and Nedzhvetskaya, Collective Action in Tech.',
  nodeCount: 1234,
  relationshipCount: 5678,
  countsByType: [
    { type: 'COLLECTIVE_ACTION' as const, count: 506 },
    { type: 'STRUGGLE' as const, count: 9 },
  ],
};

describe('about the data', () => {
  it('lists each data set with its authors, version, licence, commit, how to cite it and its counts', () => {
    render(<AboutData lang="FR" datasets={[DATASET]} />);
    const panel = screen.getByTestId('about-data');
    const title = within(panel).getByRole('link', { name: 'Collective Action in Tech' });
    expect(title.getAttribute('rel')).toBe('noopener noreferrer');
    const text = panel.textContent ?? '';
    expect(text).toContain('JS Tan, Nataliya Nedzhvetskaya');
    expect(text).toContain('1.0 (2022)');
    expect(text).toContain('Public domain');
    expect(text).toContain('0123456789ab');
    expect(text).toContain('Tan and Nedzhvetskaya, Collective Action in Tech.');
    expect(text).toMatch(/Dans le graphe : 1\s234 entités, 5\s678 relations/);
    expect(text).toContain('Action collective: 506');
  });

  it('says when the data sets are not known yet', () => {
    render(<AboutData lang="EN" datasets={null} />);
    expect(screen.getByTestId('about-data').textContent).toContain('Loading…');
  });
});
