import { useEffect, useState } from 'preact/hooks';
import type { Prospect } from '@/utils/model/prospect';
import { openGlaneurDB } from '@/utils/storage/db';
import { summaryItem } from '@/utils/storage/local';
import { readRecent } from './read';

const FIRST_SCREEN = 60;

/**
 * The list reads IndexedDB directly (the background stays its only writer): sending 50,000
 * prospects through runtime messages would copy them twice. It reloads when the background
 * updates the summary in storage.local, which it does after every change.
 */
export function useProspects(): { prospects: Prospect[] | null; reload(): void } {
  const [prospects, setProspects] = useState<Prospect[] | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void openGlaneurDB().then(async (db) => {
      // Paint a screenful first (its cost does not grow with the list), then everything.
      if (version === 0) {
        const recent = await readRecent(db, FIRST_SCREEN);
        if (!cancelled) setProspects(recent);
      }
      const all = await db.getAll('prospects');
      db.close();
      if (!cancelled) setProspects(all);
    });
    return () => {
      cancelled = true;
    };
  }, [version]);
  useEffect(() => summaryItem.watch(() => setVersion((v) => v + 1)), []);
  return { prospects, reload: () => setVersion((v) => v + 1) };
}
