import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import { upgradeProspect, type Prospect } from '../model/prospect';
import { withCallList } from './call-list';
import { identityKeys } from './identity';

export const DB_NAME = 'glaneur';
export const DB_VERSION = 4;

/** What "undo" needs: the prospects as they were before the delete or the merge. */
export interface UndoRecord {
  id: string;
  at: string;
  kind: 'delete' | 'merge';
  before: Prospect[];
}

/** An erased organisation: a salted hash of one of its identity keys, never the key itself. */
export interface SuppressionRecord {
  hash: string;
  erasedAt: string;
}

export interface GlaneurDB extends DBSchema {
  prospects: {
    key: string;
    value: Prospect;
    indexes: {
      domain: string;
      updatedAt: string;
      identity: string;
      followUpAt: string;
      callDue: string;
      callRank: number;
    };
  };
  suppression: { key: string; value: SuppressionRecord };
  undo: { key: string; value: UndoRecord; indexes: { at: string } };
  meta: { key: string; value: { key: string; value: string } };
}

type Stores = StoreNames<GlaneurDB>[];
export type UpgradeTx = IDBPTransaction<GlaneurDB, Stores, 'versionchange'>;
type Migration = (db: IDBPDatabase<GlaneurDB>, tx: UpgradeTx) => void | Promise<void>;

/**
 * One migration per version, run in order from the version the user has: migrations[0] builds
 * version 1. A migration never drops data; each has a test with sample data before and after.
 */
export const migrations: Migration[] = [
  // v1: the walking skeleton's store, deduped by domain only.
  (db) => {
    const prospects = db.createObjectStore('prospects', { keyPath: 'id' });
    prospects.createIndex('domain', 'organisation.domain.value');
    prospects.createIndex('updatedAt', 'updatedAt');
  },
  // v2: identity by domain, SIREN and LinkedIn page; follow-ups; erasure list; undo; metadata.
  async (db, tx) => {
    const prospects = tx.objectStore('prospects');
    prospects.createIndex('identity', 'identityKeys', { multiEntry: true });
    prospects.createIndex('followUpAt', 'followUpAt');
    db.createObjectStore('suppression', { keyPath: 'hash' });
    db.createObjectStore('undo', { keyPath: 'id' }).createIndex('at', 'at');
    db.createObjectStore('meta', { keyPath: 'key' });
    for (let cursor = await prospects.openCursor(); cursor; cursor = await cursor.continue()) {
      const p = cursor.value;
      await cursor.update({ ...p, identityKeys: identityKeys(p.organisation) });
    }
  },
  // v3: prospects carry their activity log (prospect schema version 2), empty at first.
  async (_db, tx) => {
    const prospects = tx.objectStore('prospects');
    for (let cursor = await prospects.openCursor(); cursor; cursor = await cursor.continue()) {
      await cursor.update(upgradeProspect(cursor.value) as Prospect);
    }
    const undo = tx.objectStore('undo');
    for (let cursor = await undo.openCursor(); cursor; cursor = await cursor.continue()) {
      const before = cursor.value.before.map((p) => upgradeProspect(p) as Prospect);
      await cursor.update({ ...cursor.value, before });
    }
  },
  // v4: the Today page's call list by index: follow-ups she may call, candidates by rank.
  async (_db, tx) => {
    const prospects = tx.objectStore('prospects');
    prospects.createIndex('callDue', 'callList.due');
    prospects.createIndex('callRank', 'callList.rank');
    for (let cursor = await prospects.openCursor(); cursor; cursor = await cursor.continue()) {
      const p = withCallList(cursor.value);
      if (p.callList) await cursor.update(p);
    }
  },
];

/** Open (and migrate) the database; `version` below DB_VERSION is for migration tests only. */
export function openGlaneurDB(
  name = DB_NAME,
  version = DB_VERSION,
): Promise<IDBPDatabase<GlaneurDB>> {
  return openDB<GlaneurDB>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) await migrations[v]?.(db, tx);
    },
  });
}
