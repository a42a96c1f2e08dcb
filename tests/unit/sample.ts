import type { OrganisationDraft } from '@/utils/model/organisation';
import { DEFAULT_EDITS, type ProspectEdits } from '@/utils/model/prospect';

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
