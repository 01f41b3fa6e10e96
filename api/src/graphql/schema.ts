import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** schema.graphql at the repository root: the public contract, read once at start. */
export const SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'schema.graphql');

export function loadTypeDefs(): string {
  return readFileSync(SCHEMA_PATH, 'utf8');
}
