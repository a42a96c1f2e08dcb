import type { IDBPDatabase } from 'idb';
import type { Prospect } from '../model/prospect';
import type { GlaneurDB, SuppressionRecord } from './db';
import { identityKeys } from './identity';
import { strict } from './transaction';

/**
 * Erased organisations are remembered only as salted SHA-256 hashes of their identity keys: enough
 * to warn "you erased this organisation on <date>" at a later capture, useless to anyone reading
 * the database to learn who was erased. The salt is random per installation.
 */
export function randomSalt(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function hashIdentityKey(salt: string, key: string): Promise<string> {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(`${salt}\u0000${key}`),
  );
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The erasure list of one database: its salt, and when an organisation was erased. */
export class ErasureList {
  private salt?: Promise<string>;

  constructor(private readonly db: IDBPDatabase<GlaneurDB>) {}

  /** The installation's salt, created at first use. */
  saltValue(): Promise<string> {
    this.salt ??= (async () => {
      const tx = this.db.transaction('meta', 'readwrite', strict);
      const found = await tx.store.get('suppressionSalt');
      const value = found?.value ?? randomSalt();
      if (!found) await tx.store.put({ key: 'suppressionSalt', value });
      await tx.done;
      return value;
    })();
    return this.salt;
  }

  /** After the meta store was cleared or replaced. */
  forgetSalt(): void {
    this.salt = undefined;
  }

  /** The earliest erasure of any of these identity keys. */
  async erasedAt(keys: string[]): Promise<string | undefined> {
    if (keys.length === 0) return undefined;
    const salt = await this.saltValue();
    const hashes = await Promise.all(keys.map((k) => hashIdentityKey(salt, k)));
    const tx = this.db.transaction('suppression');
    const found = await Promise.all(hashes.map((h) => tx.store.get(h)));
    return found.flatMap((r) => r?.erasedAt ?? []).sort()[0];
  }

  /** What the erasure of these prospects leaves: one salted hash per identity key. */
  async records(prospects: readonly Prospect[], now: Date): Promise<SuppressionRecord[]> {
    const salt = await this.saltValue();
    const records: SuppressionRecord[] = [];
    for (const p of prospects) {
      for (const key of p.identityKeys ?? identityKeys(p.organisation)) {
        records.push({ hash: await hashIdentityKey(salt, key), erasedAt: now.toISOString() });
      }
    }
    return records;
  }
}
