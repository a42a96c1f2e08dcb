import { lastContactOf, type Activity } from '../model/activity';
import { MAX_ACTIVITIES, type Prospect } from '../model/prospect';
import type { Plan } from '../plan';

/**
 * The prospect with one more activity: the log stays in time order, the last contact follows
 * it, and a call's plan sets the follow-up and the status (a status change goes to the history).
 */
export function withActivity(p: Prospect, activity: Activity, plan: Plan | undefined, at: string) {
  const activities = [...p.activities, activity]
    .sort((a, b) => a.at.localeCompare(b.at))
    .slice(-MAX_ACTIVITIES);
  const next: Prospect = { ...p, activities, updatedAt: at };
  const lastContactAt = lastContactOf(activities) ?? p.lastContactAt;
  if (lastContactAt) next.lastContactAt = lastContactAt;
  if (!plan) return next;
  if (plan.followUpAt) next.followUpAt = plan.followUpAt;
  else delete next.followUpAt;
  if (plan.status !== p.status) {
    next.status = plan.status;
    next.history = [...p.history, { at, kind: 'status' as const, status: plan.status }].slice(
      -1000,
    );
  }
  return next;
}
