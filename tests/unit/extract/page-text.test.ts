import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageText } from '@/utils/extract/core/page-text';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

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
});
