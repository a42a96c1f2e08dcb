import { useEffect, useRef, useState } from 'preact/hooks';
import type { Format } from '@/utils/csv/columns';
import type { Prospect } from '@/utils/model/prospect';
import { openGlaneurDB } from '@/utils/storage/db';
import { summaryItem } from '@/utils/storage/local';
import { toRows, type Row, type Sort } from './list-model';
import { liveListing, patchListing, type LiveListing } from './live-listing';
import { readRecent } from './read';

const FIRST_SCREEN = 60;
/** Changes coming in a burst are patched in together, at most this often. */
const PATCH_EVERY_MS = 500;

const idle = (run: () => void) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(run, { timeout: PATCH_EVERY_MS })
    : setTimeout(run, 0);

async function readAll(): Promise<Prospect[]> {
  const db = await openGlaneurDB();
  try {
    return await db.getAll('prospects');
  } finally {
    db.close();
  }
}

/** The prospects of these ids as they are now (undefined: gone), in one read transaction. */
async function readSome(ids: string[]): Promise<(Prospect | undefined)[]> {
  const db = await openGlaneurDB();
  try {
    const store = db.transaction('prospects').store;
    return await Promise.all(ids.map((id) => store.get(id)));
  } finally {
    db.close();
  }
}

/**
 * The list's rows, sorted and indexed, read from IndexedDB directly (the background stays its
 * only writer): sending 50,000 prospects through runtime messages would copy them twice. The
 * background names the prospects each change touched in the summary it writes to
 * storage.local; those alone are read again and patched in, a burst of changes together, without
 * re-reading or re-sorting the rest. A change that names none (a rebuild) reloads everything.
 */
export function useListing(sort: Sort, format: Format): LiveListing | null {
  const [listing, setListing] = useState<LiveListing | null>(null);
  const current = useRef<LiveListing | null>(null);
  const sortRef = useRef(sort);
  const show = (next: LiveListing) => {
    current.current = next;
    setListing(next);
  };

  useEffect(() => {
    let stopped = false;
    let reloadAll = false;
    let pending = new Set<string>();
    let busy = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastPatch = 0;

    const load = async (first: boolean) => {
      // Paint a screenful first (its cost does not grow with the list), then everything.
      if (first) {
        const db = await openGlaneurDB();
        const recent = await readRecent(db, FIRST_SCREEN).finally(() => db.close());
        if (!stopped) show(liveListing(toRows(recent), sortRef.current, format));
      }
      const all = await readAll();
      if (!stopped) show(liveListing(toRows(all), sortRef.current, format));
    };

    const patch = async () => {
      const ids = [...pending];
      pending = new Set();
      const found = await readSome(ids);
      const base = current.current;
      if (stopped || !base) return;
      const rows = toRows(found.filter((p) => p !== undefined));
      const byId = new Map<string, Row | null>(ids.map((id) => [id, null]));
      for (const r of rows) byId.set(r.id, r);
      show(patchListing(base, byId, format));
    };

    /** One update at a time, at most every PATCH_EVERY_MS, when the page is idle. */
    const schedule = () => {
      if (busy || timer !== undefined || (!reloadAll && !pending.size)) return;
      const wait = Math.max(0, lastPatch + PATCH_EVERY_MS - Date.now());
      timer = setTimeout(
        () =>
          idle(() => {
            busy = true;
            const whole = reloadAll;
            reloadAll = false;
            if (whole) pending = new Set();
            void (whole ? load(false) : patch())
              .catch((error: unknown) => console.error('Glaneur: reading the list', error))
              .finally(() => {
                busy = false;
                timer = undefined;
                lastPatch = Date.now();
                schedule();
              });
          }),
        wait,
      );
    };

    // Watched before the first read: what changes meanwhile is patched in after it.
    const unwatch = summaryItem.watch((summary) => {
      if (summary?.changed) for (const id of summary.changed) pending.add(id);
      else reloadAll = true;
      schedule();
    });
    busy = true;
    void load(true).finally(() => {
      busy = false;
      schedule();
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
      unwatch();
    };
  }, []);

  useEffect(() => {
    if (sortRef.current === sort) return;
    sortRef.current = sort;
    if (current.current) show(liveListing(current.current.rows, sort, format));
  }, [sort]);

  return listing;
}
