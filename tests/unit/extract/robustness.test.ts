import { describe, expect, it } from 'vitest';
import { parseDocument } from '@/utils/cli/read-site';
import { extractOrganisation } from '@/utils/extract';
import { OrganisationDraftSchema } from '@/utils/model/organisation';

const now = new Date(0);

describe('hostile and huge pages', () => {
  it('reads a 5 MB page partly, says so, and still reads its footer', () => {
    const filler = '<p>Lorem ipsum dolor sit amet, 12/03/2026, 25 €.</p>\n'.repeat(110_000);
    const html = `<html lang="fr"><head><title>Énorme - Atelier Lumen</title></head><body><main>${filler}</main><footer>Atelier Lumen – bonjour@atelier-lumen.fr – 04 78 12 34 56</footer></body></html>`;
    expect(html.length).toBeGreaterThan(5_000_000);
    const draft = extractOrganisation(parseDocument(html), 'https://www.atelier-lumen.fr/', now);
    expect(draft.truncated).toBe(true);
    expect(draft.emails.map((e) => e.value)).toEqual(['bonjour@atelier-lumen.fr']);
    expect(draft.phones.map((p) => p.value)).toEqual(['+33478123456']);
    // Parsing 5 MB in Node takes seconds on a busy 2-core machine: this checks size, not speed.
  }, 60_000);

  it('keeps script-like text literal and every string within the schema caps', () => {
    const long = 'x'.repeat(10_000);
    const html = `<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt;</title>
      <meta name="description" content="${long}"><meta property="og:site_name" content="${long}">
      <script type="application/ld+json">{"@type":"Organization","name":"${long}","sameAs":["https://x.com/${long}"]}</script>
      </head><body><p>${long}@${long}.fr</p></body></html>`;
    const draft = extractOrganisation(parseDocument(html), 'https://a.fr/', now);
    expect(OrganisationDraftSchema.safeParse(draft).success).toBe(true);
  });

  it('survives cyclic and deeply nested JSON-LD', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const html = `<html><head><script type="application/ld+json">{"@graph":[{"@id":"#a","@type":"Organization","name":"Boucle","member":{"@id":"#a"}}]}</script>
      <script type="application/ld+json">${deep}</script></head><body></body></html>`;
    const draft = extractOrganisation(parseDocument(html), 'https://a.fr/', now);
    expect(draft.name?.value).toBe('Boucle');
  });
});
