// Neo4j refuses a transaction that outgrows its memory limits with a *transient* error, which the
// driver retries (for up to 30 s, the whole transaction each time). A load that big fails the
// same way every time: say so at once, naming the limit.

/** Neo4j's status codes for a transaction over a memory limit, with the setting that bounds it. */
const MEMORY_LIMITS: Readonly<Record<string, string>> = {
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError': 'dbms.memory.transaction.total.max',
  'Neo.TransientError.General.TransactionOutOfMemoryError': 'db.memory.transaction.max',
  'Neo.TransientError.General.TransactionMemoryLimit': 'server.memory.off_heap.transaction_max_size',
  'Neo.TransientError.General.OutOfMemoryError': 'the Java heap (server.memory.heap.max_size)',
};

export interface TransactionMemoryLimit {
  /** The setting that bounds it, e.g. `dbms.memory.transaction.total.max`. */
  setting: string;
  /** The limit as Neo4j states it, e.g. `6.3 GiB`, when it does. */
  limit: string | undefined;
}

/** The memory limit a Neo4j error says a transaction reached, or undefined for any other error. */
export function transactionMemoryLimit(error: unknown): TransactionMemoryLimit | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !(code in MEMORY_LIMITS)) return undefined;
  const message = error instanceof Error ? error.message : '';
  return {
    // "…would use more than the limit 10.0 MiB. Currently using 10.0 MiB. dbms.memory.transaction.total.max threshold reached"
    setting: /(\S+) threshold reached/.exec(message)?.[1] ?? MEMORY_LIMITS[code]!,
    limit: /the limit (\d[\d.]* ?[KMGT]?i?B)/.exec(message)?.[1],
  };
}
