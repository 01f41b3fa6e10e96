import { describe, expect, it } from 'vitest';
import { transactionMemoryLimit } from './transactionMemory';

const neo4jError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('transactionMemoryLimit', () => {
  it('names the limit a transaction reached, as Neo4j states it', () => {
    expect(
      transactionMemoryLimit(
        neo4jError(
          'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
          'The allocation of an extra 2.0 MiB would use more than the limit 6.3 GiB. Currently using 6.3 GiB. dbms.memory.transaction.total.max threshold reached',
        ),
      ),
    ).toEqual({ setting: 'dbms.memory.transaction.total.max', limit: '6.3 GiB' });
    expect(
      transactionMemoryLimit(neo4jError('Neo.TransientError.General.TransactionOutOfMemoryError', 'too much')),
    ).toEqual({ setting: 'db.memory.transaction.max', limit: undefined });
  });

  it('leaves every other error alone', () => {
    expect(transactionMemoryLimit(neo4jError('Neo.TransientError.Transaction.DeadlockDetected', 'x'))).toBeUndefined();
    expect(transactionMemoryLimit(new Error('plain'))).toBeUndefined();
    expect(transactionMemoryLimit(null)).toBeUndefined();
  });
});
