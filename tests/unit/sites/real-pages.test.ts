import { describe, expect, it } from 'vitest';
import { floorFailures, REAL_FLOORS } from '@/utils/cli/real-floors';
import { cardReport, corpusDir } from '@/utils/cli/real-pages';

/** The LinkedIn pages of the real-page corpus; without the corpus, corpusDir throws: no skip. */
describe('LinkedIn readers on real pages', () => {
  const report = cardReport(corpusDir());

  it('score every LinkedIn page of the corpus', () => {
    expect(report.unmatched).toEqual([]);
    expect(report.cards.length).toBeGreaterThanOrEqual(9);
  });

  it(`read ${REAL_FLOORS.cardFields.join(', ')} of every page, and ${REAL_FLOORS.personFields.join(', ')} of every person showing one`, () => {
    expect(floorFailures(report)).toEqual([]);
  });

  it('never read a wrong value', () => {
    expect(report.cards.flatMap((c) => c.wrong.map((w) => ({ page: c.page, ...w })))).toEqual([]);
  });
});
