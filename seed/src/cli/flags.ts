/** A command line that cannot be understood; the message names the flag or argument at fault. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type FlagSpec = Readonly<Record<string, 'boolean' | 'string'>>;

export interface ParsedArgs {
  flags: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** `--name value`, `--name=value` and boolean `--name`; anything unknown is a UsageError. */
export function parseFlags(
  argv: readonly string[],
  spec: FlagSpec,
  options: { positionals?: boolean } = {},
): ParsedArgs {
  const flags: ParsedArgs['flags'] = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (!arg.startsWith('--') || arg === '--') {
      if (arg === '--') continue;
      if (!options.positionals) throw new UsageError(`unexpected argument "${arg}"`);
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const kind = spec[name];
    if (!kind) throw new UsageError(`unknown flag --${name}`);
    if (kind === 'boolean') {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      flags[name] = true;
      continue;
    }
    const value = inline ?? argv[i + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--')))
      throw new UsageError(`--${name} needs a value`);
    if (inline === undefined) i += 1;
    flags[name] = value;
  }
  return { flags, positionals };
}
