import { browser } from 'wxt/browser';
import { localDay } from '@/utils/day';
import type { MessageType, RequestOf } from '@/utils/messaging';

/** A morning's worth: the oldest follow-ups due, then the best prospects still to contact. */
const DUE_LIMIT = 100;
const CANDIDATE_LIMIT = 50;
/** The first follow-ups drawn, more than a screenful: the others follow at once. */
const DUE_FIRST = 15;

// The background reads while the rest of the page loads: this module imports nothing else.
const ask = <K extends MessageType>(type: K, payload: RequestOf<K>) =>
  browser.runtime.sendMessage({ type, payload }) as Promise<unknown>;
const today = localDay();
const first = ask('today.due', { day: today, limit: DUE_FIRST });
// The rest once the first rows are answered: they do not slow the first answer down.
const after = first.catch(() => undefined);
const asked = {
  first,
  due: after.then(() => ask('today.due', { day: today, limit: DUE_LIMIT })),
  candidates: after.then(() => ask('today.candidates', { limit: CANDIDATE_LIMIT })),
};
void import('./boot').then(({ boot }) => boot(today, asked));
