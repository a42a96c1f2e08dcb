/**
 * Schemas of what crosses a boundary (messages, storage) about directory lookups. Light on
 * purpose: the popup's bundle imports this, never the nomenclature tables.
 */
import { z } from '../zod';
import { cappedString } from '../model/evidence';
import { OrganisationDraftSchema } from '../model/organisation';
import { RegistryFactsSchema } from '../model/registry-facts';
import { REGISTRY_ERRORS } from './errors';

/** A SIREN/SIRET, or a name and the postcode of the organisation. */
export const RegistryQuerySchema = z.union([
  z.object({ id: cappedString(20) }),
  z.object({ name: cappedString(200), postcode: cappedString(5).optional() }),
]);
export type RegistryQuery = z.infer<typeof RegistryQuerySchema>;

/** One of several matches, for the user to choose from. */
export const CandidateSchema = z.object({
  siren: cappedString(9),
  siret: cappedString(14).optional(),
  name: cappedString(500),
  postalCode: cappedString(10).optional(),
  city: cappedString(120).optional(),
  active: z.boolean(),
  activity: z.object({ code: cappedString(10), label: cappedString(300).optional() }).optional(),
});
export type Candidate = z.infer<typeof CandidateSchema>;

export const RegistryMatchSchema = z.object({
  fields: OrganisationDraftSchema.pick({
    name: true,
    legalName: true,
    siren: true,
    siret: true,
    vat: true,
    address: true,
    naf: true,
    kind: true,
    people: true,
  }).partial(),
  facts: RegistryFactsSchema,
});

export const LookupOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('found'), match: RegistryMatchSchema }),
  z.object({ status: z.literal('ambiguous'), candidates: z.array(CandidateSchema).max(10) }),
  z.object({ status: z.literal('not-found') }),
  z.object({
    status: z.literal('error'),
    code: z.enum(REGISTRY_ERRORS),
    error: cappedString(500),
  }),
]);

export const QUEUE_STATUSES = ['running', 'paused', 'cancelled', 'done'] as const;

/** Where a whole-file lookup stands. */
export const ProgressSchema = z.object({
  status: z.enum([...QUEUE_STATUSES, 'idle']),
  total: z.number().int(),
  pending: z.number().int(),
  found: z.number().int(),
  ambiguous: z.number().int(),
  notFound: z.number().int(),
  failed: z.number().int(),
});
export type Progress = z.infer<typeof ProgressSchema>;
