import type { Activity } from '../model/activity';
import type { Prospect } from '../model/prospect';
import type { Qualification } from '../model/qualification';
import type { Plan } from '../plan';
import { withActivity } from './activity';
import { withCallList } from './call-list';
import { applyPatch, type BulkPatch } from './bulk';
import type { SuppressionRecord, UndoRecord } from './db';
import { identityKeys } from './identity';
import { mergeCapture, mergeProspects, type SaveInput } from './merge';
import { ProspectReads } from './prospect-reads';
import { queueAll } from './transaction';
import { recordUndo } from './undo';

export type { SaveInput } from './merge';
export type { Change } from './prospect-reads';

/** The prospects repository: the background's only way to read and write prospects. */
export class ProspectRepository extends ProspectReads {
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
      const prospect = withCallList(mergeCapture(existing, { ...input, draft }, at, this.newId()));
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
  ): Promise<{ created: number; merged: number; ids: string[] }> {
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
        const matchId = input.separate
          ? undefined
          : keys.map((k) => byKey.get(k)).find((id) => id !== undefined);
        const existing = matchId ? byId.get(matchId) : undefined;
        if (!existing) created++;
        const prospect = withCallList(
          mergeCapture(existing, { ...input, draft }, at, this.newId()),
        );
        byId.set(prospect.id, prospect);
        for (const key of prospect.identityKeys ?? []) byKey.set(key, prospect.id);
        touched.add(prospect.id);
      }
      const upserted = [...touched].map((id) => byId.get(id)!);
      await queueAll(upserted, (p) => tx.store.put(p));
      await tx.done;
      const removed = upserted.flatMap((p) => original.get(p.id) ?? []);
      this.emit({ upserted, removed });
      return { created, merged: inputs.length - created, ids: [...touched] };
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
        const next = withCallList(applyPatch(p, patch, at));
        before.push(p);
        after.push(next);
        await tx.store.put(next);
      }
      await tx.done;
      this.emit({ upserted: after, removed: before });
      return after;
    });
  }

  /**
   * Rewrite several prospects in one transaction, each from its saved copy (the directory's
   * answers): `change` sees what is stored now, not an older copy. Returns the ids not found.
   */
  async rewrite(ids: string[], change: (p: Prospect) => Prospect): Promise<string[]> {
    return this.write('prospects', async (tx) => {
      const saved = await queueAll(ids, (id) => tx.store.get(id));
      const before = saved.filter((p) => p !== undefined);
      const after = before.map((p) => ({ ...change(p), id: p.id, activities: p.activities }));
      await queueAll(after, (p) => tx.store.put(p));
      await tx.done;
      if (after.length) this.emit({ upserted: after, removed: before });
      return ids.filter((_, i) => !saved[i]);
    });
  }

  /** Log a call, e-mail, meeting or note; a call's plan sets the follow-up and the status. */
  async logActivity(
    id: string,
    activity: Activity,
    plan?: Plan,
    now = new Date(),
  ): Promise<Prospect | undefined> {
    return this.write('prospects', async (tx) => {
      const before = await tx.store.get(id);
      if (!before) return undefined;
      const next = withCallList(withActivity(before, activity, plan, now.toISOString()));
      await tx.store.put(next);
      await tx.done;
      this.emit({ upserted: [next], removed: [before] });
      return next;
    });
  }

  /**
   * Score again up to `limit` prospects after id `after`, in id order, in one transaction: only
   * the qualification changes (`updatedAt` too stays, it is not her change). Returns them.
   */
  async requalify(
    after: string | undefined,
    limit: number,
    score: (p: Prospect) => Qualification | undefined,
  ): Promise<Prospect[]> {
    return this.write('prospects', async (tx) => {
      const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
      const before: Prospect[] = [];
      const next: Prospect[] = [];
      for (let c = await tx.store.openCursor(range); c && next.length < limit;) {
        const qualification = score(c.value);
        const p = qualification ? withCallList({ ...c.value, qualification }) : c.value;
        if (qualification) await c.update(p);
        before.push(c.value);
        next.push(p);
        if (next.length < limit) c = await c.continue();
      }
      await tx.done;
      if (next.length) this.emit({ upserted: next, removed: before });
      return next;
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
      const next = withCallList({
        ...prospect,
        // The log is written by logActivity alone: an edit made from an older copy keeps it.
        activities: before.activities,
        createdAt: before.createdAt,
        updatedAt: now.toISOString(),
        history: history.slice(-1000),
        identityKeys: identityKeys(prospect.organisation),
      });
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
        ? await recordUndo(tx.objectStore('undo'), this.undoRecord('delete', before, now))
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
      const prospect = withCallList(mergeProspects(keep, other, now.toISOString()));
      await store.put(prospect);
      await store.delete(otherId);
      const undoId = await recordUndo(
        tx.objectStore('undo'),
        this.undoRecord('merge', [keep, other], now),
      );
      await tx.done;
      this.emit({ upserted: [prospect], removed: [keep, other] });
      return { prospect, undoId };
    });
  }

  private undoRecord(kind: UndoRecord['kind'], before: Prospect[], now: Date): UndoRecord {
    return { id: this.newId(), at: now.toISOString(), kind, before };
  }

  /** Put back what a delete or a merge changed. False when the undo is no longer available. */
  async undo(undoId: string): Promise<boolean> {
    return this.write(['prospects', 'undo'], async (tx) => {
      const record = await tx.objectStore('undo').get(undoId);
      if (!record) return false;
      const removed: Prospect[] = [];
      // A copy kept before database v4 has no place on the call list yet.
      const upserted = record.before.map(withCallList);
      for (const p of upserted) {
        const current = await tx.objectStore('prospects').get(p.id);
        if (current) removed.push(current);
        await tx.objectStore('prospects').put(p);
      }
      await tx.objectStore('undo').delete(undoId);
      await tx.done;
      this.emit({ upserted, removed });
      return true;
    });
  }

  /**
   * GDPR erasure: the prospects go (no undo), and a salted hash of each identity key stays so
   * that a later capture warns that the organisation was erased.
   */
  async erase(ids: string[], now = new Date()): Promise<number> {
    const prospects = (await Promise.all(ids.map((id) => this.get(id)))).flatMap((p) => p ?? []);
    const records = await this.erasure.records(prospects, now);
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
    this.erasure.forgetSalt();
    this.emit({ reset: true });
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
        tx
          .objectStore('prospects')
          .put(withCallList({ ...p, identityKeys: identityKeys(p.organisation) })),
      );
      await queueAll(suppression, (r) => tx.objectStore('suppression').put(r));
      if (salt) await tx.objectStore('meta').put({ key: 'suppressionSalt', value: salt });
      await tx.done;
    });
    this.erasure.forgetSalt();
    this.emit({ reset: true });
  }
}
