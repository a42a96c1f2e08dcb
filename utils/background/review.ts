import type { Handlers } from '../messaging';
import type { ProspectRepository } from '../storage/prospects';
import { reviewSince, weekReview } from '../week-review';

/**
 * The week in review, worked out here: only the prospects written in the week are read (an
 * activity is logged by a write), and the page receives the figures, not the prospects.
 */
export function createReviewHandlers(
  repo: () => Promise<ProspectRepository>,
  now = () => new Date(),
): Pick<Handlers, 'review.week'> {
  return {
    'review.week': async () => {
      const at = now();
      return weekReview(await (await repo()).updatedSince(reviewSince(at)), at);
    },
  };
}
