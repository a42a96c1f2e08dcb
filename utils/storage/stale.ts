import { lastContactOf } from '../model/activity';
import type { Prospect } from '../model/prospect';

/** CNIL: prospects with no contact for three years are to be purged. */
export const STALE_YEARS = 3;

export function staleLimit(now: Date): string {
  const limit = new Date(now);
  limit.setUTCFullYear(limit.getUTCFullYear() - STALE_YEARS);
  return limit.toISOString();
}

/** The last contact: the activity log's latest call, e-mail or meeting, else the status's date. */
export function lastContact(p: Pick<Prospect, 'lastContactAt' | 'activities'>): string | undefined {
  return lastContactOf(p.activities) ?? p.lastContactAt;
}

/** Not contacted (or, never contacted, not captured) since `limit`. */
export function isStale(
  p: Pick<Prospect, 'lastContactAt' | 'createdAt' | 'activities'>,
  limit: string,
): boolean {
  return (lastContact(p) ?? p.createdAt) < limit;
}
