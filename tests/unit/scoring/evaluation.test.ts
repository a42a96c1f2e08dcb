import { describe, expect, it } from 'vitest';
import { evaluate, loadEvaluation } from '@/utils/cli/qualify-report';

const evaluation = loadEvaluation();
const reports = await evaluate(evaluation);

describe('qualification on the hand-labelled evaluation set', () => {
  it('holds at least thirty real pages and two personas', () => {
    expect(evaluation.pages.filter((p) => p.page.startsWith('corpus:')).length).toBeGreaterThan(30);
    expect(reports.map((r) => r.persona)).toEqual(['ux-designer', 'illustrator']);
  });

  describe.each(reports)('$persona', (report) => {
    it('ranks a fit above a not-for-me at least nine times in ten', () => {
      expect(report.pairs).toBeGreaterThan(100);
      expect(report.pairwise).toBeGreaterThanOrEqual(0.9);
    });

    it('tells every peer apart, and only peers', () => {
      expect(report.peers.labelled).toBeGreaterThan(0);
      expect(report.peers.missed).toEqual([]);
      expect(report.peers.wronglyFlagged).toEqual([]);
    });

    it('quotes only the pages’ own words', () => {
      expect(report.nonVerbatim).toEqual([]);
    });

    it('never makes a good fit of a legal notice or an article on its own', () => {
      expect(report.legalOrArticleGoodFit).toEqual([]);
    });

    it('knows a legal notice, an article or a presentation when it reads one', () => {
      expect(report.misreadKinds).toEqual([]);
    });
  });
});
