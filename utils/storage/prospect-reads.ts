import type { IDBPDatabase } from 'idb';
import type { OrganisationDraft } from '../model/organisation';
import type { Prospect } from '../model/prospect';
import type { GlaneurDB, SuppressionRecord } from './db';
import { identityDomain, identityKeys } from './identity';
import { isStale, staleLimit } from './stale';
import { ErasureList } from './suppression';
import { writeTransaction, type Stores, type WriteTx } from './transaction';

/** What changed, for the mirror, the badge and the CSV copy. `reset`: reread everything. */
export type Change = { upserted: Prospect[]; removed: Prospect[] } | { reset: true };

/** What the repository reads, and how its writes run and tell who listens. */
export class ProspectReads {
  protected readonly erasure: ErasureList;
  private readonly listeners: ((change: Change) => void)[] = [];

  constructor(
    protected readonly db: IDBPDatabase<GlaneurDB>,
    protected readonly newId: () => string = () => crypto.randomUUID(),
  ) {
    this.erasure = new ErasureList(db);
  }

  onChange(listener: (change: Change) => void): void {
    this.listeners.push(listener);
  }

  protected emit(change: Change) {
    for (const listener of this.listeners) listener(change);
  }

  protected write<S extends Stores, T>(
    stores: S,
    work: (tx: WriteTx<S>) => Promise<T>,
  ): Promise<T> {
    return writeTransaction(this.db, stores, work);
  }

  /** The draft with its registrable domain set as its identity, as it will be stored. */
  protected normalise(draft: OrganisationDraft): OrganisationDraft {
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
    const erasedAt = await this.erasure.erasedAt(identityKeys(this.normalise(draft)));
    return erasedAt ? { erasedAt } : {};
  }

  async get(id: string): Promise<Prospect | undefined> {
    return this.db.get('prospects', id);
  }

  /** Prospects whose follow-up day is `today` (YYYY-MM-DD) or earlier, oldest first. */
  async dueFollowUps(today: string): Promise<Prospect[]> {
    // The call list's index holds only the follow-ups she may contact.
    return this.db.getAllFromIndex('prospects', 'callDue', IDBKeyRange.upperBound(today));
  }

  /**
   * The Today page's follow-ups: due on `day` or before, she may contact them; the oldest
   * `limit` first, and how many in all.
   */
  async callsDue(day: string, limit: number): Promise<{ prospects: Prospect[]; total: number }> {
    const index = this.db.transaction('prospects').store.index('callDue');
    const range = IDBKeyRange.upperBound(day);
    const [prospects, total] = await Promise.all([index.getAll(range, limit), index.count(range)]);
    return { prospects, total };
  }

  /** The Today page's prospects still to contact: the best `limit` first, and how many in all. */
  async candidates(limit: number): Promise<{ prospects: Prospect[]; total: number }> {
    const index = this.db.transaction('prospects').store.index('callRank');
    const [prospects, total] = await Promise.all([index.getAll(null, limit), index.count()]);
    return { prospects, total };
  }

  /** Prospects changed at `since` (ISO date-time) or later: an activity logged since is among them. */
  async updatedSince(since: string): Promise<Prospect[]> {
    return this.db.getAllFromIndex('prospects', 'updatedAt', IDBKeyRange.lowerBound(since));
  }

  count(): Promise<number> {
    return this.db.count('prospects');
  }

  async list(): Promise<Prospect[]> {
    return this.db.getAll('prospects');
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
    return this.erasure.saltValue();
  }
}
