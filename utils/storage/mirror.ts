/**
 * Counts the badge and the list page follow (total, per status, follow-ups per day), kept in
 * browser.storage.local so that they need not open IndexedDB. Updated by the background after
 * every change, from the change itself (no full rescan): O(changed prospects) per write. Each
 * write names the prospects its change touched, for the list page to patch in.
 */
import type { Prospect } from '../model/prospect';
import { summaryItem, type MirrorSummary } from './local';
import type { Change } from './prospects';

export type { MirrorSummary } from './local';

export const emptySummary = (): MirrorSummary => ({
  total: 0,
  byStatus: {},
  followUps: {},
  updatedAt: '',
});

function count(summary: MirrorSummary, p: Prospect, sign: 1 | -1) {
  summary.total += sign;
  summary.byStatus[p.status] = (summary.byStatus[p.status] ?? 0) + sign;
  if (!summary.byStatus[p.status]) delete summary.byStatus[p.status];
  if (p.followUpAt && !p.doNotContact) {
    summary.followUps[p.followUpAt] = (summary.followUps[p.followUpAt] ?? 0) + sign;
    if (!summary.followUps[p.followUpAt]) delete summary.followUps[p.followUpAt];
  }
}

export function summarise(
  prospects: readonly Prospect[],
  at = new Date().toISOString(),
): MirrorSummary {
  const summary = emptySummary();
  for (const p of prospects) count(summary, p, 1);
  return { ...summary, updatedAt: at };
}

/** Follow-ups due on or before `today` (YYYY-MM-DD). */
export function dueCount(summary: MirrorSummary, today: string): number {
  let due = 0;
  for (const [day, n] of Object.entries(summary.followUps)) if (day <= today) due += n;
  return due;
}

/** Past this many prospects changed at once, the list page re-reads them all. */
const MAX_CHANGED = 1000;

export class Mirror {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly readAll: () => Promise<Prospect[]>) {}

  /** Changes are applied one after the other: two saves never race on the summary. */
  apply(change: Change): Promise<MirrorSummary> {
    const next = this.queue.then(() =>
      'reset' in change ? this.rebuild() : this.applyDelta(change),
    );
    this.queue = next.catch(() => undefined);
    return next;
  }

  async summary(): Promise<MirrorSummary> {
    return (await summaryItem.read()) ?? this.apply({ reset: true });
  }

  private async applyDelta({ upserted, removed }: { upserted: Prospect[]; removed: Prospect[] }) {
    const summary = await summaryItem.read();
    if (!summary) return this.rebuild();
    for (const p of removed) count(summary, p, -1);
    for (const p of upserted) count(summary, p, 1);
    summary.updatedAt = new Date().toISOString();
    const changed = [...new Set([...upserted, ...removed].map((p) => p.id))];
    if (changed.length <= MAX_CHANGED) summary.changed = changed;
    else delete summary.changed;
    await summaryItem.write(summary);
    return summary;
  }

  /** Rewrite the summary from the database (first run, import, restore, erase everything). */
  async rebuild(): Promise<MirrorSummary> {
    const summary = summarise(await this.readAll());
    await summaryItem.write(summary);
    return summary;
  }
}
