import { describe, expect, it } from 'vitest';
import { identityDomain } from '@/utils/storage/identity';
import { socialIdentity } from '@/utils/sites/identity';
import { companyDraft, employerDraft, enrich, personDraft } from '@/utils/sites/to-draft';
import type { CompanyCard, PersonCard } from '@/utils/model/social-profile';
import { blankDraft } from '@/utils/capture';

const now = new Date('2026-11-25T10:00:00Z');
const company: CompanyCard = {
  kind: 'company',
  site: 'linkedin',
  url: 'https://www.linkedin.com/company/atelier-lumen/',
  name: 'Atelier Lumen',
  partial: false,
  tagline: 'Design graphique',
  industry: 'Design',
  headquarters: 'Lyon, Auvergne-Rhône-Alpes',
  website: 'https://atelier-lumen.fr/',
  followers: 10,
};
const person: PersonCard = {
  kind: 'person',
  site: 'linkedin',
  url: 'https://www.linkedin.com/in/claire/',
  name: 'Claire Martin',
  partial: false,
  headline: 'Directrice artistique',
  currentCompany: 'Atelier Lumen',
  currentCompanyUrl: 'https://www.linkedin.com/company/atelier-lumen/',
};

describe('identity of social pages', () => {
  it('keys LinkedIn and Viadeo pages by their path, never by the site', () => {
    expect(socialIdentity('https://fr.linkedin.com/company/Atelier-Lumen/about/')).toBe(
      'linkedin.com/company/atelier-lumen',
    );
    expect(socialIdentity('https://www.linkedin.com/in/claire/')).toBe('linkedin.com/in/claire');
    expect(socialIdentity('https://fr.viadeo.com/fr/profile/claire.martin')).toBe(
      'viadeo.com/in/claire.martin',
    );
    expect(socialIdentity('https://www.linkedin.com/feed/')).toBeUndefined();
    expect(socialIdentity('https://atelier-lumen.fr/')).toBeUndefined();
  });

  it('two companies seen only on LinkedIn are two prospects', () => {
    const a = companyDraft({ ...company, website: undefined }, now);
    const b = companyDraft(
      { ...company, website: undefined, url: 'https://www.linkedin.com/company/tiny-studio/' },
      now,
    );
    expect(identityDomain(a)).toBe('linkedin.com/company/atelier-lumen');
    expect(identityDomain(b)).toBe('linkedin.com/company/tiny-studio');
  });

  it("a person's company is the prospect saved from the company's page", () => {
    expect(identityDomain(employerDraft(person, now)!)).toBe(identityDomain(companyDraft(company)));
    expect(identityDomain(personDraft(person, now))).toBe('linkedin.com/in/claire');
  });

  it('a website capture is still keyed by its domain, whatever social links it shows', () => {
    const draft = {
      ...blankDraft('https://www.atelier-lumen.fr/contact'),
      website: { value: 'https://www.atelier-lumen.fr/', source: 'url' as const, confidence: 1 },
      socials: [
        {
          value: 'https://www.linkedin.com/company/atelier-lumen/',
          source: 'link' as const,
          confidence: 1,
          network: 'linkedin' as const,
        },
      ],
    };
    expect(identityDomain(draft)).toBe('atelier-lumen.fr');
    expect(identityDomain(blankDraft('https://www.linkedin.com/feed/'))).toBeUndefined();
  });
});

describe('cards as drafts', () => {
  it('maps company fields with their source', () => {
    const draft = companyDraft(company, now);
    expect(draft.name).toMatchObject({ value: 'Atelier Lumen', source: 'linkedin' });
    expect(draft.website?.value).toBe('https://atelier-lumen.fr/');
    expect(draft.address?.value).toEqual({ city: 'Lyon', region: 'Auvergne-Rhône-Alpes' });
    expect(draft.keywords.map((k) => k.value)).toEqual(['Design']);
    expect(draft.socials).toMatchObject([{ network: 'linkedin', value: company.url }]);
  });

  it('needs the company page to make a draft of a person’s company', () => {
    expect(employerDraft({ ...person, currentCompanyUrl: undefined }, now)).toBeUndefined();
  });

  it('completes a saved organisation without overwriting it', () => {
    const saved = {
      ...blankDraft('https://atelier-lumen.fr/'),
      name: { value: 'Atelier Lumen SCOP', source: 'user' as const, confidence: 1 },
    };
    const merged = enrich(saved, companyDraft(company, now));
    expect(merged.name?.value).toBe('Atelier Lumen SCOP');
    expect(merged.description?.value).toBe('Design graphique');
    expect(merged.sourceUrl).toBe('https://atelier-lumen.fr/');
    expect(merged.socials.map((s) => s.value)).toEqual([company.url]);
  });
});
