import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j } from '@faire-collectif/neo4j';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Bolt URI of the throwaway Neo4j shared by this run's database suites. */
    neo4jUri: string;
  }
}

/** One throwaway Neo4j per test run, in a temp directory on a free port; never `.data/`. */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(join(tmpdir(), 'faire-collectif-test-neo4j-'));
  const server = await startLocalNeo4j({ dataDir, heap: '768m', pageCache: '128m' });
  project.provide('neo4jUri', server.uri);
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
