import { describe, expect, it } from 'vitest';
import { preciseFollowers, sizeOf } from '@/utils/sites/dom';
import { extractSite } from '@/utils/sites';
import { openRange } from '@/utils/sites/positions';
import { documentOf } from './fixtures';

describe('date ranges of positions', () => {
  it.each([
    ['Dec 2019 - Present · 2 yrs 4 mos', true],
    ['janv. 2015 - aujourd’hui · 10 ans 11 mois', true],
    ['January 2008 – Present (5 years 5 months) La Jolla, California', true],
    ['Jan. 2020 – heute · 4 Jahre', true],
    ['May 2017 – Aug 2018', false],
    ['2002 – 2005 (3 years)', false],
    ['Google · Full-time', undefined],
  ])('%s → open %s', (text, open) => {
    expect(openRange(text)).toBe(open);
  });
});

describe('company counts', () => {
  it('keeps the size range apart from the members count glued to it', () => {
    expect(sizeOf('11-50 employés12 membres associés')).toBe('11-50 employés');
    expect(sizeOf('10,001+ employees')).toBe('10,001+ employees');
  });

  it('prefers an exact follower count to a rounded one', () => {
    expect(preciseFollowers(['12K followers', undefined, 'Lumen | 12,345 followers'])).toBe(12345);
    expect(preciseFollowers(['12 k abonnés'])).toBe(12000);
  });
});

const person = (body: string, url = 'https://www.linkedin.com/in/ana/') =>
  extractSite(documentOf(`<html><body><main>${body}</main></body></html>`), url);

describe('LinkedIn current position, any interface language', () => {
  const experience = `<section><div id="experience"></div><h2>Berufserfahrung</h2><ul>
    <li><a href="/company/alt/"><img alt="Alt GmbH"></a><span>Beraterin</span><span>Alt GmbH</span><span>Jan. 2015 – Dez. 2019</span></li>
    <li><a href="/company/4242/"><img alt="Neu AG"></a><span>Leiterin</span><span>Neu AG · Vollzeit</span><span>Jan. 2020 – heute</span></li>
  </ul></section>`;

  it('reads the entry without an end year: company, its page, job title', () => {
    expect(
      person(`<section><h1>Ana Muster</h1><div>Leiterin bei Neu</div></section>${experience}`),
    ).toMatchObject({
      currentCompany: 'Neu AG',
      currentCompanyUrl: 'https://www.linkedin.com/company/4242/',
      jobTitle: 'Leiterin',
    });
  });

  it('names the person from a sub-page title, not the section', () => {
    const doc = documentOf(
      `<html><head><title>Berufserfahrung | Ana Muster | LinkedIn</title></head><body><main>${experience}</main></body></html>`,
    );
    expect(extractSite(doc, 'https://www.linkedin.com/in/ana/details/experience/')).toMatchObject({
      name: 'Ana Muster',
      currentCompany: 'Neu AG',
      jobTitle: 'Leiterin',
    });
  });

  it('reads no company when every position has ended', () => {
    const card = person(
      `<section><h1>Ana Muster</h1></section><section id="experience-section"><h2>Berufserfahrung</h2><ul><li><span>Beraterin</span><span>Alt GmbH</span><span>2015 – 2019</span></li></ul></section>`,
    );
    expect(card).toMatchObject({ partial: true });
    expect(card).not.toHaveProperty('currentCompany');
  });
});
