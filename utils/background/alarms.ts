/**
 * Follow-up reminders. Each prospect with a future follow-up gets an alarm at 9:00 on that day;
 * an hourly sweep also catches what a sleeping computer missed, keeps the badge right when the
 * day changes, and reminds (monthly at most) of prospects to purge after three years.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { Prospect } from '../model/prospect';
import type { Change, ProspectRepository } from '../storage/prospects';
import { localDay } from '../day';
import { refreshBadge } from './badge';
import { openList } from './pages';
import { notifiedItem, staleRemindedItem } from '../storage/local';
import type { Mirror } from '../storage/mirror';

export const SWEEP_ALARM = 'glaneur:followups';
const FOLLOW_UP_PREFIX = 'followup:';
const MONTH = 30 * 24 * 3600 * 1000;

const name = (p: Prospect) => p.organisation.name?.value ?? p.organisation.domain?.value ?? '';

/** Keep one alarm per future follow-up in step with a change. */
export async function scheduleFollowUps(change: Change, now = new Date()): Promise<void> {
  if ('reset' in change) return;
  for (const p of change.removed) await browser.alarms.clear(FOLLOW_UP_PREFIX + p.id);
  for (const p of change.upserted) {
    if (!p.followUpAt) continue;
    // A prospect she may no longer contact is never reminded.
    if (p.doNotContact) {
      await browser.alarms.clear(FOLLOW_UP_PREFIX + p.id);
      continue;
    }
    const when = new Date(`${p.followUpAt}T09:00:00`).getTime();
    if (when > now.getTime()) await browser.alarms.create(FOLLOW_UP_PREFIX + p.id, { when });
  }
}

/** Notify each due follow-up once per date, refresh the badge, remind of stale prospects. */
export async function sweep(
  repo: ProspectRepository,
  mirror: Mirror,
  now = new Date(),
): Promise<void> {
  const today = localDay(now);
  const due = await repo.dueFollowUps(today);
  const notified = await notifiedItem.read();
  const next: Record<string, string> = {};
  for (const p of due) {
    next[p.id] = p.followUpAt!;
    if (notified[p.id] === p.followUpAt) continue;
    await browser.notifications.create(FOLLOW_UP_PREFIX + p.id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('notifyFollowUpTitle', name(p)),
      message: p.notes.slice(0, 200) || t('notifyFollowUpNoNote'),
    });
  }
  await notifiedItem.write(next);
  await refreshBadge(await mirror.summary(), now);

  const reminded = await staleRemindedItem.read();
  if (reminded !== null && now.getTime() - reminded < MONTH) return;
  const stale = await repo.stale(now);
  if (stale.length === 0) return;
  await browser.notifications.create('stale', {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('notifyStaleTitle'),
    message: t('notifyStaleMessage', stale.length),
  });
  await staleRemindedItem.write(now.getTime());
}

export function listenAlarms(run: () => Promise<void>): void {
  void browser.alarms.create(SWEEP_ALARM, { periodInMinutes: 60, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SWEEP_ALARM || alarm.name.startsWith(FOLLOW_UP_PREFIX)) void run();
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id.startsWith(FOLLOW_UP_PREFIX)) void openList(`#/p/${id.slice(FOLLOW_UP_PREFIX.length)}`);
    else if (id === 'stale') void openList('#stale');
    void browser.notifications.clear(id);
  });
}
