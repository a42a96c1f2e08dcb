import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageReader, parseDocument } from '@/utils/cli/read-site';
import { extractOrganisation } from '@/utils/extract';
import { enrichDraft, enrichmentTargets, type EnrichProgress } from '@/utils/extract/core/enrich';
import { fetchHtml } from '@/utils/extract/core/fetch-page';

const SITE = 'tests/fixtures/sites/atelier-lumen';
const URL_ = 'https://www.atelier-lumen.fr/';
const home = () => parseDocument(readFileSync(`${SITE}/index.html`, 'utf8'));
const now = new Date(0);

const diskPages: Record<string, string> = {
  'https://www.atelier-lumen.fr/mentions-legales.html': readFileSync(
    `${SITE}/mentions-legales.html`,
    'utf8',
  ),
  'https://www.atelier-lumen.fr/contact.html': readFileSync(`${SITE}/contact.html`, 'utf8'),
  'https://www.atelier-lumen.fr/a-propos.html': readFileSync(`${SITE}/a-propos.html`, 'utf8'),
};

describe('same-origin enrichment', () => {
  it('picks at most 3 same-origin links, legal first, never another origin', () => {
    const doc = parseDocument(`<a href="https://other.org/mentions-legales">Mentions légales</a>
      <a href="/contact">Contact</a><a href="/mentions-legales">Mentions légales</a><a href="/qui-sommes-nous">Qui sommes-nous</a>
      <a href="/blog">Blog</a><a href="/plaquette.pdf">Plaquette contact</a>`);
    const draft = extractOrganisation(doc, URL_, now);
    const targets = enrichmentTargets(doc, URL_, draft);
    expect(targets.map((t) => [t.kind, t.url])).toEqual([
      ['legal', 'https://www.atelier-lumen.fr/mentions-legales'],
      ['contact', 'https://www.atelier-lumen.fr/contact'],
      ['about', 'https://www.atelier-lumen.fr/qui-sommes-nous'],
    ]);
  });

  it('adds what the legal notice holds, with the page it came from', async () => {
    const doc = home();
    const draft = extractOrganisation(doc, URL_, now);
    expect(draft.siren).toBeUndefined();
    const progress: EnrichProgress[] = [];
    const read = pageReader(
      async (url) => diskPages[url],
      (html) => parseDocument(html),
      now,
    );
    const enriched = await enrichDraft(draft, enrichmentTargets(doc, URL_, draft), read, {
      onProgress: (p) => progress.push(p),
    });
    expect(enriched.siren).toMatchObject({
      value: '732829320',
      valid: true,
      page: 'https://www.atelier-lumen.fr/mentions-legales.html',
    });
    expect(enriched.name?.value).toBe('Atelier Lumen');
    expect(progress.at(-1)).toEqual({
      done: progress.at(-1)!.total,
      total: progress.at(-1)!.total,
    });
    expect(progress[0]?.current?.label).toBe('Mentions légales');
  });

  it('stops when cancelled and keeps what it had', async () => {
    const doc = home();
    const draft = extractOrganisation(doc, URL_, now);
    const controller = new AbortController();
    let reads = 0;
    const enriched = await enrichDraft(
      draft,
      enrichmentTargets(doc, URL_, draft),
      async () => {
        reads++;
        controller.abort();
        return undefined;
      },
      { signal: controller.signal },
    );
    expect(reads).toBe(1);
    expect(enriched).toEqual(draft);
  });
});

const response = (body: string, type = 'text/html; charset=utf-8', status = 200) =>
  new Response(body, { status, headers: { 'content-type': type } });

describe('fetchHtml', () => {
  it('returns HTML text', async () => {
    const r = await fetchHtml('https://a.fr/x', async () => response('<p>hi</p>'));
    expect(r).toEqual({ ok: true, html: '<p>hi</p>', truncated: false });
  });

  it('refuses what is not HTML', async () => {
    const r = await fetchHtml('https://a.fr/x', async () => response('%PDF', 'application/pdf'));
    expect(r.ok).toBe(false);
  });

  it('refuses error statuses', async () => {
    expect(
      (await fetchHtml('https://a.fr/x', async () => response('no', 'text/html', 404))).ok,
    ).toBe(false);
  });

  it('caps the body', async () => {
    const r = await fetchHtml('https://a.fr/x', async () => response('x'.repeat(5000)), {
      maxBytes: 1000,
    });
    expect(r).toMatchObject({ ok: true, truncated: true });
    expect(r.ok && r.html.length).toBe(1000);
  });

  it('gives up on a page that never answers', async () => {
    const never: typeof fetch = (_u, init) =>
      new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    expect(await fetchHtml('https://a.fr/x', never, { timeoutMs: 5 })).toEqual({
      ok: false,
      reason: 'timed out',
    });
  });
});
