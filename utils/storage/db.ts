import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { Prospect } from '../model/prospect';

export const DB_NAME = 'glaneur';
export const DB_VERSION = 1;

export interface GlaneurDB extends DBSchema {
  prospects: {
    key: string;
    value: Prospect;
    indexes: { domain: string; updatedAt: string };
  };
}

type UpgradeTx = IDBPTransaction<GlaneurDB, 'prospects'[], 'versionchange'>;

/**
 * One migration per version, run in order from the version the user has: migrations[0] builds
 * version 1. A migration never drops data; each has a test with sample data before and after.
 */
export const migrations: ((db: IDBPDatabase<GlaneurDB>, tx: UpgradeTx) => void)[] = [
  (db) => {
    const prospects = db.createObjectStore('prospects', { keyPath: 'id' });
    prospects.createIndex('domain', 'organisation.domain.value');
    prospects.createIndex('updatedAt', 'updatedAt');
  },
];

export function openGlaneurDB(name = DB_NAME): Promise<IDBPDatabase<GlaneurDB>> {
  return openDB<GlaneurDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let v = oldVersion; v < DB_VERSION; v++) migrations[v]?.(db, tx);
    },
  });
}
