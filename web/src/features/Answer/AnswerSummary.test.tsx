import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../models/view/answer';
import { ANSWER_ITEMS_SHOWN, AnswerSummary } from './AnswerSummary';

function answerOf(count: number): Answer {
  const items = Array.from({ length: count }, (_, index) => ({
    id: `org:o${index}`,
    label: `Organisation ${index}`,
    basis: 'STATED' as const,
  }));
  return { kind: 'filters', items, ids: new Set(items.map((item) => item.id)) };
}

afterEach(cleanup);

describe('AnswerSummary', () => {
  it('lists a short answer whole', () => {
    render(<AnswerSummary lang="EN" answer={answerOf(3)} sentence="3 found" selected={null} onSelect={vi.fn()} />);
    expect(screen.getAllByRole('button', { name: /^Organisation/ })).toHaveLength(3);
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
  });

  it('lists the first answers of a long one, the selected one too, and all on demand', () => {
    const count = ANSWER_ITEMS_SHOWN + 8;
    render(
      <AnswerSummary
        lang="EN"
        answer={answerOf(count)}
        sentence="many"
        selected={`org:o${count - 1}`}
        onSelect={vi.fn()}
      />,
    );
    expect(screen.getAllByRole('button', { name: /^Organisation/ })).toHaveLength(ANSWER_ITEMS_SHOWN + 1);
    expect(screen.getByRole('button', { name: new RegExp(`^Organisation ${count - 1}\\b`) })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: `Show all ${count}` }));
    expect(screen.getAllByRole('button', { name: /^Organisation/ })).toHaveLength(count);
    fireEvent.click(screen.getByRole('button', { name: 'Show fewer' }));
    expect(screen.getAllByRole('button', { name: /^Organisation/ })).toHaveLength(ANSWER_ITEMS_SHOWN + 1);
  });
});
