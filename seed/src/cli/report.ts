import { ConfigError, LocalNeo4jUnavailableError, StoreInUseError } from '@faire-collectif/neo4j';
import { UnknownIdsError } from '../export/readGraph';
import { ValidationError } from '../format/issues';
import { LoadError } from '../load/loadDataset';
import { UsageError } from './flags';
import type { CommandIO } from './io';

/** Prints an error the way a person can act on it, and gives the exit code (always 1). */
export function reportError(io: CommandIO, error: unknown, usage: string): number {
  if (error instanceof ValidationError) {
    io.err(error.lines.join('\n'));
    io.err(`${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}: nothing was written.`);
  } else if (error instanceof UsageError) {
    io.err(`error: ${error.message}\n${usage}`);
  } else if (
    error instanceof LoadError ||
    error instanceof UnknownIdsError ||
    error instanceof ConfigError ||
    error instanceof StoreInUseError ||
    error instanceof LocalNeo4jUnavailableError
  ) {
    io.err(`error: ${error.message}`);
  } else {
    io.err(`error: ${error instanceof Error ? error.message : String(error)}`);
  }
  return 1;
}

/** Runs a command with the process's I/O and sets the exit code. */
export async function runCli(
  command: (argv: string[], io: CommandIO) => Promise<number>,
  io: CommandIO,
): Promise<void> {
  process.exitCode = await command(process.argv.slice(2), io);
}
