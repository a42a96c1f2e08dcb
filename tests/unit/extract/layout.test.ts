import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '@/utils/cli/read-site';
import { EXTRACTORS } from '@/utils/extract';
import { readPage } from '@/utils/extract/page';

/** Files of utils/extract that are not sources of evidence, and what each is for. */
const HELPERS: Record<string, string> = {
  'candidate.ts': 'the Candidate and Extractor types',
  'page.ts': 'the one bounded pass over a page every extractor reads',
  'index.ts': 'the registry and extractOrganisation',
  'merge.ts': 'the provenance rule',
  'enrich.ts': 'same-origin enrichment',
  'fetch-page.ts': 'the capped enrichment fetch',
  'page-text.ts': 'page text for qualification',
  'in-page.ts': 'enrichment as run inside the tab',
  'enrich-request.ts': 'the key of an enrichment request',
  'schema-org.ts': 'schema.org vocabulary shared by jsonld and microdata',
  'identifiers.ts': 'SIREN/SIRET/VAT check digits',
  'email.ts': 'email normalisation and filters',
  'phone.ts': 'phone numbering plans, E.164',
};

const SITES = 'tests/fixtures/sites';

describe('utils/extract layout', () => {
  const files = readdirSync('utils/extract');

  it('registers every source-of-evidence file as an extractor named like it', () => {
    const ids = EXTRACTORS.map((e) => `${e.id}.ts`).sort();
    const sources = files.filter((f) => !(f in HELPERS)).sort();
    expect(sources).toEqual(ids);
  });

  it('lists no helper that does not exist', () => {
    for (const helper of Object.keys(HELPERS)) expect(files).toContain(helper);
  });

  it('gives every extractor a fixture page where it finds something', () => {
    const pages = readdirSync(SITES).flatMap((site) =>
      readdirSync(join(SITES, site))
        .filter((f) => f.endsWith('.html'))
        .map((f) => readFileSync(join(SITES, site, f), 'utf8')),
    );
    const docs = pages.map((html) =>
      readPage(parseDocument(html), new URL('https://fixture.test/')),
    );
    for (const extractor of EXTRACTORS) {
      const found = docs.some((page) => extractor.extract(page).length > 0);
      expect({ extractor: extractor.id, found }).toEqual({ extractor: extractor.id, found: true });
    }
  });
});
