import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

const SOCIAL_FIXTURES = 'tests/fixtures/social';

interface SocialFixture {
  name: string;
  html: string;
  url: string;
  card: unknown;
}

/** Every authored page under tests/fixtures/social/<case>/ with its expected.json. */
export function socialFixtures(): SocialFixture[] {
  return readdirSync(SOCIAL_FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = join(SOCIAL_FIXTURES, d.name);
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
        url: string;
        card: unknown;
      };
      return { name: d.name, html: readFileSync(join(dir, 'index.html'), 'utf8'), ...expected };
    });
}

export function documentOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
