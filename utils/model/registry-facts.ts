import { z } from '../zod';
import { cappedString } from './evidence';

/** The `complements` flags of the national directory that say what kind of body it is. */
export const REGISTRY_FLAGS = [
  'ess',
  'association',
  'administration',
  'localAuthority',
  'missionLed',
  'individual',
] as const;
export type RegistryFlag = (typeof REGISTRY_FLAGS)[number];

/** Quality labels and registrations the directory reports (Qualiopi, RGE…). */
export const REGISTRY_LABELS = [
  'qualiopi',
  'rge',
  'training',
  'bio',
  'siae',
  'living-heritage',
  'responsible-purchasing',
  'entertainment',
  'finess',
  'uai',
] as const;
export type RegistryLabel = (typeof REGISTRY_LABELS)[number];

const coded = z.object({
  code: cappedString(10),
  /** In French: the official nomenclatures have no English version to ship. */
  label: cappedString(300).optional(),
});

/**
 * What the national directory says about an organisation beyond the draft's own fields, as of
 * `asOf`. Every value here has the source "Sirene / RNE, as of <asOf>".
 */
export const RegistryFactsSchema = z.object({
  /** The directory's last update of this entry (YYYY-MM-DD). */
  asOf: z.iso.date(),
  active: z.boolean(),
  ceasedOn: z.iso.date().optional(),
  createdOn: z.iso.date().optional(),
  /** The head office's address line as the directory writes it. */
  headOffice: cappedString(500).optional(),
  headOfficeSiret: cappedString(14).optional(),
  activity: coded.optional(),
  legalForm: coded.optional(),
  headcount: coded
    .extend({
      /** The band in people, for the persona's size (undefined max: no upper bound). */
      min: z.number().int().min(0).optional(),
      max: z.number().int().min(0).optional(),
      year: cappedString(4).optional(),
    })
    .optional(),
  flags: z.object({
    ess: z.boolean(),
    association: z.boolean(),
    administration: z.boolean(),
    localAuthority: z.boolean(),
    missionLed: z.boolean(),
    individual: z.boolean(),
  } satisfies Record<RegistryFlag, z.ZodBoolean>),
  labels: z.array(z.enum(REGISTRY_LABELS)).max(REGISTRY_LABELS.length),
});
export type RegistryFacts = z.infer<typeof RegistryFactsSchema>;
