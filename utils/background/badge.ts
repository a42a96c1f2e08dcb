import { localDay } from '../day';
import { dueCount, type MirrorSummary } from '../storage/mirror';
import { toolbarAction } from '../toolbar';

/** The toolbar badge shows how many follow-ups are due (today or late). */
export async function refreshBadge(summary: MirrorSummary, now = new Date()): Promise<number> {
  const due = dueCount(summary, localDay(now));
  const action = toolbarAction();
  await action.setBadgeText({ text: due > 0 ? String(due) : '' });
  await action.setBadgeBackgroundColor({ color: '#b45309' });
  return due;
}
