import { useCallback, useEffect, useState } from 'react';
import { request, GraphQLRequestError, type RequestFailure } from '../models/graphql/client';
import type { Operation } from '../models/graphql/operations';

export type RequestState<Data> =
  | { status: 'idle' }
  | { status: 'loading'; previous: Data | null }
  | { status: 'success'; data: Data }
  | { status: 'error'; failure: RequestFailure; message: string; previous: Data | null };

/**
 * Runs `operation` whenever its text or variables change (null: nothing to run), aborting the
 * previous request; `retry` runs it again. Keeps the last data while loading so views don't flash.
 */
export function useRequest<Data>(operation: Operation | null): [RequestState<Data>, () => void] {
  const [state, setState] = useState<RequestState<Data>>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const key = operation ? JSON.stringify(operation) : null;

  useEffect(() => {
    if (!operation || key === null) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState((current) => ({ status: 'loading', previous: lastData(current) }));
    request<Data>(operation, controller.signal).then(
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
    return () => controller.abort();
    // `key` stands for `operation`'s content.
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  return [state, retry];
}

/** The data a request state holds or held. */
export function lastData<Data>(state: RequestState<Data>): Data | null {
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
