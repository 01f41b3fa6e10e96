import { resolve } from 'node:path';
import { z } from 'zod';
import { environmentReader } from './environment';

export { ConfigError } from './environment';

export interface Neo4jConnection {
  /** Unset means: start the local Neo4j. */
  uri: string | undefined;
  user: string;
  password: string;
  database: string;
}

export interface LocalNeo4jSettings {
  dataDir: string;
  heap: string;
  pageCache: string;
}

export interface Config {
  port: number;
  /** Longest a read query may run, in ms, before Neo4j cancels it. */
  readTimeoutMs: number;
  neo4j: Neo4jConnection;
  local: LocalNeo4jSettings;
}

const URI_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];
const memory = z.string().regex(/^[1-9]\d*[kmg]$/i, 'expected a size such as 512m or 2g');

const variables = {
  NEO4J_URI: z
    .string()
    .optional()
    .refine((uri) => uri === undefined || URI_SCHEMES.some((s) => uri.startsWith(`${s}://`)), {
      message: `expected a URI with one of the schemes ${URI_SCHEMES.join(', ')} (e.g. neo4j+s://xxxx.databases.neo4j.io)`,
    }),
  NEO4J_USER: z.string().min(1, 'must not be empty').default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{2,62}$/i, 'expected a database name of 3 to 63 letters, digits, dots or dashes')
    .default('neo4j'),
  PORT: z.coerce
    .number({ message: 'expected a port number' })
    .int('expected a whole number')
    .min(0, 'expected 0 to 65535')
    .max(65535, 'expected 0 to 65535')
    .default(4000),
  NEO4J_READ_TIMEOUT_MS: z.coerce
    .number({ message: 'expected a number of milliseconds' })
    .int('expected a whole number of milliseconds')
    .min(100, 'expected at least 100 ms')
    .max(600_000, 'expected at most 600000 ms')
    .default(15_000),
  NEO4J_LOCAL_DATA_DIR: z.string().min(1, 'must not be empty').default('.data/neo4j'),
  NEO4J_LOCAL_HEAP: memory.default('1g'),
  NEO4J_LOCAL_PAGECACHE: memory.default('512m'),
} as const;

const read = environmentReader(variables, ['NEO4J_PASSWORD']);

/** Reads and validates the configuration; throws a ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: read(env, 'PORT'),
    readTimeoutMs: read(env, 'NEO4J_READ_TIMEOUT_MS'),
    neo4j: {
      uri: read(env, 'NEO4J_URI'),
      user: read(env, 'NEO4J_USER'),
      password: read(env, 'NEO4J_PASSWORD'),
      database: read(env, 'NEO4J_DATABASE'),
    },
    local: {
      dataDir: resolve(read(env, 'NEO4J_LOCAL_DATA_DIR')),
      heap: read(env, 'NEO4J_LOCAL_HEAP'),
      pageCache: read(env, 'NEO4J_LOCAL_PAGECACHE'),
    },
  };
}
