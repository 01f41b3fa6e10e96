import { useCallback, useEffect, useState } from 'react';
import { GraphQLRequestError, request, type RequestFailure } from '../models/graphql/client';
import type { Operation } from '../models/graphql/operations';

export type QueryState<Data> =
  | { status: 'idle' }
  | { status: 'loading'; previous: Data | null }
  | { status: 'success'; data: Data }
  | { status: 'error'; failure: RequestFailure; message: string; previous: Data | null };

/** Why a query failed, for the error-and-retry notice. */
export interface QueryFailure {
  failure: RequestFailure;
  message: string;
}

export interface QueryResult<Data> {
  state: QueryState<Data>;
  /** The last answer, kept while the next one loads (or fails) so views don't flash. */
  data: Data | null;
  loading: boolean;
  error: QueryFailure | null;
  retry(): void;
}

export interface QueryOptions {
  /** Waits this long after the last change before asking (typing in a search box). */
  delay?: number;
}

/**
 * Runs `operation` whenever its text or variables change (null: nothing to run), aborting the
 * request before; `retry` runs it again. The answer's type is the operation's.
 */
export function useQuery<Data>(operation: Operation<Data> | null, { delay = 0 }: QueryOptions = {}): QueryResult<Data> {
  // The last answer, with the request it answers; the state on screen is derived from it, so the
  // effect sets state only when an answer arrives.
  const [settled, setSettled] = useState<Settled<Data> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const key = operation ? JSON.stringify(operation) : null;
  // No operation forgets the last answer, so the next one does not start from it.
  if (key === null && settled !== null) setSettled(null);

  useEffect(() => {
    if (key === null) return;
    // `key` is the operation's content: what is sent is read back from it.
    const sent = JSON.parse(key) as Operation<Data>;
    const controller = new AbortController();
    const send = () => {
      request(sent, controller.signal).then(
        (data) => {
          if (!controller.signal.aborted) setSettled({ key, attempt, state: { status: 'success', data } });
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          const failure = error instanceof GraphQLRequestError ? error.failure : 'unreachable';
          const message = error instanceof Error ? error.message : String(error);
          setSettled((current) => ({
            key,
            attempt,
            state: { status: 'error', failure, message, previous: current ? lastData(current.state) : null },
          }));
        },
      );
    };
    const timer = delay > 0 ? window.setTimeout(send, delay) : (send(), undefined);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [key, attempt, delay]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  const state = stateOf(key, attempt, settled);
  return {
    state,
    data: lastData(state),
    loading: state.status === 'loading',
    error: state.status === 'error' ? { failure: state.failure, message: state.message } : null,
    retry,
  };
}

interface Settled<Data> {
  key: string;
  attempt: number;
  state: QueryState<Data> & { status: 'success' | 'error' };
}

/** The state of the request for `key`: its answer once it came, loading (from the last) before. */
function stateOf<Data>(key: string | null, attempt: number, settled: Settled<Data> | null): QueryState<Data> {
  if (key === null) return { status: 'idle' };
  if (settled?.key === key && settled.attempt === attempt) return settled.state;
  return { status: 'loading', previous: settled ? lastData(settled.state) : null };
}

/** The data a query state holds or held. */
export function lastData<Data>(state: QueryState<Data>): Data | null {
  switch (state.status) {
    case 'success':
      return state.data;
    case 'loading':
    case 'error':
      return state.previous;
    case 'idle':
      return null;
  }
}
