import { describe, expect, it } from 'vitest';
import { QualificationSchema } from '@/utils/model/qualification';
import { cases, loadPersona, qualifyFixture } from './fixtures';

const all = cases();

describe('qualification of the fixture organisations against the example persona', () => {
  it('has at least twelve organisations', () => {
    expect(all.length).toBeGreaterThanOrEqual(12);
  });

  describe.each(all)('$name', ({ name, expected }) => {
    const result = qualifyFixture(name, expected, loadPersona(expected.persona));
    const byId = new Map(result.criteria.map((c) => [c.id, c]));

    it('is a valid qualification', () => {
      expect(QualificationSchema.safeParse(result).success).toBe(true);
    });

    it(`is in band ${expected.band}`, () => {
      expect(result.band).toBe(expected.band);
    });

    it.each(expected.matched)('matches %s, quoting where', (id) => {
      const criterion = byId.get(id);
      expect(criterion?.matched).toBe(true);
      expect(criterion?.evidence.length).toBeGreaterThan(0);
      for (const e of criterion!.evidence) {
        const shown = e.quote ?? e.value ?? '';
        expect(shown.length).toBeGreaterThan(0);
        expect(shown.length).toBeLessThanOrEqual(200);
        expect(e.page).toBe(expected.url);
      }
    });

    it.each(expected.notMatched)('does not match %s', (id) => {
      expect(byId.get(id)?.matched ?? false).toBe(false);
    });

    it('raises exactly the expected red flags', () => {
      expect(result.redFlags.map((r) => r.id).sort()).toEqual([...expected.redFlags].sort());
      for (const flag of result.redFlags) expect(flag.evidence.length).toBeGreaterThan(0);
    });

    if (expected.unchecked) {
      it('says what it could not check', () => {
        expect(result.unchecked).toEqual(expect.arrayContaining(expected.unchecked!));
        expect(result.confidence).toBeLessThan(1);
      });
    }
  });
});
