import type { Band } from '../model/qualification';

/**
 * Bands around the persona's "good fit" threshold: excellent 20 points above it, fair down to
 * half of it, poor below. A disqualifying red flag overrides the score.
 */
export function bandOf(score: number, threshold: number, disqualified: boolean): Band {
  if (disqualified) return 'disqualified';
  if (score >= Math.min(100, threshold + 20)) return 'excellent';
  if (score >= threshold) return 'good';
  if (score >= threshold / 2) return 'fair';
  return 'poor';
}
