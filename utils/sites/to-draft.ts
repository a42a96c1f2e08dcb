import type { OrganisationDraft } from '../model/organisation';
import type { Contact } from '../model/prospect';
import type { CompanyCard, PersonCard, SocialProfile } from '../model/social-profile';

const EMPTY = { emails: [], phones: [], keywords: [], people: [], socials: [] };

const evidence = <T>(card: SocialProfile, value: T, confidence = 0.9) => ({
  value,
  source: card.site,
  confidence,
  page: card.url,
});

/** "Lyon, Auvergne-Rhône-Alpes, France" → city, region, country, as far as the commas tell. */
function address(text: string | undefined) {
  const [city, region, country] = (text ?? '').split(',').map((p) => p.trim());
  if (!city) return undefined;
  return { city, ...(region ? { region } : {}), ...(country ? { country } : {}) };
}

/** A company page's card as the organisation the prospect list keeps. */
export function companyDraft(card: CompanyCard, now = new Date()): OrganisationDraft {
  const hq = address(card.headquarters);
  return {
    schemaVersion: 1,
    ...EMPTY,
    name: evidence(card, card.name),
    ...(card.website ? { website: evidence(card, card.website, 0.8) } : {}),
    ...(card.tagline ? { description: evidence(card, card.tagline, 0.7) } : {}),
    ...(hq ? { address: evidence(card, hq, 0.6) } : {}),
    keywords: card.industry ? [evidence(card, card.industry, 0.7)] : [],
    socials: [{ ...evidence(card, card.url, 1), network: card.site }],
    sourceUrl: card.url,
    capturedAt: now.toISOString(),
  };
}

/** A person saved on their own: a freelancer is an organisation of one. */
export function personDraft(card: PersonCard, now = new Date()): OrganisationDraft {
  return {
    schemaVersion: 1,
    ...EMPTY,
    name: evidence(card, card.name),
    ...(card.headline ? { description: evidence(card, card.headline, 0.7) } : {}),
    kind: evidence(card, 'independent' as const, 0.5),
    socials: [{ ...evidence(card, card.url, 1), network: card.site }],
    people: [
      evidence(card, { name: card.name, ...(card.headline ? { role: card.headline } : {}) }),
    ],
    sourceUrl: card.url,
    capturedAt: now.toISOString(),
  };
}

/**
 * The person's current company, when the profile links to its page (its address is what
 * identifies it; a name alone could match the wrong organisation).
 */
export function employerDraft(card: PersonCard, now = new Date()): OrganisationDraft | undefined {
  if (!card.currentCompany || !card.currentCompanyUrl) return undefined;
  return {
    schemaVersion: 1,
    ...EMPTY,
    name: evidence(card, card.currentCompany, 0.8),
    socials: [{ ...evidence(card, card.currentCompanyUrl, 1), network: card.site }],
    sourceUrl: card.currentCompanyUrl,
    capturedAt: now.toISOString(),
  };
}

/** The person as a contact of their company's prospect. */
export function contactOf(card: PersonCard): Contact {
  return { name: card.name, ...(card.headline ? { role: card.headline.slice(0, 200) } : {}) };
}

/** The draft the panel saves for a card. */
export function cardDraft(card: SocialProfile, now = new Date()): OrganisationDraft {
  return card.kind === 'company' ? companyDraft(card, now) : personDraft(card, now);
}

/**
 * A saved organisation completed with what a social page adds, never overwritten by it: the
 * website capture usually knows more than LinkedIn shows.
 */
export function enrich(base: OrganisationDraft, extra: OrganisationDraft): OrganisationDraft {
  const merged: OrganisationDraft = { ...extra, ...base };
  for (const key of ['name', 'website', 'description', 'address', 'kind'] as const) {
    if (!base[key] && extra[key]) Object.assign(merged, { [key]: extra[key] });
  }
  const union = <T extends { value: unknown }>(a: T[], b: T[]) => [
    ...a,
    ...b.filter((x) => !a.some((y) => JSON.stringify(y.value) === JSON.stringify(x.value))),
  ];
  merged.socials = union(base.socials, extra.socials).slice(0, 50);
  merged.keywords = union(base.keywords, extra.keywords).slice(0, 100);
  merged.people = union(base.people, extra.people).slice(0, 100);
  return { ...merged, capturedAt: extra.capturedAt };
}
