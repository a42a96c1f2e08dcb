import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractOrganisation } from '@/utils/extract';
import { pageTargets } from '@/utils/extract/core/enrich';
import { readPage } from '@/utils/extract/core/page';
import { inlineText, pageText, visibleText } from '@/utils/extract/core/page-text';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const body = (html: string) => doc(`<html><body>${html}</body></html>`);

describe('pageText', () => {
  it('puts each block on its own line so a heading does not run into its paragraph', () => {
    const { text } = pageText(
      doc(
        '<html><body><h2>Notre projet</h2><p>Nous   croyons <b>à la</b> coopération.</p><ul><li>Un</li><li>Deux</li></ul></body></html>',
      ),
    );
    expect(text).toBe('Notre projet\nNous croyons à la coopération.\nUn\nDeux');
  });

  it('leaves out scripts, styles and templates', () => {
    const { text } = pageText(
      doc(
        '<html><body><p>Visible</p><script>var secret = 1;</script><style>p{}</style><script type="application/ld+json">{"name":"x"}</script></body></html>',
      ),
    );
    expect(text).toBe('Visible');
  });

  it('stops at the cap and says so', () => {
    const big = '<p>bla bla bla</p>'.repeat(10_000);
    const { text, truncated } = pageText(doc(`<html><body>${big}</body></html>`), 1000);
    expect(truncated).toBe(true);
    expect(text.length).toBeLessThanOrEqual(1000);
    expect(pageText(doc('<html><body><p>court</p></body></html>'), 1000).truncated).toBe(false);
  });

  // What a browser shows for each piece of markup, whitespace-only text nodes included.
  it.each([
    ['<nav><a href="/v">Nos</a> <a href="/e">valeurs</a></nav>', 'Nos valeurs'],
    ['<p><b>Association</b>\n    <i>loi 1901</i></p>', 'Association loi 1901'],
    ['<p><span>04</span> <span>78</span>&nbsp;<span>12</span></p>', '04 78 12'],
    ['<p><b>Nos </b> <i> valeurs</i></p>', 'Nos valeurs'],
    ['<p><b>Asso</b><i>ciation</i></p>', 'Association'],
    ['<p><a>Nos</a><!-- rien --> <!-- --><a>valeurs</a></p>', 'Nos valeurs'],
    ['<p><b>Nos</b><script>x()</script> <b>valeurs</b></p>', 'Nos valeurs'],
    ['<p>Nos<br>valeurs</p>', 'Nos\nvaleurs'],
    ['<p>Nos <br> <br/> valeurs</p>', 'Nos\nvaleurs'],
    ['<span>Nos</span><div>valeurs</div><span>ici</span>', 'Nos\nvaleurs\nici'],
    ['<table><tr><td>Nos</td><td>valeurs</td></tr></table>', 'Nos\nvaleurs'],
    ['<dl><dt>Tél.</dt><dd>04 78</dd></dl>', 'Tél.\n04 78'],
    ['<a href="/"><div>Nos</div><div>valeurs</div></a>', 'Nos\nvaleurs'],
    ['<p>\t Nos\r\n\u00a0valeurs \n</p>', 'Nos valeurs'],
  ])('%j reads %j', (html, expected) => {
    expect(pageText(body(html)).text).toBe(expected);
  });

  it('reads an element the way it reads the page, on one line when asked', () => {
    const h1 = body('<h1>Les Amis<br>du <b>Vieux</b> <i>Moulin</i></h1>').querySelector('h1')!;
    expect(visibleText(h1).text).toBe('Les Amis\ndu Vieux Moulin');
    expect(inlineText(h1, 300)).toBe('Les Amis du Vieux Moulin');
    expect(inlineText(h1, 8)).toBe('Les Amis');
  });
});

describe('element text in extraction', () => {
  const url = 'https://moulin.example.org/';

  it('reads headings and link texts broken by <br> or laid out by whitespace alone', () => {
    const page = readPage(
      body('<h1>Les Amis<br>du Vieux Moulin</h1><p><a href="/p/3">Mentions<br>légales</a></p>'),
      new URL(url),
    );
    expect(page.found.h1).toBe('Les Amis du Vieux Moulin');
    expect(page.links[0]!.text).toBe('Mentions légales');
    const { follow } = pageTargets(
      body('<nav><a href="/p/3">Mentions<br>légales</a></nav>'),
      url,
      extractOrganisation(body('<p>x</p>'), url),
    );
    expect(follow.map((t) => t.label)).toEqual(['Mentions légales']);
  });

  it('reads microdata and h-card values broken by <br>', () => {
    const micro = extractOrganisation(
      body(
        '<div itemscope itemtype="https://schema.org/Organization"><h2 itemprop="name">Les Amis<br>du Vieux Moulin</h2></div>',
      ),
      url,
    );
    expect(micro.name?.value).toBe('Les Amis du Vieux Moulin');
    const card = extractOrganisation(
      body(
        '<div class="h-card"><span class="p-name p-org">Atelier<br>Lumen</span><p class="p-adr h-adr"><span class="p-street-address">12 rue<br>des Lilas</span>, <span class="p-postal-code">69001</span> <span class="p-locality">Lyon</span></p></div>',
      ),
      url,
    );
    expect(card.name?.value).toBe('Atelier Lumen');
    expect(card.address?.value.street).toBe('12 rue des Lilas');
  });
});
