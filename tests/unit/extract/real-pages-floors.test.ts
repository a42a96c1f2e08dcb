/** Every accuracy floor on the real pages (REAL_FLOORS) at once, the LinkedIn cards' included. */
import { describe, expect, it } from 'vitest';
import { REAL_FLOORS, floorFailures } from '@/utils/cli/real-floors';
import { corpusDir, realReport } from '@/utils/cli/real-pages';

describe('extraction on real pages meets its floors', () => {
  it(
    `precision ≥ ${REAL_FLOORS.precision.min} on contacts and identifiers, F1 ≥ ${REAL_FLOORS.f1.min}, no third-party value, LinkedIn cards read`,
    { timeout: 120_000 },
    async () => {
      const report = await realReport(corpusDir());
      expect(floorFailures(report)).toEqual([]);
    },
  );
});
