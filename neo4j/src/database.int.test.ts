import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from './database';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Bolt URI of the run's throwaway Neo4j (tests/setup/neo4j.ts). */
    neo4jUri: string;
  }
}

const connection = { uri: inject('neo4jUri'), user: 'neo4j', password: '', database: 'neo4j' };

describe('createDatabase', () => {
  const db = createDatabase(connection);
  const bounded = createDatabase(connection, { readTimeoutMs: 1000 });
  afterAll(async () => {
    await db.close();
    await bounded.close();
  });

  it('counts the statements it runs', async () => {
    const before = db.queryCount;
    await db.read(async (tx) => {
      await tx.run('RETURN 1');
      await tx.run('RETURN $n AS n', { n: 2 });
    });
    expect(db.queryCount - before).toBe(2);
  });

  it('cancels a read that outlives the read timeout', async () => {
    const started = Date.now();
    const error = await bounded
      .read((tx) => tx.run('UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x)'))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: expect.stringMatching(/^Neo\.ClientError\.Transaction\.TransactionTimedOut/) as string,
    });
    expect(Date.now() - started).toBeLessThan(30_000);
    // The server is not left busy with it: other work goes on.
    const result = await db.read((tx) => tx.run('RETURN 1 AS one'));
    expect(result.records[0]?.get('one')).toBe(1);
  });

  it('reports an unreachable server on verify', async () => {
    const down = createDatabase(
      { ...connection, uri: 'bolt://127.0.0.1:1' },
      { connectionAcquisitionTimeoutMs: 2000, maxTransactionRetryTimeMs: 0 },
    );
    await expect(down.verify()).rejects.toMatchObject({ code: 'ServiceUnavailable' });
    // With retries off, a query fails at once instead of retrying for the driver's default 30 s.
    const started = Date.now();
    await expect(down.read((tx) => tx.run('RETURN 1'))).rejects.toMatchObject({ code: 'ServiceUnavailable' });
    expect(Date.now() - started).toBeLessThan(10_000);
    await down.close();
  });
});
