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
  const [state, setState] = useState<QueryState<Data>>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const key = operation ? JSON.stringify(operation) : null;

  useEffect(() => {
    if (!operation || key === null) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState((current) => ({ status: 'loading', previous: lastData(current) }));
    const send = () =>
      request(operation, controller.signal).then(
        (data) => {
          if (!controller.signal.aborted) setState({ status: 'success', data });
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          const failure = error instanceof GraphQLRequestError ? error.failure : 'unreachable';
          const message = error instanceof Error ? error.message : String(error);
          setState((current) => ({ status: 'error', failure, message, previous: lastData(current) }));
        },
      );
    const timer = delay > 0 ? window.setTimeout(send, delay) : (send(), undefined);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
    // `key` stands for `operation`'s content.
  }, [key, attempt, delay]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  return {
    state,
    data: lastData(state),
    loading: state.status === 'loading',
    error: state.status === 'error' ? { failure: state.failure, message: state.message } : null,
    retry,
  };
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
