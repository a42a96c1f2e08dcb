import { z } from '../zod';
import { cappedString } from './evidence';
import { OrganisationKindSchema } from './organisation';

/** 1 (nice to have) … 5 (essential). */
export const WeightSchema = z.number().int().min(1).max(5);
export const DEFAULT_WEIGHT = 3;

/**
 * One line of a workshop note: a label in the freelancer's words, and the phrases that, found in
 * an organisation's pages, show it. With no phrases the label itself is looked for.
 */
export const CriterionSchema = z.object({
  id: cappedString(100).min(1),
  label: cappedString(300).min(1),
  terms: z.array(cappedString(120)).max(50).default([]),
  weight: WeightSchema.default(DEFAULT_WEIGHT),
  /** Red flags only: when found, the organisation is disqualified whatever its score. */
  disqualifier: z.boolean().default(false),
  /**
   * False for what only a conversation tells ("pays late", "sees me as a pair of hands"):
   * never matched against page text, asked during the call instead.
   */
  checkable: z.boolean().optional(),
});
export type Criterion = z.infer<typeof CriterionSchema>;
export type CriterionInput = z.input<typeof CriterionSchema>;

export const ProfileSchema = z.object({
  /** Sectors and activities. */
  sectors: z.array(CriterionSchema).max(200).default([]),
  /** Kinds of organisation she wants to work with; empty means any. */
  kinds: z
    .object({ values: z.array(OrganisationKindSchema).max(5), weight: WeightSchema })
    .default({ values: [], weight: DEFAULT_WEIGHT }),
  /** Head-count range; both ends optional. */
  size: z
    .object({
      min: z.number().int().min(0).optional(),
      max: z.number().int().min(0).optional(),
      weight: WeightSchema,
    })
    .default({ weight: 2 }),
  /** Countries, regions, départements or postcodes; remote-friendly clients count as in. */
  territory: z
    .object({
      places: z.array(cappedString(80)).max(200),
      remoteFriendly: z.boolean(),
      weight: WeightSchema,
    })
    .default({ places: [], remoteFriendly: false, weight: 2 }),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const PERSONA_SECTIONS = ['profile', 'values', 'redFlags', 'helpWith'] as const;

export const PersonaSchema = z.object({
  schemaVersion: z.literal(1),
  id: cappedString(100).min(1),
  name: cappedString(200).min(1),
  /** Language the persona is written in; matching is FR/EN tolerant either way. */
  language: z.enum(['fr', 'en']).optional(),
  profile: ProfileSchema.default(() => ProfileSchema.parse({})),
  values: z.array(CriterionSchema).max(200).default([]),
  redFlags: z.array(CriterionSchema).max(200).default([]),
  helpWith: z.array(CriterionSchema).max(200).default([]),
  /**
   * Her own trade ("UX design, graphic identity"): an organisation whose offer it is, is a
   * peer (a competitor, or a partner), not a client.
   */
  trade: z
    .object({ label: cappedString(300), terms: z.array(cappedString(120)).max(50).default([]) })
    .optional(),
  /** Whom she asks for on the phone ("communication", "RH"): contacts with these roles come first. */
  targetRoles: z.array(cappedString(80)).max(20).optional(),
  /** Score from which an organisation is a good fit (the "good" band). */
  threshold: z.number().int().min(1).max(100).default(60),
});
export type Persona = z.infer<typeof PersonaSchema>;
export type PersonaInput = z.input<typeof PersonaSchema>;

/** What browser.storage.local keeps: every persona and which one is active. */
export const PersonaStoreSchema = z.object({
  schemaVersion: z.literal(1),
  personas: z.array(PersonaSchema).max(50),
  activeId: cappedString(100).nullable(),
});
export type PersonaStore = z.infer<typeof PersonaStoreSchema>;

/** A fresh, empty persona with sensible defaults. */
export function emptyPersona(id: string, name: string): Persona {
  return PersonaSchema.parse({ schemaVersion: 1, id, name });
}
