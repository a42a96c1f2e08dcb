import { describe, expect, it } from 'vitest';
import { extractSite } from '@/utils/sites';
import { documentOf, socialFixtures } from './fixtures';

const fixtures = socialFixtures();

describe('site adapters ignore generated class names', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s gives the same card with every class and id removed',
    (_, f) => {
      const doc = documentOf(f.html);
      for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
        el.removeAttribute('class');
        el.removeAttribute('id');
      }
      expect(extractSite(doc, f.url)).toEqual(f.card);
    },
  );
});

describe('site adapters never invent a field', () => {
  it('an empty page of a profile address gives no card', () => {
    const doc = documentOf('<html><head><title></title></head><body></body></html>');
    expect(extractSite(doc, 'https://www.linkedin.com/in/nobody/')).toBeNull();
    expect(extractSite(doc, 'https://fr.viadeo.com/fr/company/nothing')).toBeNull();
  });

  it('a name alone gives a partial card with nothing else', () => {
    const doc = documentOf('<main><section><h1>Solo</h1></section></main>');
    expect(extractSite(doc, 'https://www.linkedin.com/company/solo/')).toEqual({
      kind: 'company',
      site: 'linkedin',
      url: 'https://www.linkedin.com/company/solo/',
      name: 'Solo',
      partial: true,
    });
  });

  it('a single unlabelled line under a company name is neither industry nor headquarters', () => {
    const doc = documentOf('<main><section><h1>Duo</h1><div>Nantes</div></section></main>');
    const card = extractSite(doc, 'https://www.linkedin.com/company/duo/');
    expect(card).toMatchObject({ name: 'Duo', partial: true });
    expect(card).not.toHaveProperty('industry');
    expect(card).not.toHaveProperty('headquarters');
  });

  it('a count of members is not taken for the company size', () => {
    const doc = documentOf(
      '<main><section><h1>Trio</h1><div><a href="/search/">Voir les 12 employés</a></div></section></main>',
    );
    expect(extractSite(doc, 'https://www.linkedin.com/company/trio/')).not.toHaveProperty('size');
  });

  it('other sites and other LinkedIn pages give no card', () => {
    const doc = documentOf('<main><section><h1>Atelier Lumen</h1></section></main>');
    expect(extractSite(doc, 'https://atelier-lumen.fr/')).toBeNull();
    expect(extractSite(doc, 'https://www.linkedin.com/jobs/view/123/')).toBeNull();
    expect(extractSite(doc, 'https://fr.viadeo.com/fr/')).toBeNull();
  });
});
