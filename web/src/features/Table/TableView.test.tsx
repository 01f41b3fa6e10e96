import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EDGES, NODES } from '../../test/fixtures';
import { TableView } from './TableView';

afterEach(cleanup);

function setup() {
  const onSelect = vi.fn();
  const onStep = vi.fn();
  render(
    <TableView
      lang="EN"
      nodes={NODES}
      edges={EDGES}
      selected={null}
      pathNodeIds={new Set()}
      onSelect={onSelect}
      onStep={onStep}
    />,
  );
  const table = screen.getByRole('grid', { name: /Table of the entities shown/ });
  return { onSelect, onStep, table };
}

function names(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('rowheader').textContent ?? '');
}

describe('the table view', () => {
  it('lists the entities by name and sorts by a column', () => {
    const { table } = setup();
    expect(names(table)).toEqual([
      'Crowd workers',
      'Defending the rights of crowd workers',
      'FairCrowdWork Watch',
      'Germany',
      'IG Metall',
      'Kristy Milland',
      'Robert Fuss',
      'Ver.di',
    ]);
    const degree = within(table).getByRole('button', { name: /Relationships/ });
    fireEvent.click(degree);
    expect(degree.closest('th')?.getAttribute('aria-sort')).toBe('descending');
    expect(names(table)[0]).toBe('Defending the rights of crowd workers');
    fireEvent.click(degree);
    expect(degree.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
  });

  it('moves between rows with the arrows, selects with Enter, expands with E and hides with H', () => {
    const { table, onSelect, onStep } = setup();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.tabIndex)).toEqual([0, -1, -1, -1, -1, -1, -1, -1]);
    rows[0]!.focus();
    fireEvent.keyDown(rows[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rows[1]);
    fireEvent.keyDown(rows[1]!, { key: 'End' });
    expect(document.activeElement).toBe(rows[7]);
    fireEvent.keyDown(rows[7]!, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith('org:verdi');
    fireEvent.keyDown(rows[7]!, { key: 'e' });
    expect(onStep).toHaveBeenCalledWith({ type: 'expand', id: 'org:verdi' });
    fireEvent.keyDown(rows[7]!, { key: 'h' });
    expect(onStep).toHaveBeenCalledWith({ type: 'hide', id: 'org:verdi' });
  });

  it('lists relationships with role titles', () => {
    setup();
    const relationships = screen.getByRole('grid', { name: /Relationships shown/ });
    expect(within(relationships).getByText('(Leader)')).toBeTruthy();
    expect(within(relationships).getAllByRole('row')).toHaveLength(EDGES.length + 1);
  });
});
