import type { z } from 'zod';

/** A setting that could not be used, named by its environment variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly reason: string,
  ) {
    super(`Invalid ${variable}: ${reason}`);
    this.name = 'ConfigError';
  }
}

/**
 * A reader of the environment variables `variables` describes: each value is validated (and
 * defaulted) by its schema, and a bad one is a ConfigError naming the variable with the first
 * problem only, never the value (it may be a secret). An empty variable counts as unset, except
 * those in `emptyAllowed` (an empty password is a password).
 */
export function environmentReader<S extends Readonly<Record<string, z.ZodType>>>(
  variables: S,
  emptyAllowed: ReadonlyArray<keyof S> = [],
) {
  return function read<V extends keyof S & string>(env: NodeJS.ProcessEnv, name: V): z.output<S[V]> {
    const raw = env[name];
    const result = variables[name]!.safeParse(raw === '' && !emptyAllowed.includes(name) ? undefined : raw);
    if (!result.success) throw new ConfigError(name, result.error.issues[0]?.message ?? 'invalid value');
    return result.data as z.output<S[V]>;
  };
}
