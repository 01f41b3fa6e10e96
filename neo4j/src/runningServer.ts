import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

// While a local Neo4j runs, its data directory holds a small file with its Bolt address, so the
// commands (`npm run export`, `import`, `seed`) reach the DBMS that `npm start` runs instead of
// trying to start a second one on a store it locks. The file goes when the DBMS stops; one left
// by a process that died names a process that no longer runs, and is ignored.

/** The file's name in the data directory. */
export const RUNNING_FILE = 'running.json';

export interface RunningLocalNeo4j {
  /** bolt://127.0.0.1:<port> */
  uri: string;
  /** The DBMS's process id. */
  pid: number;
}

export async function recordRunning(dataDir: string, running: RunningLocalNeo4j): Promise<void> {
  await writeFile(join(dataDir, RUNNING_FILE), `${JSON.stringify(running)}\n`);
}

export async function forgetRunning(dataDir: string): Promise<void> {
  await rm(join(dataDir, RUNNING_FILE), { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The local Neo4j running on `dataDir`, as its file records it; undefined when none runs. */
export async function findRunningLocalNeo4j(dataDir: string): Promise<RunningLocalNeo4j | undefined> {
  let text: string;
  try {
    text = await readFile(join(dataDir, RUNNING_FILE), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const { uri, pid } = JSON.parse(text) as Partial<RunningLocalNeo4j>;
    if (typeof uri !== 'string' || !/^bolt:\/\/127\.0\.0\.1:\d+$/.test(uri) || typeof pid !== 'number')
      return undefined;
    return isAlive(pid) ? { uri, pid } : undefined;
  } catch {
    return undefined;
  }
}
