import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Operation } from '../models/graphql/operations';
import { QueryError } from '../features/Shared/QueryError';
import { useQuery } from './useQuery';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function operation(text: string): Operation<{ echo: string }> {
  return { operationName: 'Echo', query: `query Echo { echo(text: "${text}") }`, variables: { text } };
}

function Probe({ text }: { text: string }) {
  const query = useQuery(operation(text));
  return (
    <div>
      <p data-testid="data">{query.loading ? 'loading' : (query.data?.echo ?? '')}</p>
      {query.error && <QueryError lang="EN" error={query.error} onRetry={query.retry} />}
    </div>
  );
}

describe('the query hook', () => {
  it('aborts the request before when its operation changes, and types the answer', async () => {
    const signals: AbortSignal[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        signals.push(init.signal!);
        const { variables } = JSON.parse(init.body as string) as { variables: { text: string } };
        return new Response(JSON.stringify({ data: { echo: variables.text } }), { status: 200 });
      }),
    );
    const { rerender } = render(<Probe text="first" />);
    rerender(<Probe text="second" />);
    await waitFor(() => expect(screen.getByTestId('data').textContent).toBe('second'));
    expect(signals[0]!.aborted).toBe(true);
    expect(signals.at(-1)!.aborted).toBe(false);
  });

  it('says why it failed and asks again on retry', async () => {
    let calls = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        calls += 1;
        if (calls === 1) throw new TypeError('Failed to fetch');
        return new Response(JSON.stringify({ data: { echo: 'back' } }), { status: 200 });
      }),
    );
    render(<Probe text="back" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('cannot reach the graph service');
    await act(async () => screen.getByRole('button', { name: 'Retry' }).click());
    await waitFor(() => expect(screen.getByTestId('data').textContent).toBe('back'));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
