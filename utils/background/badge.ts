import { browser } from 'wxt/browser';
import { dueCount, type MirrorSummary } from '../storage/mirror';

/** Today as YYYY-MM-DD in the user's time zone: follow-ups are calendar days. */
export function localDay(now = new Date()): string {
  const offset = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}

/** The toolbar badge shows how many follow-ups are due (today or late). */
export async function refreshBadge(summary: MirrorSummary, now = new Date()): Promise<number> {
  const due = dueCount(summary, localDay(now));
  // Firefox's MV2 build has browserAction where MV3 has action.
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ text: due > 0 ? String(due) : '' });
  await action.setBadgeBackgroundColor({ color: '#b45309' });
  return due;
}
