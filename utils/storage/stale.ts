import type { Prospect } from '../model/prospect';

/** CNIL: prospects with no contact for three years are to be purged. */
export const STALE_YEARS = 3;

export function staleLimit(now: Date): string {
  const limit = new Date(now);
  limit.setUTCFullYear(limit.getUTCFullYear() - STALE_YEARS);
  return limit.toISOString();
}

/** Not contacted (or, never contacted, not captured) since `limit`. */
export function isStale(p: Pick<Prospect, 'lastContactAt' | 'createdAt'>, limit: string): boolean {
  return (p.lastContactAt ?? p.createdAt) < limit;
}
