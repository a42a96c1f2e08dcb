/**
 * The week in review: the last seven days' calls, their outcomes, meetings and clients, by fit
 * band, to see whether the score predicts who says yes. Pure: the background runs it on the
 * prospects changed in the week, the tests on plain activities.
 */
import { z } from './zod';
import { OUTCOMES, OutcomeSchema, type Activity, type Outcome } from './model/activity';
import { BANDS, type Band } from './model/qualification';

export const REVIEW_DAYS = 7;
export const REVIEW_BANDS = [...BANDS, 'unscored'] as const;
export type ReviewBand = (typeof REVIEW_BANDS)[number];
/** The outcomes that are a yes. */
const YES: ReadonlySet<Outcome> = new Set(['meeting-booked', 'became-client']);

const Count = z.number().int().min(0);
export const BandFiguresSchema = z.object({
  band: z.enum(REVIEW_BANDS),
  /** Prospects called at least once in the week. */
  called: Count,
  calls: Count,
  outcomes: z.record(OutcomeSchema, Count),
  /** Meetings logged as held in the week. */
  meetings: Count,
  /** Prospects whose call was a yes: a meeting booked or a new client. */
  yes: Count,
});
export type BandFigures = z.infer<typeof BandFiguresSchema>;

export const WeekReviewSchema = z.object({
  since: z.iso.datetime(),
  until: z.iso.datetime(),
  /** Bands with a call or a meeting in the week, best first; the unscored last. */
  bands: z.array(BandFiguresSchema).max(REVIEW_BANDS.length),
});
export type WeekReview = z.infer<typeof WeekReviewSchema>;

/** What the review reads of a prospect. */
export interface Reviewed {
  activities: readonly Activity[];
  bandOverride?: Band;
  qualification?: { band: Band };
}

export const reviewSince = (now: Date) =>
  new Date(now.getTime() - REVIEW_DAYS * 86_400_000).toISOString();

const empty = (band: ReviewBand): BandFigures => ({
  band,
  called: 0,
  calls: 0,
  outcomes: Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>,
  meetings: 0,
  yes: 0,
});

export function weekReview(prospects: Iterable<Reviewed>, now: Date): WeekReview {
  const since = reviewSince(now);
  const until = now.toISOString();
  const figures = new Map<ReviewBand, BandFigures>();
  for (const p of prospects) {
    const week = p.activities.filter((a) => a.at >= since && a.at <= until);
    if (week.length === 0) continue;
    const band = p.bandOverride ?? p.qualification?.band ?? 'unscored';
    const f = figures.get(band) ?? empty(band);
    const calls = week.filter((a) => a.kind === 'call');
    f.calls += calls.length;
    if (calls.length) f.called++;
    for (const c of calls) f.outcomes[c.outcome!]++;
    if (calls.some((c) => YES.has(c.outcome!))) f.yes++;
    f.meetings += week.filter((a) => a.kind === 'meeting').length;
    figures.set(band, f);
  }
  const bands = REVIEW_BANDS.flatMap((b) => {
    const f = figures.get(b);
    return f && (f.calls || f.meetings) ? [f] : [];
  });
  return { since, until, bands };
}

/** The figures of every band added up. */
export function reviewTotal(bands: readonly BandFigures[]): Omit<BandFigures, 'band'> {
  const total = empty('unscored');
  for (const f of bands) {
    total.called += f.called;
    total.calls += f.calls;
    total.meetings += f.meetings;
    total.yes += f.yes;
    for (const o of OUTCOMES) total.outcomes[o] += f.outcomes[o];
  }
  const { band: _, ...figures } = total;
  return figures;
}
