import type { IDBPDatabase, IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import type { OrganisationDraft } from '../model/organisation';
import { CONTACT_STATUSES, type Prospect, type Status } from '../model/prospect';
import type { GlaneurDB, SuppressionRecord, UndoRecord } from './db';
import { atomically, guardQuota } from './errors';
import { identityDomain, identityKeys } from './identity';
import { mergeCapture, mergeProspects, type SaveInput } from './merge';
import { hashIdentityKey, randomSalt } from './suppression';

export type { SaveInput } from './merge';

/** What changed, for the mirror, the badge and the CSV copy. `reset`: reread everything. */
export type Change = { upserted: Prospect[]; removed: Prospect[] } | { reset: true };

export interface BulkPatch {
  status?: Status;
  addTags?: string[];
  removeTags?: string[];
  followUpAt?: string | null;
}

const UNDO_KEEP = 20;
/** CNIL: prospects with no contact for three years are to be purged. */
export const STALE_YEARS = 3;

const strict = { durability: 'strict' } as const;

/** The prospects repository: the background's only way to read and write prospects. */
export class ProspectRepository {
  private salt?: Promise<string>;
  private readonly listeners: ((change: Change) => void)[] = [];

  constructor(
    private readonly db: IDBPDatabase<GlaneurDB>,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  onChange(listener: (change: Change) => void): void {
    this.listeners.push(listener);
  }

  private emit(change: Change) {
    for (const listener of this.listeners) listener(change);
  }

  /** One read-write, durable transaction that lands whole or not at all. */
  private write<S extends StoreNames<GlaneurDB>[] | StoreNames<GlaneurDB>, T>(
    stores: S,
    work: (tx: IDBPTransaction<GlaneurDB, S extends string ? [S] : S, 'readwrite'>) => Promise<T>,
  ): Promise<T> {
    return guardQuota(() => {
      const tx = this.db.transaction(stores as never, 'readwrite', strict) as never;
      return atomically(tx, () => work(tx));
    });
  }

  /** The draft with its registrable domain set as its identity, as it will be stored. */
  private normalise(draft: OrganisationDraft): OrganisationDraft {
    const domain = identityDomain(draft);
    return domain ? { ...draft, domain: { value: domain, source: 'url', confidence: 1 } } : draft;
  }

  async findByDraft(draft: OrganisationDraft): Promise<Prospect | undefined> {
    const index = this.db.transaction('prospects').store.index('identity');
    for (const key of identityKeys(this.normalise(draft))) {
      const found = await index.get(key);
      if (found) return found;
    }
    return undefined;
  }

  /** The saved prospect for this draft, or when it was erased. */
  async lookup(draft: OrganisationDraft): Promise<{ prospect?: Prospect; erasedAt?: string }> {
    const prospect = await this.findByDraft(draft);
    if (prospect) return { prospect };
    const erasedAt = await this.erasedAt(identityKeys(this.normalise(draft)));
    return erasedAt ? { erasedAt } : {};
  }

  async get(id: string): Promise<Prospect | undefined> {
    return this.db.get('prospects', id);
  }

  /** Prospects whose follow-up day is `today` (YYYY-MM-DD) or earlier. */
  async dueFollowUps(today: string): Promise<Prospect[]> {
    return this.db.getAllFromIndex('prospects', 'followUpAt', IDBKeyRange.upperBound(today));
  }

  async list(): Promise<Prospect[]> {
    return this.db.getAll('prospects');
  }

  /** Create the prospect, or merge the capture into the one with the same identity: one transaction. */
  async save(
    input: SaveInput,
    now = new Date(),
  ): Promise<{ prospect: Prospect; created: boolean }> {
    const at = now.toISOString();
    const draft = this.normalise(input.draft);
    return this.write('prospects', async (tx) => {
      let existing: Prospect | undefined;
      for (const key of identityKeys(draft)) {
        existing = await tx.store.index('identity').get(key);
        if (existing) break;
      }
      const prospect = mergeCapture(existing, { ...input, draft }, at, this.newId());
      await tx.store.put(prospect);
      await tx.done;
      this.emit({ upserted: [prospect], removed: existing ? [existing] : [] });
      return { prospect, created: !existing };
    });
  }

  /**
   * Many rows at once (CSV import): duplicates inside the file and with saved prospects are
   * merged by identity, all in one transaction, so an import lands whole or not at all.
   */
  async saveMany(
    inputs: SaveInput[],
    now = new Date(),
  ): Promise<{ created: number; merged: number }> {
    const at = now.toISOString();
    return this.write('prospects', async (tx) => {
      const byId = new Map<string, Prospect>();
      const byKey = new Map<string, string>();
      const original = new Map<string, Prospect>();
      for (const p of await tx.store.getAll()) {
        original.set(p.id, p);
        byId.set(p.id, p);
        for (const key of p.identityKeys ?? []) byKey.set(key, p.id);
      }
      const touched = new Set<string>();
      let created = 0;
      for (const input of inputs) {
        const draft = this.normalise(input.draft);
        const keys = identityKeys(draft);
        const matchId = keys.map((k) => byKey.get(k)).find((id) => id !== undefined);
        const existing = matchId ? byId.get(matchId) : undefined;
        if (!existing) created++;
        const prospect = mergeCapture(existing, { ...input, draft }, at, this.newId());
        byId.set(prospect.id, prospect);
        for (const key of prospect.identityKeys ?? []) byKey.set(key, prospect.id);
        touched.add(prospect.id);
      }
      const upserted = [...touched].map((id) => byId.get(id)!);
      await queueAll(upserted, (p) => tx.store.put(p));
      await tx.done;
      const removed = upserted.flatMap((p) => original.get(p.id) ?? []);
      this.emit({ upserted, removed });
      return { created, merged: inputs.length - created };
    });
  }

  /** Status, tags or follow-up of several prospects, as the list's bulk actions set them. */
  async update(ids: string[], patch: BulkPatch, now = new Date()): Promise<Prospect[]> {
    const at = now.toISOString();
    return this.write('prospects', async (tx) => {
      const before: Prospect[] = [];
      const after: Prospect[] = [];
      for (const id of ids) {
        const p = await tx.store.get(id);
        if (!p) continue;
        const next = applyPatch(p, patch, at);
        before.push(p);
        after.push(next);
        await tx.store.put(next);
      }
      await tx.done;
      this.emit({ upserted: after, removed: before });
      return after;
    });
  }

  /** Replace one prospect as edited in the detail view (its id and creation stay). */
  async replace(prospect: Prospect, now = new Date()): Promise<Prospect> {
    return this.write('prospects', async (tx) => {
      const before = await tx.store.get(prospect.id);
      if (!before) throw new Error('not found');
      const history = [...before.history];
      if (before.status !== prospect.status) {
        history.push({ at: now.toISOString(), kind: 'status', status: prospect.status });
      }
      const next: Prospect = {
        ...prospect,
        createdAt: before.createdAt,
        updatedAt: now.toISOString(),
        history: history.slice(-1000),
        identityKeys: identityKeys(prospect.organisation),
      };
      await tx.store.put(next);
      await tx.done;
      this.emit({ upserted: [next], removed: [before] });
      return next;
    });
  }

  /** Delete, keeping what undo needs. Returns the undo id, or undefined when nothing matched. */
  async delete(ids: string[], now = new Date()): Promise<string | undefined> {
    return this.write(['prospects', 'undo'], async (tx) => {
      const before: Prospect[] = [];
      for (const id of ids) {
        const p = await tx.objectStore('prospects').get(id);
        if (!p) continue;
        before.push(p);
        await tx.objectStore('prospects').delete(id);
      }
      const undoId = before.length
        ? await this.recordUndo(tx.objectStore('undo'), 'delete', before, now)
        : undefined;
      await tx.done;
      if (before.length) this.emit({ upserted: [], removed: before });
      return undoId;
    });
  }

  /** Merge `otherId` into `keepId`: keep's values win; other's fill the gaps. */
  async merge(
    keepId: string,
    otherId: string,
    now = new Date(),
  ): Promise<{ prospect: Prospect; undoId: string }> {
    if (keepId === otherId) throw new Error('cannot merge a prospect with itself');
    return this.write(['prospects', 'undo'], async (tx) => {
      const store = tx.objectStore('prospects');
      const [keep, other] = await Promise.all([store.get(keepId), store.get(otherId)]);
      if (!keep || !other) throw new Error('not found');
      const prospect = mergeProspects(keep, other, now.toISOString());
      await store.put(prospect);
      await store.delete(otherId);
      const undoId = await this.recordUndo(tx.objectStore('undo'), 'merge', [keep, other], now);
      await tx.done;
      this.emit({ upserted: [prospect], removed: [keep, other] });
      return { prospect, undoId };
    });
  }

  private async recordUndo(
    store: IDBPObjectStore<GlaneurDB, ('prospects' | 'undo')[], 'undo', 'readwrite'>,
    kind: UndoRecord['kind'],
    before: Prospect[],
    now: Date,
  ): Promise<string> {
    const id = this.newId();
    await store.put({ id, at: now.toISOString(), kind, before });
    if ((await store.count()) > UNDO_KEEP) {
      const all = await store.getAll();
      all.sort((a, b) => a.at.localeCompare(b.at));
      for (const old of all.slice(0, all.length - UNDO_KEEP)) await store.delete(old.id);
    }
    return id;
  }

  /** Put back what a delete or a merge changed. False when the undo is no longer available. */
  async undo(undoId: string): Promise<boolean> {
    return this.write(['prospects', 'undo'], async (tx) => {
      const record = await tx.objectStore('undo').get(undoId);
      if (!record) return false;
      const removed: Prospect[] = [];
      for (const p of record.before) {
        const current = await tx.objectStore('prospects').get(p.id);
        if (current) removed.push(current);
        await tx.objectStore('prospects').put(p);
      }
      await tx.objectStore('undo').delete(undoId);
      await tx.done;
      this.emit({ upserted: record.before, removed });
      return true;
    });
  }

  private saltValue(): Promise<string> {
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

  private async erasedAt(keys: string[]): Promise<string | undefined> {
    if (keys.length === 0) return undefined;
    const salt = await this.saltValue();
    const hashes = await Promise.all(keys.map((k) => hashIdentityKey(salt, k)));
    const tx = this.db.transaction('suppression');
    const found = await Promise.all(hashes.map((h) => tx.store.get(h)));
    return found.flatMap((r) => r?.erasedAt ?? []).sort()[0];
  }

  /**
   * GDPR erasure: the prospects go (no undo), and a salted hash of each identity key stays so
   * that a later capture warns that the organisation was erased.
   */
  async erase(ids: string[], now = new Date()): Promise<number> {
    const prospects = (await Promise.all(ids.map((id) => this.get(id)))).flatMap((p) => p ?? []);
    const salt = await this.saltValue();
    const records: SuppressionRecord[] = [];
    for (const p of prospects) {
      for (const key of p.identityKeys ?? identityKeys(p.organisation)) {
        records.push({ hash: await hashIdentityKey(salt, key), erasedAt: now.toISOString() });
      }
    }
    return this.write(['prospects', 'suppression', 'undo'], async (tx) => {
      for (const p of prospects) await tx.objectStore('prospects').delete(p.id);
      for (const r of records) await tx.objectStore('suppression').put(r);
      // An undo record would keep the erased data: drop those that mention these prospects.
      const erased = new Set(prospects.map((p) => p.id));
      for (const u of await tx.objectStore('undo').getAll()) {
        if (u.before.some((p) => erased.has(p.id))) await tx.objectStore('undo').delete(u.id);
      }
      await tx.done;
      if (prospects.length) this.emit({ upserted: [], removed: prospects });
      return prospects.length;
    });
  }

  /** Erase everything: prospects, undo history, erasure list and salt. */
  async eraseAll(): Promise<void> {
    await this.write(['prospects', 'suppression', 'undo', 'meta'], async (tx) => {
      await Promise.all([
        tx.objectStore('prospects').clear(),
        tx.objectStore('suppression').clear(),
        tx.objectStore('undo').clear(),
        tx.objectStore('meta').clear(),
      ]);
      await tx.done;
    });
    this.salt = undefined;
    this.emit({ reset: true });
  }

  /** Prospects not contacted (or, never contacted, not captured) for three years. */
  async stale(now = new Date()): Promise<Prospect[]> {
    const limit = staleLimit(now);
    return (await this.list()).filter((p) => isStale(p, limit));
  }

  async suppressionList(): Promise<SuppressionRecord[]> {
    return this.db.getAll('suppression');
  }

  async salted(): Promise<string> {
    return this.saltValue();
  }

  /** Replace the whole database with a backup (prospects, erasure list and its salt). */
  async restore(
    prospects: Prospect[],
    suppression: SuppressionRecord[],
    salt?: string,
  ): Promise<void> {
    await this.write(['prospects', 'suppression', 'undo', 'meta'], async (tx) => {
      await Promise.all([
        tx.objectStore('prospects').clear(),
        tx.objectStore('suppression').clear(),
        tx.objectStore('undo').clear(),
      ]);
      await queueAll(prospects, (p) =>
        tx.objectStore('prospects').put({ ...p, identityKeys: identityKeys(p.organisation) }),
      );
      await queueAll(suppression, (r) => tx.objectStore('suppression').put(r));
      if (salt) await tx.objectStore('meta').put({ key: 'suppressionSalt', value: salt });
      await tx.done;
    });
    this.salt = undefined;
    this.emit({ reset: true });
  }
}

/**
 * Queue one IDB request per item without waiting between them (much faster than awaiting each).
 * If queuing throws or one request fails, the transaction aborts and the other requests reject
 * with AbortError: each is marked handled as soon as it exists, the first failure is rethrown.
 */
function queueAll<T, R>(items: readonly T[], request: (item: T) => Promise<R>): Promise<R[]> {
  const pending: Promise<R>[] = [];
  for (const item of items) {
    const p = request(item);
    p.catch(() => undefined);
    pending.push(p);
  }
  return Promise.all(pending);
}

export function staleLimit(now: Date): string {
  const limit = new Date(now);
  limit.setUTCFullYear(limit.getUTCFullYear() - STALE_YEARS);
  return limit.toISOString();
}

export function isStale(p: Pick<Prospect, 'lastContactAt' | 'createdAt'>, limit: string): boolean {
  return (p.lastContactAt ?? p.createdAt) < limit;
}

function applyPatch(p: Prospect, patch: BulkPatch, at: string): Prospect {
  const next: Prospect = { ...p, updatedAt: at };
  if (patch.status && patch.status !== p.status) {
    next.status = patch.status;
    next.history = [...p.history, { at, kind: 'status' as const, status: patch.status }].slice(
      -1000,
    );
    if (CONTACT_STATUSES.has(patch.status)) next.lastContactAt = at;
  }
  if (patch.addTags || patch.removeTags) {
    const remove = new Set(patch.removeTags ?? []);
    next.tags = [...new Set([...p.tags, ...(patch.addTags ?? [])])]
      .filter((t) => !remove.has(t))
      .slice(0, 50);
  }
  if (patch.followUpAt === null) delete next.followUpAt;
  else if (patch.followUpAt) next.followUpAt = patch.followUpAt;
  return next;
}
