import type { Database } from '@faire-collectif/neo4j';
import { ImportQueue } from '../imports/importQueue';
import type { WriteAccess } from '../security/apiKey';
import type { RequestRecord } from '../server/requestLog';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver receives: the database, this request's batch loaders and its write access. */
export interface Context {
  db: Database;
  loaders: Loaders;
  /** Whether this request carries the API key (decided once, from its Authorization header). */
  writeAccess: WriteAccess;
  /** The app's import queue: one import at a time. */
  imports: ImportQueue;
  /** What the request's log line will say about the operation. */
  request: RequestRecord;
  /** Called after a write changed the graph (cached answers are then stale). */
  graphChanged: () => void;
}

export interface ContextOptions {
  writeAccess?: WriteAccess;
  imports?: ImportQueue;
  request?: RequestRecord;
  graphChanged?: () => void;
}

/** A request's context; without options, a read-only one (writes disabled), as in tests. */
export function createContext(db: Database, options: ContextOptions = {}): Context {
  return {
    db,
    loaders: createLoaders(db),
    writeAccess: options.writeAccess ?? 'disabled',
    imports: options.imports ?? new ImportQueue(),
    request: options.request ?? { id: 'local' },
    graphChanged: options.graphChanged ?? (() => {}),
  };
}
