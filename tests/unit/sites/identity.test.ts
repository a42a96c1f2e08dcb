import { describe, expect, it } from 'vitest';
import { identityKeys } from '@/utils/storage/identity';
import { companyDraft, employerDraft, enrich } from '@/utils/sites/to-draft';
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

describe('identity of cards (the list’s identity keys)', () => {
  it('two companies seen only on LinkedIn are two prospects', () => {
    const a = companyDraft({ ...company, website: undefined }, now);
    const b = companyDraft(
      { ...company, website: undefined, url: 'https://www.linkedin.com/company/tiny-studio/' },
      now,
    );
    expect(identityKeys(a)).toEqual(['linkedin:company/atelier-lumen']);
    expect(identityKeys(b)).toEqual(['linkedin:company/tiny-studio']);
  });

  it("a person's company is the prospect saved from the company's page", () => {
    const employer = identityKeys(employerDraft(person, now)!);
    expect(employer).toEqual(['linkedin:company/atelier-lumen']);
    expect(identityKeys(companyDraft(company, now))).toEqual(
      expect.arrayContaining(['domain:atelier-lumen.fr', ...employer]),
    );
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

describe('a person saved on their own', () => {
  it('is known by their profile page, on LinkedIn and Viadeo, whatever the tail of the address', () => {
    const keysOf = (url: string) => identityKeys({ ...blankDraft(url, now), sourceUrl: url });
    expect(keysOf('https://www.linkedin.com/in/Claire-Martin/details/experience/')).toEqual([
      'linkedin:in/claire-martin',
    ]);
    expect(keysOf('https://fr.linkedin.com/in/claire-martin')).toEqual([
      'linkedin:in/claire-martin',
    ]);
    expect(keysOf('https://fr.viadeo.com/fr/profile/claire.martin')).toEqual([
      'viadeo:profile/claire.martin',
    ]);
  });

  it('is not confused with a company whose site links to her profile', () => {
    const site = {
      ...blankDraft('https://atelier-lumen.fr/', now),
      socials: [
        {
          value: 'https://www.linkedin.com/in/claire-martin/',
          network: 'linkedin' as const,
          source: 'link' as const,
          confidence: 0.8,
        },
      ],
    };
    expect(identityKeys(site)).toEqual(['domain:atelier-lumen.fr']);
  });
});
