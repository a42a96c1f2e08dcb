import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELDS, keys, type Expected } from '@/utils/cli/compare';
import { plainDraft } from '@/utils/cli/plain';
import { readSite } from '@/utils/cli/read-site';
import { OrganisationDraftSchema } from '@/utils/model/organisation';

const DIR = 'tests/fixtures/sites';
const cases = readdirSync(DIR).filter((d) => !d.startsWith('.'));

describe('extraction over every fixture site', () => {
  it('has at least 40 fixture sites', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('%s', async (name) => {
    const expected = JSON.parse(readFileSync(join(DIR, name, 'expected.json'), 'utf8')) as Expected;
    const draft = await readSite(join(DIR, name, 'index.html'), expected.url, { now: new Date(0) });
    // What leaves the content script is validated by this schema on arrival.
    expect(OrganisationDraftSchema.safeParse(draft).error).toBeUndefined();
    const actual = plainDraft(draft);
    for (const field of FIELDS) {
      if (expected.knownMisses?.includes(field)) continue;
      expect({ field, values: keys(field, actual[field]).sort() }).toEqual({
        field,
        values: keys(field, expected[field]).sort(),
      });
    }
  });
});
