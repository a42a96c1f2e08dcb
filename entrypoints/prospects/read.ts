import type { IDBPDatabase } from 'idb';
import type { Prospect } from '@/utils/model/prospect';
import type { GlaneurDB } from '@/utils/storage/db';

/** A first screenful of prospects, most recently changed first: the list paints with these. */
export async function readRecent(db: IDBPDatabase<GlaneurDB>, count: number): Promise<Prospect[]> {
  const found: Prospect[] = [];
  const index = db.transaction('prospects').store.index('updatedAt');
  for (
    let c = await index.openCursor(null, 'prev');
    c && found.length < count;
    c = await c.continue()
  ) {
    found.push(c.value);
  }
  return found;
}
