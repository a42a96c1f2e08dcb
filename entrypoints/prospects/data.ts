import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Prospect } from '@/utils/model/prospect';
import { openGlaneurDB } from '@/utils/storage/db';
import { SUMMARY_KEY } from '@/utils/storage/mirror';
import { readRecent } from './read';

const FIRST_SCREEN = 60;

/**
 * The list reads IndexedDB directly (the background stays its only writer): sending 50,000
 * prospects through runtime messages would copy them twice. It reloads when the background
 * updates the storage.local mirror, which it does after every change.
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
  useEffect(() => {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && SUMMARY_KEY in changes) setVersion((v) => v + 1);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return { prospects, reload: () => setVersion((v) => v + 1) };
}
