import type { Qualification } from '@/utils/model/qualification';
import type { OrganisationDraft } from '@/utils/model/organisation';
import {
  DEFAULT_EDITS,
  PROSPECT_VERSION,
  type Prospect,
  type ProspectEdits,
} from '@/utils/model/prospect';

/** A small valid draft for tests that need one. */
export function sampleDraft(overrides: Partial<OrganisationDraft> = {}): OrganisationDraft {
  return {
    schemaVersion: 1,
    name: { value: 'Atelier Lumen', source: 'jsonld', confidence: 0.9 },
    website: { value: 'https://www.atelier-lumen.fr/', source: 'jsonld', confidence: 0.9 },
    emails: [],
    phones: [],
    socials: [],
    keywords: [],
    people: [],
    sourceUrl: 'https://www.atelier-lumen.fr/contact',
    capturedAt: '2026-11-25T10:00:00.000Z',
    ...overrides,
  };
}

export const sampleEdits = (overrides: Partial<ProspectEdits> = {}): ProspectEdits => ({
  ...DEFAULT_EDITS,
  ...overrides,
});

/** A saved prospect built from the sample draft, with an e-mail, for tests that need one. */
export const sampleProspect = (overrides: Partial<Prospect> = {}): Prospect => ({
  ...sampleEdits(),
  schemaVersion: PROSPECT_VERSION,
  id: 'p1',
  organisation: sampleDraft({
    emails: [{ value: 'bonjour@atelier-lumen.fr', source: 'mailto', confidence: 0.9 }],
  }),
  userEdited: [],
  sourceUrls: ['https://www.atelier-lumen.fr/contact'],
  capturedAt: '2026-11-25T10:00:00.000Z',
  createdAt: '2026-11-25T10:00:00.000Z',
  updatedAt: '2026-11-25T10:00:00.000Z',
  legalBasis: 'legitimate-interest',
  history: [],
  activities: [],
  ...overrides,
});

/** A score of 72, "good", against a persona named "Persona". */
export const sampleQualification = (more: Partial<Qualification> = {}): Qualification => ({
  personaId: 'p',
  personaName: 'Persona',
  score: 72,
  band: 'good',
  criteria: [],
  redFlags: [],
  unchecked: [],
  confidence: 1,
  ...more,
});
