import type { IDBPObjectStore } from 'idb';
import type { GlaneurDB, UndoRecord } from './db';

/** How many deletes and merges can be undone. */
const UNDO_KEEP = 20;

/** Keep what undoing a delete or a merge needs, dropping the oldest beyond UNDO_KEEP. */
export async function recordUndo(
  store: IDBPObjectStore<GlaneurDB, ('prospects' | 'undo')[], 'undo', 'readwrite'>,
  record: UndoRecord,
): Promise<string> {
  await store.put(record);
  if ((await store.count()) > UNDO_KEEP) {
    const all = await store.getAll();
    all.sort((a, b) => a.at.localeCompare(b.at));
    for (const old of all.slice(0, all.length - UNDO_KEEP)) await store.delete(old.id);
  }
  return record.id;
}
