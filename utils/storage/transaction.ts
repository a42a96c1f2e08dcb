import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { GlaneurDB } from './db';
import { atomically, guardQuota } from './errors';

export type Stores = StoreNames<GlaneurDB>[] | StoreNames<GlaneurDB>;
export type WriteTx<S extends Stores> = IDBPTransaction<
  GlaneurDB,
  S extends string ? [S] : S,
  'readwrite'
>;

export const strict = { durability: 'strict' } as const;

/** One read-write, durable transaction that lands whole or not at all. */
export function writeTransaction<S extends Stores, T>(
  db: IDBPDatabase<GlaneurDB>,
  stores: S,
  work: (tx: WriteTx<S>) => Promise<T>,
): Promise<T> {
  return guardQuota(() => {
    const tx = db.transaction(stores as never, 'readwrite', strict) as never;
    return atomically(tx, () => work(tx));
  });
}

/**
 * Queue one IDB request per item without waiting between them (much faster than awaiting each).
 * If queuing throws or one request fails, the transaction aborts and the other requests reject
 * with AbortError: each is marked handled as soon as it exists, the first failure is rethrown.
 */
export function queueAll<T, R>(
  items: readonly T[],
  request: (item: T) => Promise<R>,
): Promise<R[]> {
  const pending: Promise<R>[] = [];
  for (const item of items) {
    const p = request(item);
    p.catch(() => undefined);
    pending.push(p);
  }
  return Promise.all(pending);
}
