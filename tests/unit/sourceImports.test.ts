import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Test helpers (vitest, the throwaway database) stay out of what the server and the tools run.

const ROOT = new URL('../..', import.meta.url).pathname;
const SOURCE_DIRS = ['api/src', 'api/scripts', 'seed/src', 'neo4j/src', 'bench'];
const TEST_FILE = /\.test\.tsx?$/;
const TEST_HELPERS = /from '(vitest|@faire-collectif\/seed\/testing|[./]+\/testing\/[^']*|[./]+\/tests\/[^']*)'/;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'node_modules' || entry.name === 'testing' || entry.name.startsWith('.')
        ? []
        : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !TEST_FILE.test(entry.name) ? [path] : [];
  });
}

describe('source files', () => {
  it('import no test helper', () => {
    const files = SOURCE_DIRS.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(50);
    const offending = files.filter((file) => TEST_HELPERS.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(offending.map((file) => relative('.', file))).toEqual([]);
  });
});
