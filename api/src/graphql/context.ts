import type { Database } from '@faire-collectif/neo4j';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver receives: the database and this request's batch loaders. */
export interface Context {
  db: Database;
  loaders: Loaders;
}

export function createContext(db: Database): Context {
  return { db, loaders: createLoaders(db) };
}
