import { z } from '../zod';
import { SITE_IDS } from '../sites/ids';
import { cappedString } from './evidence';

/** One per file in utils/sites/. */
export const SocialSiteSchema = z.enum(SITE_IDS);
export type SocialSite = z.infer<typeof SocialSiteSchema>;

const common = {
  site: SocialSiteSchema,
  /** The canonical address of the profile or company page (no query, no tab like /about/). */
  url: cappedString(2048),
  name: cappedString(300),
  /** Some fields the card defines could not be read from the page: it shows what it found. */
  partial: z.boolean(),
};

/** A company (organisation) page as the user sees it on LinkedIn or Viadeo. */
export const CompanyCardSchema = z.object({
  ...common,
  kind: z.literal('company'),
  tagline: cappedString(500).optional(),
  industry: cappedString(200).optional(),
  /** As shown: "2-10 employés", "51-200 employees". */
  size: cappedString(100).optional(),
  headquarters: cappedString(200).optional(),
  website: cappedString(2048).optional(),
  followers: z.number().int().nonnegative().optional(),
});
export type CompanyCard = z.infer<typeof CompanyCardSchema>;

/** A person's profile as the user sees it. */
export const PersonCardSchema = z.object({
  ...common,
  kind: z.literal('person'),
  headline: cappedString(500).optional(),
  currentCompany: cappedString(300).optional(),
  /** The current company's own page on the same site, when the profile links to it. */
  currentCompanyUrl: cappedString(2048).optional(),
  /** The title of the current position: "Software Engineer". */
  jobTitle: cappedString(300).optional(),
  location: cappedString(200).optional(),
});
export type PersonCard = z.infer<typeof PersonCardSchema>;

/** The social profile card: what the side panel shows for the page on screen. */
export const SocialProfileSchema = z.discriminatedUnion('kind', [
  CompanyCardSchema,
  PersonCardSchema,
]);
export type SocialProfile = z.infer<typeof SocialProfileSchema>;

/** What the social content script reports, and what the background keeps for the panel. */
export const ObservedPageSchema = z.object({
  /** The address the tab showed (an SPA changes it without a load). */
  url: cappedString(2048),
  card: SocialProfileSchema.nullable(),
  /** Visible text of the main content, capped, for qualification against the persona. */
  text: cappedString(50_000),
});
export type ObservedPage = z.infer<typeof ObservedPageSchema>;
