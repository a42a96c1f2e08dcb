import { describe, expect, it } from 'vitest';
import {
  definitions,
  findFollowers,
  norm,
  parseFollowers,
  titleName,
  visibleText,
} from '@/utils/sites/dom';
import { linkedinPage } from '@/utils/sites/linkedin';
import { viadeoPage } from '@/utils/sites/viadeo';
import { documentOf } from './fixtures';

describe('parseFollowers', () => {
  it.each([
    ['1\u202f234 abonnés', 1234],
    ['1 234 abonnés', 1234],
    ['3,456 followers', 3456],
    ['12K followers', 12000],
    ['12 k abonnés', 12000],
    ['1,2 k abonnés', 1200],
    ['1.5M followers', 1500000],
    ['1 follower', 1],
  ])('%s → %d', (text, value) => expect(parseFollowers(text)).toBe(value));

  it('is undefined for other text', () => {
    expect(parseFollowers('Design graphique')).toBeUndefined();
    expect(findFollowers('Atelier Lumen | 1 234 abonnés sur LinkedIn')).toBe(1234);
    expect(findFollowers('Atelier Lumen sur LinkedIn')).toBeUndefined();
  });
});

describe('titleName', () => {
  it.each([
    ['(3) Atelier Lumen : Présentation | LinkedIn', 'Atelier Lumen'],
    ['Northwind Cooperative: About | LinkedIn', 'Northwind Cooperative'],
    ['(12) Claire Martin | LinkedIn', 'Claire Martin'],
    ['Studio : Atelier | LinkedIn', 'Studio : Atelier'],
    ['John Smith - Viadeo', 'John Smith'],
  ])('%s → %s', (title, name) => expect(titleName(title)).toBe(name));
});

describe('labels', () => {
  it('compares without case, accents or curly apostrophes', () => {
    expect(norm('Taille de l’entreprise')).toBe("taille de l'entreprise");
    const defs = definitions(
      documentOf('<html><body><dl><dt><h3>Siège social :</h3></dt><dd>Lyon</dd></dl></body></html>')
        .body,
    );
    expect(defs.get('siege social')?.textContent).toBe('Lyon');
  });
});

describe('page addresses', () => {
  it('canonicalises LinkedIn companies, schools and people', () => {
    expect(
      linkedinPage(new URL('https://fr.linkedin.com/company/Atelier-Lumen/about/?x=1')),
    ).toEqual({ kind: 'company', canonical: 'https://www.linkedin.com/company/atelier-lumen/' });
    expect(linkedinPage(new URL('https://www.linkedin.com/school/univ-lyon/'))?.canonical).toBe(
      'https://www.linkedin.com/school/univ-lyon/',
    );
    expect(linkedinPage(new URL('https://www.linkedin.com/in/claire/recent-activity/'))).toEqual({
      kind: 'person',
      canonical: 'https://www.linkedin.com/in/claire/',
    });
    expect(
      linkedinPage(new URL('https://www.linkedin.com.evil.example/in/claire/')),
    ).toBeUndefined();
  });

  it('canonicalises Viadeo profiles and companies', () => {
    expect(viadeoPage(new URL('https://fr.viadeo.com/fr/profile/claire.martin?x=1'))).toEqual({
      kind: 'person',
      canonical: 'https://fr.viadeo.com/fr/profile/claire.martin',
    });
    expect(viadeoPage(new URL('https://www.viadeo.com/company/lumen'))?.canonical).toBe(
      'https://www.viadeo.com/company/lumen',
    );
  });
});

describe('visibleText', () => {
  it('keeps words apart across line breaks and blocks, and leaves skipped subtrees out', () => {
    const doc = documentOf(
      '<html><body><div id="x">Siège<br>Lyon<br/>France<p>Conseil</p><button>Suivre</button></div></body></html>',
    );
    expect(visibleText(doc.getElementById('x')!)).toBe('Siège Lyon France Conseil');
  });
});
