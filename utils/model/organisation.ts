import { z } from '../zod';
import { SITE_IDS } from '../sites/ids';
import { cappedString, sourced } from './evidence';
import { RegistryFactsSchema } from './registry-facts';

export const ORGANISATION_KINDS = [
  'company',
  'association',
  'public-body',
  'cooperative',
  'independent',
] as const;
export const OrganisationKindSchema = z.enum(ORGANISATION_KINDS);
export type OrganisationKind = z.infer<typeof OrganisationKindSchema>;

export const SOCIAL_NETWORKS = [
  ...SITE_IDS,
  'x',
  'facebook',
  'instagram',
  'youtube',
  'mastodon',
  'github',
] as const;
export const SocialNetworkSchema = z.enum(SOCIAL_NETWORKS);
export type SocialNetwork = z.infer<typeof SocialNetworkSchema>;

export const PostalAddressSchema = z.object({
  street: cappedString(300).optional(),
  postalCode: cappedString(20).optional(),
  city: cappedString(120).optional(),
  region: cappedString(120).optional(),
  /** ISO 3166-1 alpha-2 when known (FR, BE, CH…), else the text shown. */
  country: cappedString(60).optional(),
});
export type PostalAddress = z.infer<typeof PostalAddressSchema>;

const text = sourced(cappedString());
const shortText = sourced(cappedString(300));
const url = sourced(cappedString(2048));

/** Why an identifier is marked invalid, as a code the UI words in the user's language. */
export const IDENTIFIER_ISSUES = [
  'length',
  'all-zeros',
  'check-digit',
  'la-poste-sum',
  'siren-check-digit',
  'vat-key',
  'not-vat',
  'other-siren',
] as const;
export type IdentifierIssue = (typeof IDENTIFIER_ISSUES)[number];

export const IdentifierSchema = sourced(cappedString(40)).extend({
  /** An identifier whose check digit fails is kept, marked invalid, with the reason. */
  valid: z.boolean(),
  issue: z.enum(IDENTIFIER_ISSUES).optional(),
  /** The reason in English, with the digits involved (developer CLIs print it). */
  reason: cappedString(200).optional(),
});

export const OrganisationDraftSchema = z.object({
  schemaVersion: z.literal(1),
  name: shortText.optional(),
  /** Other names it is known by (the name of an imported row merged into it). */
  aliases: z.array(cappedString(300)).max(20).optional(),
  legalName: shortText.optional(),
  website: url.optional(),
  /** Registrable domain of the website (atelier-lumen.fr), the main identity key. */
  domain: sourced(cappedString(253)).optional(),
  description: text.optional(),
  logo: url.optional(),
  language: sourced(cappedString(35)).optional(),
  emails: z
    .array(sourced(cappedString(254)))
    .max(50)
    .default([]),
  phones: z
    .array(
      sourced(cappedString(20)).extend({
        /** The number as the page printed it; `value` is E.164. */
        display: cappedString(40),
      }),
    )
    .max(50)
    .default([]),
  address: sourced(PostalAddressSchema).optional(),
  socials: z
    .array(url.extend({ network: SocialNetworkSchema }))
    .max(50)
    .default([]),
  siren: IdentifierSchema.optional(),
  siret: IdentifierSchema.optional(),
  vat: IdentifierSchema.optional(),
  rcs: shortText.optional(),
  naf: sourced(cappedString(10)).optional(),
  kind: sourced(OrganisationKindSchema).optional(),
  keywords: z
    .array(sourced(cappedString(80)))
    .max(100)
    .default([]),
  people: z
    .array(sourced(z.object({ name: cappedString(120), role: cappedString(200).optional() })))
    .max(100)
    .default([]),
  /** The page that was captured. */
  sourceUrl: cappedString(2048),
  /** ISO date-time of the capture. */
  capturedAt: z.iso.datetime(),
  /** Set when the page was too large and only part of it was read. */
  truncated: z.boolean().optional(),
  /** What the national company directory said, when it was asked. */
  registry: RegistryFactsSchema.optional(),
});
export type OrganisationDraft = z.infer<typeof OrganisationDraftSchema>;
/** What an extractor returns before defaults are applied. */
export type OrganisationDraftInput = z.input<typeof OrganisationDraftSchema>;

/** Fields that hold one sourced value, the ones the card lets the user edit as text. */
export const SINGLE_TEXT_FIELDS = ['name', 'website', 'description', 'logo', 'language'] as const;
export type SingleTextField = (typeof SINGLE_TEXT_FIELDS)[number];
