/**
 * What the site adapters share about social pages, as data: landmarks, headings, text patterns
 * (French and English interface), meta tags; each site's own addresses and labels are in its
 * file. Only stable hooks, never generated class names: they change with every deploy.
 */
import type { Labels } from './site';

/** Tab names that follow the name in document.title (linkedin-loading), compared after `norm`. */
export const TAB_NAMES: readonly string[] = [
  'presentation',
  'about',
  'posts',
  'publications',
  'accueil',
  'home',
  'people',
  'personnes',
];

/** A company's fields as the English interface of LinkedIn and Viadeo alike labels them. */
export const COMPANY_LABELS_EN: Labels = {
  website: ['website'],
  industry: ['industry'],
  size: ['company size'],
  headquarters: ['headquarters'],
  followers: ['followers'],
};

/** Patterns over normalised text. */
export const PATTERNS = {
  /** "1 234 abonnés", "12K followers", "1,2 k abonnés". */
  followers: /^(\d[\d\s.,]*)\s*([km])?\s*(?:abonnes|followers?)\b/,
  /** A size range, never a count of members: "2-10 employés", "10 001+ employees". */
  sizeRange: /^\d[\d\s.,]*\s*(?:[-–]\s*\d[\d\s.,]*|\+)\s*(?:employes|salaries|employees)/,
  /** The range and its unit alone, over raw text: "11-50 employés12 membres associés" → "11-50 employés". */
  sizeValue: /^\d[\d\s.,]*\s*(?:[-–]\s*\d[\d\s.,]*|\+)\s*[^\d\s]+/,
  /** "500+ relations", "500+ connections": the user's network, not a field. */
  connections: /^\d[\d\s.,]*\+?\s*(?:relations|connections|contacts|abonnes|followers)$/,
  /** A count of members ("12 employés", "Voir les 12 employés"): not the company's size. */
  memberCount: /\d[\d\s.,]*\s*(?:employes|salaries|employees|membres|members)\b/,
  /** Connection degree badge and pronouns shown next to a person's name. */
  badge:
    /^(?:·\s*)?(?:1er|2e|3e|1st|2nd|3rd)\+?$|^relation de (?:1er|2e|3e)\+? niveau$|^(?:1st|2nd|3rd)\+? degree connection$|^(?:il|elle|iel|he|she|they)(?:\s*\/\s*\w+)*$/,
  /** aria-label of LinkedIn's current-company button: "Entreprise actuelle : X. Cliquer…" (raw text, no accents involved). */
  currentCompanyLabel:
    /^(?:entreprise actuelle|current company)\s*:\s*(.+?)\.\s+(?:cliquer|click)\b/i,
  /** document.title / og:title decorations. */
  titleCount: /^\(\d+\+?\)\s*/,
  titleSite: /\s*[|–-]\s*(?:linkedin|viadeo)\s*$/i,
} as const;

export const SELECTORS = {
  /** The page's main landmark, where the profile is; the first match wins. */
  main: ['main', '[role="main"]'],
  /** Where the name of the company or person is. */
  name: 'h1',
  /** The top card: the landmark around the name. */
  topCard: 'section, [role="region"], article',
  /** A person's top card: also the hCard of the older profile pages. */
  personCard: '.vcard, section, [role="region"], article',
  /** A person's headline: the hCard job title, or the top card's headline class family. */
  headline: '.title, [class*="headline"]',
  /** A person's location: the hCard locality, or the top card's location class family. */
  location: '.locality, [class*="location"]',
  /** The link to the profile's contact details, written right after the location. */
  contactLink: 'a[href*="contact-info"]',
  /** The anchor of the experience section ("#experience", "#experience-section"…). */
  experience: '#experience, [id^="experience-"], [id$="-experience"], [id*="-experience-"]',
  /** Headings that end the top card's text when it has no landmark of its own. */
  nextHeading: 'h2, h3',
  /** Elements whose text is a caption rather than a value. */
  tagline: 'p',
  jsonLd: 'script[type="application/ld+json"]',
} as const;

/** Elements that make a line of their own; anything else is inline text. */
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'LI',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** Subtrees whose text the user does not read as page content. */
export const SKIP = 'script, style, template, button, svg, nav, [hidden], [aria-hidden="true"]';
