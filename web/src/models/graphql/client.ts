import type { Operation } from './operation';

/** Where the API answers: the same origin as the explorer. */
export const GRAPHQL_PATH = '/graphql';

/** Why a request failed: the service could not be reached, answered badly, or reported errors. */
export type RequestFailure = 'unreachable' | 'http' | 'graphql';

export class GraphQLRequestError extends Error {
  constructor(
    readonly failure: RequestFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

interface GraphQLResponse<Data> {
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** Sends one operation; resolves with its data, or rejects with a `GraphQLRequestError`. */
export async function request<Data>(operation: Operation<Data>, signal?: AbortSignal): Promise<Data> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify(operation),
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new GraphQLRequestError('unreachable', error instanceof Error ? error.message : String(error));
  }
  let body: GraphQLResponse<Data> | undefined;
  try {
    body = (await response.json()) as GraphQLResponse<Data>;
  } catch {
    body = undefined;
  }
  if (body?.errors?.length) {
    throw new GraphQLRequestError('graphql', body.errors.map((error) => error.message).join('; '), response.status);
  }
  if (!response.ok || !body?.data) {
    const failure: RequestFailure =
      response.status === 502 || response.status === 503 || response.status === 504 ? 'unreachable' : 'http';
    throw new GraphQLRequestError(failure, `HTTP ${response.status} ${response.statusText}`.trim(), response.status);
  }
  return body.data;
}
