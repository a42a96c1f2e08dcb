import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openGlaneurDB } from '@/utils/storage/db';

describe('database on a new install', () => {
  it('creates the prospects store with its identity index on a new install', async () => {
    const db = await openGlaneurDB('migrations-new');
    expect([...db.objectStoreNames]).toContain('prospects');
    const tx = db.transaction('prospects');
    expect([...tx.store.indexNames]).toEqual(expect.arrayContaining(['domain', 'updatedAt']));
    db.close();
  });

  it('opening an existing database at the current version keeps its data', async () => {
    const db = await openGlaneurDB('migrations-keep');
    await db.put('prospects', { id: 'kept' } as never);
    db.close();
    const again = await openDB('migrations-keep');
    expect(again.version).toBe(DB_VERSION);
    expect(await again.get('prospects', 'kept')).toEqual({ id: 'kept' });
    again.close();
  });
});
