/**
 * The disk is full. IndexedDB aborts the whole transaction, so nothing half-written remains and
 * what was saved before is untouched; the message layer turns this into `errorStorageFull`.
 */
export class StorageFullError extends Error {
  override readonly name = 'QuotaExceededError';
}

export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error || error instanceof DOMException)) return false;
  return error.name === 'QuotaExceededError' || /quota/i.test(error.message);
}

/** Run a write; a quota failure becomes a StorageFullError, anything else passes through. */
export async function guardQuota<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(String((error as Error).message ?? error));
    throw error;
  }
}

/**
 * Run `work` inside `tx` and wait for the commit. An exception thrown by our own code does not
 * abort an IndexedDB transaction by itself (it would commit what was already put), so abort it
 * explicitly: a write lands whole or not at all.
 */
export async function atomically<T>(
  tx: { abort(): void; done: Promise<void> },
  work: () => Promise<T>,
): Promise<T> {
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}
