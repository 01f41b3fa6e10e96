import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

function errorOf(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to the local Neo4j on port 4000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.readTimeoutMs).toBe(15_000);
    expect(config.neo4j).toEqual({ uri: undefined, user: 'neo4j', password: '', database: 'neo4j' });
    expect(config.local.heap).toBe('1g');
    expect(config.local.pageCache).toBe('512m');
    expect(config.local.dataDir).toMatch(/\.data\/neo4j$/);
  });

  it('accepts cluster and Aura URIs unchanged', () => {
    for (const uri of ['neo4j://db.example.org:7687', 'neo4j+s://abcd1234.databases.neo4j.io', 'bolt+s://host:7687']) {
      expect(loadConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
    }
  });

  it('reads every variable', () => {
    const config = loadConfig({
      NEO4J_URI: 'bolt://127.0.0.1:7687',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'actors',
      PORT: '8080',
      NEO4J_LOCAL_HEAP: '2g',
      NEO4J_LOCAL_PAGECACHE: '256M',
      NEO4J_LOCAL_DATA_DIR: '/var/lib/fc',
      NEO4J_READ_TIMEOUT_MS: '2500',
    });
    expect(config).toEqual({
      port: 8080,
      readTimeoutMs: 2500,
      neo4j: { uri: 'bolt://127.0.0.1:7687', user: 'reader', password: 'secret', database: 'actors' },
      local: { dataDir: '/var/lib/fc', heap: '2g', pageCache: '256M' },
    });
  });

  it.each([
    [
      { NEO4J_URI: 'http://localhost:7474' },
      'NEO4J_URI',
      /schemes bolt, bolt\+s, bolt\+ssc, neo4j, neo4j\+s, neo4j\+ssc/,
    ],
    [{ PORT: 'eighty' }, 'PORT', /expected a port number/],
    [{ PORT: '70000' }, 'PORT', /expected 0 to 65535/],
    [{ PORT: '80.5' }, 'PORT', /expected a whole number/],
    [{ NEO4J_DATABASE: 'a b' }, 'NEO4J_DATABASE', /database name/],
    [{ NEO4J_LOCAL_HEAP: 'lots' }, 'NEO4J_LOCAL_HEAP', /size such as 512m or 2g/],
    [{ NEO4J_READ_TIMEOUT_MS: '10' }, 'NEO4J_READ_TIMEOUT_MS', /at least 100 ms/],
    [{ NEO4J_LOCAL_PAGECACHE: '0m' }, 'NEO4J_LOCAL_PAGECACHE', /size such as 512m or 2g/],
  ])('names the bad variable in %o', (env, variable, reason) => {
    const error = errorOf(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toMatch(new RegExp(`^Invalid ${variable}: `));
    expect(error.reason).toMatch(reason);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).neo4j.uri).toBeUndefined();
  });
});
