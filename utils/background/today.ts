/**
 * The Today page's reads. Follow-ups due come from their index; the prospects still to contact
 * have no index by score, so their scores are read once, then kept in step with every write.
 */
import type { Handlers } from '../messaging';
import type { Prospect } from '../model/prospect';
import { personasItem } from '../storage/local';
import type { Change, ProspectRepository } from '../storage/prospects';
import { dayProgress, isCandidate, rankScore, todayRow } from '../today-rows';

/** The score of every prospect still to contact, by id. */
export class CandidateRanking {
  private readonly scores = new Map<string, number>();
  private sorted: string[] | undefined;
  private filled: Promise<void> | undefined;
  /** Bumped by a reset: a read begun before it is dropped. */
  private generation = 0;
  /** Ids written while the read runs (`reading`): what it read of them is older. */
  private readonly touched = new Set<string>();
  private reading = false;

  /** `readSlice` reads the prospects after an id, a slice at a time, none when done. */
  constructor(private readonly readSlice: (after: string | undefined) => Promise<Prospect[]>) {}

  apply(change: Change): void {
    this.sorted = undefined;
    if ('reset' in change) {
      this.generation++;
      this.scores.clear();
      this.filled = undefined;
      return;
    }
    for (const p of change.removed) this.set(p.id, undefined);
    for (const p of change.upserted) this.set(p.id, isCandidate(p) ? rankScore(p) : undefined);
  }

  /** The best `limit` ids, best score first, and how many prospects are still to contact. */
  async top(limit: number): Promise<{ ids: string[]; total: number }> {
    await (this.filled ??= this.fill());
    // Reset while reading: read again.
    if (!this.filled) return this.top(limit);
    const scores = this.scores;
    this.sorted ??= [...scores.keys()].sort(
      (a, b) => scores.get(b)! - scores.get(a)! || (a < b ? -1 : 1),
    );
    return { ids: this.sorted.slice(0, limit), total: this.sorted.length };
  }

  private set(id: string, score: number | undefined) {
    if (this.reading) this.touched.add(id);
    if (score === undefined) this.scores.delete(id);
    else this.scores.set(id, score);
  }

  private async fill() {
    const generation = this.generation;
    this.reading = true;
    const read = new Map<string, number>();
    try {
      // A slice at a time: the worker answers other messages in between.
      for (let slice = await this.readSlice(undefined); slice.length;) {
        for (const p of slice) if (isCandidate(p)) read.set(p.id, rankScore(p));
        slice = await this.readSlice(slice.at(-1)!.id);
      }
    } catch (error) {
      this.filled = undefined;
      throw error;
    } finally {
      this.reading = false;
    }
    if (generation !== this.generation) return this.touched.clear();
    for (const [id, score] of read) if (!this.touched.has(id)) this.scores.set(id, score);
    this.touched.clear();
    this.sorted = undefined;
  }
}

const SLICE = 2_000;

async function targetRoles(): Promise<string[]> {
  const store = await personasItem.read();
  return store?.personas.find((p) => p.id === store.activeId)?.targetRoles ?? [];
}

/** The background's answers to the Today page. */
export function createTodayHandlers(
  repo: () => Promise<ProspectRepository>,
): Pick<Handlers, 'today.due' | 'today.candidates'> {
  const ranking = new CandidateRanking(async (after) => (await repo()).listAfter(after, SLICE));
  let watched: Promise<ProspectRepository> | undefined;
  const watchedRepo = () =>
    (watched ??= repo().then((r) => {
      r.onChange((change) => ranking.apply(change));
      return r;
    }));
  return {
    'today.due': async ({ day, limit }) => {
      const r = await repo();
      // Her local midnight: what changed since may hold today's calls.
      const since = new Date(`${day}T00:00:00`).toISOString();
      const [due, total, changed, roles] = await Promise.all([
        r.dueFollowUps(day, limit, (p) => !p.doNotContact),
        r.countDue(day),
        r.updatedSince(since),
        targetRoles(),
      ]);
      return {
        rows: due.map((p) => todayRow(p, roles)),
        total,
        roles,
        progress: dayProgress(changed, day),
      };
    },
    'today.candidates': async ({ limit }) => {
      const r = await watchedRepo();
      const [{ ids, total }, roles] = await Promise.all([ranking.top(limit), targetRoles()]);
      const found = await Promise.all(ids.map((id) => r.get(id)));
      return { rows: found.flatMap((p) => (p ? [todayRow(p, roles)] : [])), total };
    },
  };
}
