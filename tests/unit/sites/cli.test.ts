import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = 'tests/fixtures/social';

/** `npm run extract -- --url <LinkedIn/Viadeo URL> FILE` prints the site adapter's card. */
describe('npm run extract on LinkedIn and Viadeo pages', () => {
  it('prints each fixture page’s card, or kind null where the page shows none', () => {
    for (const name of readdirSync(ROOT)) {
      const expected = JSON.parse(readFileSync(join(ROOT, name, 'expected.json'), 'utf8')) as {
        url: string;
        card: Record<string, unknown> | null;
      };
      const file = join(ROOT, name, 'index.html');
      const out = execFileSync(
        'node',
        ['--import', 'tsx', 'utils/cli/extract.ts', '--url', expected.url, file],
        { encoding: 'utf8' },
      );
      const line = JSON.parse(out) as Record<string, unknown>;
      if (expected.card === null) {
        expect(line, name).toEqual({ file, site: expect.any(String), kind: null });
      } else {
        const { currentCompany, currentCompanyUrl } = expected.card;
        expect(line, name).toEqual({
          file,
          ...expected.card,
          // The extract contract's names for a person's current company.
          ...(currentCompany ? { company: currentCompany } : {}),
          ...(currentCompanyUrl ? { companyUrl: currentCompanyUrl } : {}),
        });
      }
    }
  }, 120_000);
});
