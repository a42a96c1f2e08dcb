/**
 * Where a prospect stands on the Today page's call list, kept on the prospect and indexed, so
 * that the page reads its rows and counts by index, never the whole list. Derived on every
 * write by the repository; a change to who is on the list needs a migration that derives it again.
 */
import type { CallList, Prospect } from '../model/prospect';

/** Never contacted, nothing planned, still to qualify or contact, not excluded. */
export function isCandidate(p: Prospect): boolean {
  return (
    !p.doNotContact &&
    !p.followUpAt &&
    !p.lastContactAt &&
    (p.status === 'to-qualify' || p.status === 'to-contact') &&
    (p.bandOverride ?? p.qualification?.band) !== 'disqualified' &&
    !p.qualification?.peer?.matched
  );
}

/** Candidates are called lowest rank first: the best score first, the unscored last. */
const UNSCORED_RANK = 101;

/**
 * `due`: the follow-up day of a prospect she may contact; `rank`: the order of a candidate.
 * Undefined when the prospect is on neither list.
 */
export function callList(p: Prospect): CallList | undefined {
  if (p.followUpAt && !p.doNotContact) return { due: p.followUpAt };
  if (!isCandidate(p)) return undefined;
  const score = p.qualification?.score;
  return { rank: score === undefined ? UNSCORED_RANK : 100 - score };
}

/** `p` as the database stores it: with its place on the call list, or none. */
export function withCallList(p: Prospect): Prospect {
  const place = callList(p);
  if (place) return { ...p, callList: place };
  if (!p.callList) return p;
  const { callList: _, ...rest } = p;
  return rest;
}
